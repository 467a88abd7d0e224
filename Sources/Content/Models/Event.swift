import Diagnostics

/// A dated event the report discusses: `events/<slug>.md`.
public struct EventFrontMatter: FrontMatter, Equatable {
    public var common: CommonFields
    /// When it happened, to the day where known.
    public var date: Located<ReportDate>
    /// The countries, organizations and relations it involves, where they are written.
    public var involves: [Located<String>]

    enum CodingKeys: String, CodingKey, CaseIterable { case date, involves }

    public static let fieldNames = CodingKeys.allCases.map(\.rawValue)

    public init(from decoder: any Decoder) throws {
        common = try CommonFields(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        date = try container.decode(Located<ReportDate>.self, forKey: .date)
        involves = try container.decodeIfPresent([Located<String>].self, forKey: .involves) ?? []
    }

    public var references: [ReferenceField] {
        [ReferenceField("involves", involves, kinds: [.country, .organization, .relation])]
    }
}

extension ContentKind {
    /// Events: `Content/events/<slug>.md`.
    public static let event = ContentKind(id: "event", folder: "events", scheme: "event", urlFolder: "events/")
}

extension EventFrontMatter {
    public static func archetype(slug: String) -> String {
        let title = Archetype.titleCase(slug)
        return """
        ---
        title: \(title)
        summary:            # one or two sentences for the chronology and search results
        date: 2006-01-01    # YYYY, YYYY-MM or YYYY-MM-DD: to the day where known
        involves: []        # country, organization or relation slugs, e.g. [russia, ukraine, russia--ukraine]
        updated:
        sources: []         # - {title: …, url: https://…, date: YYYY-MM-DD (published), accessed: YYYY-MM-DD (read)}
        \(Archetype.judgmentsLine)
        corrections: []     # - {date: YYYY-MM-DD, text: what the page got wrong and what it says now}
        draft: true         # left out of 'dossier build' until removed or set to false
        ---

        \(Archetype.bodyHint)

        """
    }
}
