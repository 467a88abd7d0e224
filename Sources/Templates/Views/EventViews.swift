import Content
import Site

/// An event's page data: when it happened and what it involves.
public struct EventView: ViewModel {
    /// The date as readers see it ("8 December 1991").
    public var date: String
    /// The date for `<time datetime>` (`1991-12-08`, or `1991-12` when the day is not known).
    public var datetime: String
    /// The countries, organizations and relations it involves, linked.
    public var involves: [LinkView]

    public static let fields: [String: any PartialKeyPath<EventView> & Sendable] = [
        "date": \.date, "datetime": \.datetime, "involves": \.involves,
    ]

    public init(_ event: Document<EventFrontMatter>, graph: ReportGraph, linker: Linker) {
        date = linker.strings.date(event.meta.date.value)
        datetime = event.meta.date.value.description
        involves = event.meta.involves.compactMap { slug in
            let kinds: [ContentKind] = [.country, .organization, .relation]
            guard let kind = kinds.first(where: { graph.contains(EntityRef($0, slug.value)) }) else { return nil }
            let ref = EntityRef(kind, slug.value)
            return LinkView(title: graph.title(of: ref), url: linker.url(ref))
        }
    }
}

/// The chronology: every event in date order, grouped by year.
public struct EventsIndexView: ViewModel {
    public var years: [EventYearView]

    public static let fields: [String: any PartialKeyPath<EventsIndexView> & Sendable] = ["years": \.years]

    public init(graph: ReportGraph, linker: Linker) {
        let events = graph.content.documents(.event, as: EventFrontMatter.self)
            .sorted { ($0.meta.date.value, $0.meta.common.title ?? $0.slug) < ($1.meta.date.value, $1.meta.common.title ?? $1.slug) }
        years = Dictionary(grouping: events) { $0.meta.date.value.year }
            .sorted { $0.key < $1.key }
            .map { year, events in
                EventYearView(year: String(year), id: "year-\(year)", events: events.map { event in
                    EventRowView(date: linker.strings.date(event.meta.date.value), datetime: event.meta.date.value.description,
                                 event: LinkView(title: event.meta.common.title ?? event.slug, url: linker.url(EntityRef(.event, event.slug))),
                                 summary: event.meta.common.summary)
                })
            }
    }
}

/// One year of the chronology.
public struct EventYearView: ViewModel {
    public var year: String
    /// The year's heading id (`year-1991`).
    public var id: String
    public var events: [EventRowView]

    public static let fields: [String: any PartialKeyPath<EventYearView> & Sendable] = [
        "year": \.year, "id": \.id, "events": \.events,
    ]
}

/// One entry of the chronology.
public struct EventRowView: ViewModel {
    public var date: String
    public var datetime: String
    public var event: LinkView
    public var summary: String?

    public static let fields: [String: any PartialKeyPath<EventRowView> & Sendable] = [
        "date": \.date, "datetime": \.datetime, "event": \.event, "summary": \.summary,
    ]
}
