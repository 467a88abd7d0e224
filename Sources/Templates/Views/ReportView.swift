/// The body of the one-page report: its sections in reading order, each with its entries.
public struct ReportView: ViewModel {
    /// The parts in reading order.
    public var sections: [ReportSectionView]

    public static let fields: [String: any PartialKeyPath<ReportView> & Sendable] = ["sections": \.sections]

    /// The report body made of `sections`.
    public init(sections: [ReportSectionView]) { self.sections = sections }
}

/// One part of the report: overview, countries, organizations, relations, scenarios or a free page.
public struct ReportSectionView: ViewModel {
    /// The section's anchor.
    public var id: String
    /// The part's heading.
    public var title: String
    /// The pages of the part, in reading order.
    public var entries: [ReportEntryView]

    public static let fields: [String: any PartialKeyPath<ReportSectionView> & Sendable] = [
        "id": \.id, "title": \.title, "entries": \.entries,
    ]

    /// A section with its entries.
    public init(id: String, title: String, entries: [ReportEntryView]) {
        self.id = id
        self.title = title
        self.entries = entries
    }
}

/// One page of the site as a part of the report: its title, facts and prose.
public struct ReportEntryView: ViewModel {
    /// The entry's anchor, which links to the page's own address are rewritten to.
    public var id: String
    /// The page's title.
    public var title: String
    /// The page's summary.
    public var summary: String?
    /// The page's facts (capital, likelihood, members…), by label.
    public var facts: [FactView]
    /// The page's Markdown as HTML, its links and ids rewritten for the report page.
    public var content: String?

    public static let fields: [String: any PartialKeyPath<ReportEntryView> & Sendable] = [
        "id": \.id, "title": \.title, "summary": \.summary, "facts": \.facts, "content": \.content,
    ]

    /// An entry; facts without a value are left out.
    public init(id: String, title: String, summary: String?, facts: [(label: String, value: String?)], content: String?) {
        self.id = id
        self.title = title
        self.summary = summary
        self.facts = facts.compactMap { fact in fact.value.map { FactView(label: fact.label, value: $0) } }
        self.content = content
    }
}
