import Content
import Site

/// What changed from one edition of the report to the next: memberships, relations, scenarios and
/// their signposts, the pages added and removed, the words of every page, and the corrections put on record.
public struct EditionComparison: Sendable, Codable, Equatable {
    public var from: EditionLabel
    public var to: EditionLabel
    public var memberships: [MembershipChange]
    public var relations: [RelationChange]
    public var scenarios: [ScenarioChange]
    public var signposts: [SignpostChange]
    public var pagesAdded: [PageLabel]
    public var pagesRemoved: [PageLabel]
    public var texts: [TextChange]
    public var corrections: [CorrectionEntry]

    /// Compares edition `old` with edition `new`.
    public init(from old: EditionSnapshot, to new: EditionSnapshot) {
        from = EditionLabel(old.edition, commit: old.commit)
        to = EditionLabel(new.edition, commit: new.commit)
        memberships = MembershipChange.changes(from: old, to: new)
        relations = RelationChange.changes(from: old, to: new)
        scenarios = ScenarioChange.changes(from: old, to: new)
        signposts = SignpostChange.changes(from: old, to: new)
        pagesAdded = PageListChange.added(from: old, to: new)
        pagesRemoved = PageListChange.removed(from: old, to: new)
        texts = TextChange.changes(from: old, to: new)
        corrections = CorrectionEntry.added(from: old, to: new)
    }

    /// Whether the editions say the same.
    public var isEmpty: Bool {
        memberships.isEmpty && relations.isEmpty && scenarios.isEmpty && signposts.isEmpty && pagesAdded.isEmpty
            && pagesRemoved.isEmpty && texts.isEmpty && corrections.isEmpty
    }

    /// The pages of the newer edition with a change of their own, by title: their fields, their text or a
    /// new correction (an organization's and a country's pages both show a membership).
    public var changedPages: [PageLabel] {
        let pages = memberships.flatMap { [$0.organization, $0.country] } + relations.map(\.relation) + scenarios.map(\.scenario)
            + signposts.map(\.scenario) + texts.map(\.page) + corrections.map(\.page)
        let removed = Set(pagesRemoved.map(\.path))
        return Set(pages).filter { !removed.contains($0.path) }.sorted()
    }
}

/// An edition as a comparison names it.
public struct EditionLabel: Sendable, Codable, Equatable {
    public var id: String
    /// `2006-03-01`.
    public var date: String
    public var title: String?
    /// The commit it was read from; nil for the working files.
    public var commit: String?

    init(_ edition: Edition, commit: String?) {
        id = edition.id
        date = edition.date.description
        title = edition.title
        self.commit = commit
    }
}
