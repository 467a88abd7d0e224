import Content

/// The bibliography page (`/sources/`): every source of the report grouped by kind, each with the
/// pages that cite it, and the exports for reference managers.
public struct BibliographyView: ViewModel {
    public var groups: [BibliographyGroupView]
    /// The BibTeX, RIS and CSL-JSON files.
    public var exports: [LinkView]

    public static let fields: [String: any PartialKeyPath<BibliographyView> & Sendable] = ["groups": \.groups, "exports": \.exports]

    public init(groups: [BibliographyGroupView], exports: [LinkView]) {
        self.groups = groups
        self.exports = exports
    }
}

/// The sources of one kind.
public struct BibliographyGroupView: ViewModel {
    /// The kind (`news`), for ids.
    public var id: String
    /// The group's heading (`News reports`).
    public var title: String
    public var entries: [BibliographyEntryView]

    public static let fields: [String: any PartialKeyPath<BibliographyGroupView> & Sendable] = [
        "id": \.id, "title": \.title, "entries": \.entries,
    ]

    /// The group of `kind`, headed in the words of `strings` (`source.kind.news`).
    public init(kind: SourceKind, entries: [BibliographyEntryView], strings: Strings) {
        id = kind.rawValue
        title = strings.word(kind)
        self.entries = entries
    }
}

/// One source with the pages that cite or list it.
public struct BibliographyEntryView: ViewModel {
    /// The entry's id on the page (`source-bbc-2006`).
    public var id: String
    public var source: SourceView
    /// The pages whose text cites it.
    public var citedOn: [LinkView]
    /// The pages that list it without citing it.
    public var listedOn: [LinkView]

    public static let fields: [String: any PartialKeyPath<BibliographyEntryView> & Sendable] = [
        "id": \.id, "source": \.source, "citedOn": \.citedOn, "listedOn": \.listedOn,
    ]

    public init(key: String, source: SourceView, citedOn: [LinkView], listedOn: [LinkView]) {
        id = "source-" + key
        self.source = source
        self.citedOn = citedOn
        self.listedOn = listedOn
    }
}
