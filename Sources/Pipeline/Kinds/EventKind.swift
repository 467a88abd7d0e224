import Content
import Site
import Templates

/// Dated events: `Content/events/<slug>.md` → `events/<slug>/`, in a chronology at `events/`; the
/// pages of the countries, organizations and relations an event `involves` list it.
enum EventKind: PageKind {
    typealias Meta = EventFrontMatter
    static let kind = ContentKind.event
    static let viewModels: [any ViewModel.Type] = [EventView.self]
    static let namesOtherEntities = true

    /// The chronology, which the site has only when the report has events.
    static let sectionPages = [
        SectionPage(route: Route(kind.urlFolder), template: "events", viewModels: [EventsIndexView.self]) {
            EventsIndexView(graph: $0, linker: $1)
        },
    ]
    static let sectionShownWhenEmpty = false

    static func view(_ document: Document<Meta>, graph: ReportGraph, linker: Linker) -> (any ViewModel)? {
        EventView(document, graph: graph, linker: linker)
    }

    static func reads(_ document: Document<Meta>, graph: ReportGraph) -> [BuildInput] {
        document.meta.involves.flatMap { BuildInput.party($0.value) + [.entity(EntityRef(.relation, $0.value))] }
    }

    static func mention(_ document: Document<Meta>, graph: ReportGraph, strings: Strings) -> (note: String?, sortKey: String) {
        (strings.date(document.meta.date.value), document.meta.date.value.description)
    }

    /// In date order.
    static func reportOrder(of graph: ReportGraph) -> [Document<Meta>] {
        documents(in: graph).sorted { ($0.meta.date.value, title(of: $0, graph: graph)) < ($1.meta.date.value, title(of: $1, graph: graph)) }
    }

    static func reportFacts(_ document: Document<Meta>, graph: ReportGraph, linker: Linker) -> [(label: String, value: String?)] {
        let view = EventView(document, graph: graph, linker: linker)
        return [(linker.strings[.factDate], view.date), (linker.strings[.factInvolves], view.involves.titleList)]
    }
}
