import Content
import Site

/// Each entity page's place in its section, in the order the section's index lists them
/// (`sectionOrder`): the section's index and the pages before and after it. A kind without an
/// index (free pages) gives its pages none.
struct SectionTrails {
    struct Place: Hashable {
        var section: Route
        var previous: Route?
        var next: Route?
    }

    let places: [Route: Place]

    init(graph: ReportGraph) {
        var places: [Route: Place] = [:]
        for kind in PageKinds.all {
            guard let section = kind.sectionPages(of: graph).first?.route else { continue }
            let routes = kind.sectionRoutes(of: graph)
            for (index, route) in routes.enumerated() {
                places[route] = Place(section: section, previous: index > 0 ? routes[index - 1] : nil,
                                      next: index + 1 < routes.count ? routes[index + 1] : nil)
            }
        }
        self.places = places
    }
}

extension PageKind {
    /// The routes of the kind's pages in the section's order.
    static func sectionRoutes(of graph: ReportGraph) -> [Route] {
        sectionOrder(of: graph).map { .entity(kind, $0.slug) }
    }
}
