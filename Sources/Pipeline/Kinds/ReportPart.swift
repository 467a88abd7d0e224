import Site
import Templates

/// A part of the one-page report (`/report/`): a heading and the entries the page kind contributes.
struct ReportPart {
    /// The part's id on the report, and its name in `site.yaml`'s `sections`.
    var id: String
    var title: String
    /// The site's index of the section, whose links also land on the part.
    var index: Route?
    var entries: [ReportEntry]

    /// The report's parts: the overview, then each kind's pages in the registry's order; the
    /// entries (each with its facts) are made in parallel unless `parallel` is false, and taken
    /// from `reuse` where it has them.
    static func all(of graph: ReportGraph, linker: Linker, parallel: Bool = true, reuse: ReportEntryReuse? = nil) -> [ReportPart] {
        let content = graph.content
        let site = content.site
        let overview = ReportEntry(route: .home, id: "overview-text", title: content.overview?.meta.common.title ?? site.title,
                             summary: content.overview?.meta.common.summary ?? site.description,
                             facts: [(linker.strings[.factReportDate], linker.strings.date(site.asOf))])
        let parts = PageKinds.all.map { kind in
            ReportPart(id: kind.reportSection, title: linker.strings.sectionTitle(kind.reportSection, of: site),
                    index: kind.sectionPages(of: graph).first?.route, entries: kind.reportEntries(of: graph, linker: linker, parallel: parallel, reuse: reuse))
        }
        return ([ReportPart(id: "overview", title: linker.strings.sectionTitle("overview", of: site), index: .home, entries: [overview])] + parts)
            .filter { !$0.entries.isEmpty }
    }

    /// The ids and titles of the parts `all` makes, in its order, without making their entries
    /// (the report page's table of contents needs no facts).
    static func outline(of graph: ReportGraph, strings: Strings) -> [(id: String, title: String)] {
        let site = graph.content.site
        let parts = PageKinds.all.filter { $0.hasReportEntries(in: graph) }.map { ($0.reportSection, strings.sectionTitle($0.reportSection, of: site)) }
        return [("overview", strings.sectionTitle("overview", of: site))] + parts
    }
}

/// One page's entry in the one-page report: its heading, summary and facts; its text follows.
struct ReportEntry: Sendable {
    var route: Route
    var id: String
    var title: String
    var summary: String?
    var facts: [(label: String, value: String?)]
}

/// Report entries kept between builds, each under a key of what it is made from.
struct ReportEntryReuse: Sendable {
    let cache: BuildCache
    /// The key of the entry of a page, or nil when the page has none to keep it under.
    let key: @Sendable (Route) -> Int?

    /// The entry of the page at `route`: the one kept under its key, or the one `make` makes.
    func entry(_ route: Route, make: () -> ReportEntry) -> ReportEntry {
        guard let key = key(route) else { return make() }
        return cache.memo("report-entry:" + route.path, key: key, make: make)
    }
}

extension Array where Element == LinkView {
    /// The links' titles as one line of a fact, or nil when there are none.
    var titleList: String? {
        isEmpty ? nil : map(\.title).joined(separator: ", ")
    }
}
