import Content
import Editions
import Site

/// `/changes/`: what changed from each edition of the report to the next, newest first.
public struct ChangesView: ViewModel {
    /// One entry per comparison, the latest first.
    public var editions: [EditionChangesView]
    /// The first edition, which has nothing before it: its name and the anchor of its entry.
    public var first: String
    public var firstID: String

    public static let fields: [String: any PartialKeyPath<ChangesView> & Sendable] = [
        "editions": \.editions, "first": \.first, "firstID": \.firstID,
    ]

    /// The view of `comparisons` (oldest first, as the editions follow each other).
    public init(comparisons: [EditionComparison], linker: Linker) {
        editions = comparisons.reversed().map { EditionChangesView($0, linker: linker) }
        first = comparisons.first.map { EditionChangesView.name($0.from, strings: linker.strings) } ?? ""
        firstID = comparisons.first.map { EditionChangesView.anchor($0.from) } ?? ""
    }
}

/// What changed in one edition since the one before it.
public struct EditionChangesView: ViewModel {
    /// The anchor of the entry: `edition-2006-03`.
    public var id: String
    /// "Second edition, 1 March 2006".
    public var title: String
    /// The edition before it, by name.
    public var previous: String
    /// Counts of what changed, in a sentence.
    public var summary: String
    public var memberships: [MembershipChangeView]
    public var relations: [RelationChangeView]
    public var scenarios: [ScenarioChangeView]
    public var signposts: [SignpostChangeView]
    public var added: [LinkView]
    public var removed: [String]
    public var corrections: [CorrectionEntryView]
    public var pages: [ChangedPageView]

    public static let fields: [String: any PartialKeyPath<EditionChangesView> & Sendable] = [
        "id": \.id, "title": \.title, "previous": \.previous, "summary": \.summary, "memberships": \.memberships,
        "relations": \.relations, "scenarios": \.scenarios, "signposts": \.signposts, "added": \.added, "removed": \.removed,
        "corrections": \.corrections, "pages": \.pages,
    ]

    init(_ comparison: EditionComparison, linker: Linker) {
        let words = ChangeWords(strings: linker.strings)
        func link(_ page: PageLabel) -> LinkView { LinkView(title: page.title, url: linker.url(Route(page.path))) }
        id = Self.anchor(comparison.to)
        title = Self.name(comparison.to, strings: linker.strings)
        previous = Self.name(comparison.from, strings: linker.strings)
        summary = ChangeSummary.text(comparison, strings: linker.strings)
        memberships = comparison.memberships.map {
            MembershipChangeView(organization: link($0.organization), country: link($0.country), change: words.membership($0.status),
                              kind: linker.strings.text("changes.membership.\($0.kind.rawValue)"))
        }
        relations = comparison.relations.map {
            RelationChangeView(relation: link($0.relation), alignment: $0.alignment.map { words.change($0, Alignment.self) },
                            trend: $0.trend.map { words.change($0, Trend.self) })
        }
        scenarios = comparison.scenarios.map {
            ScenarioChangeView(scenario: link($0.scenario), likelihood: words.change($0.likelihood, Likelihood.self),
                            direction: linker.strings.text("changes.likelihood.\($0.direction.rawValue)"))
        }
        signposts = comparison.signposts.map {
            SignpostChangeView(scenario: link($0.scenario), text: $0.text, status: words.signpost($0.status))
        }
        added = comparison.pagesAdded.map(link)
        removed = comparison.pagesRemoved.map(\.title)
        corrections = comparison.corrections.map {
            CorrectionEntryView(page: link($0.page), date: ReportDate($0.date).map(linker.strings.date) ?? $0.date, text: $0.text)
        }
        let texts = Dictionary(comparison.texts.map { ($0.page, $0) }, uniquingKeysWith: { first, _ in first })
        let prefix = id
        pages = comparison.changedPages.map { page in
            ChangedPageView(id: "\(prefix)-\(page.anchor)", page: link(page), facts: words.facts(of: page, in: comparison),
                            summary: texts[page]?.summary.map { WordRunView.runs(WordRun.diff($0.before ?? "", $0.after ?? "")) } ?? [],
                            sections: texts[page]?.sections.map { SectionDiffView($0, strings: linker.strings) } ?? [])
        }
    }

    /// The anchor of an edition's entry on `/changes/`.
    public static func anchor(_ edition: EditionLabel) -> String { "edition-\(edition.id)" }

    /// "Second edition, 1 March 2006" (the id where the edition has no title).
    public static func name(_ edition: EditionLabel, strings: Strings) -> String {
        strings[.changesEdition, ["edition": edition.title ?? edition.id, "date": ReportDate(edition.date).map(strings.date) ?? edition.date]]
    }
}

/// A membership that began, ended or changed status.
public struct MembershipChangeView: ViewModel {
    public var organization: LinkView
    public var country: LinkView
    /// "observer → member".
    public var change: String
    /// "began", "ended", "changed status".
    public var kind: String

    public static let fields: [String: any PartialKeyPath<MembershipChangeView> & Sendable] = [
        "organization": \.organization, "country": \.country, "change": \.change, "kind": \.kind,
    ]
}

/// A relation whose alignment or trend changed.
public struct RelationChangeView: ViewModel {
    public var relation: LinkView
    public var alignment: String?
    public var trend: String?

    public static let fields: [String: any PartialKeyPath<RelationChangeView> & Sendable] = [
        "relation": \.relation, "alignment": \.alignment, "trend": \.trend,
    ]
}

/// A scenario whose likelihood moved.
public struct ScenarioChangeView: ViewModel {
    public var scenario: LinkView
    /// "unlikely → roughly even".
    public var likelihood: String
    /// "more likely", "less likely".
    public var direction: String

    public static let fields: [String: any PartialKeyPath<ScenarioChangeView> & Sendable] = [
        "scenario": \.scenario, "likelihood": \.likelihood, "direction": \.direction,
    ]
}

/// A signpost added, removed or seen further.
public struct SignpostChangeView: ViewModel {
    public var scenario: LinkView
    public var text: String
    /// "not seen → observed".
    public var status: String

    public static let fields: [String: any PartialKeyPath<SignpostChangeView> & Sendable] = [
        "scenario": \.scenario, "text": \.text, "status": \.status,
    ]
}

/// A correction put on record.
public struct CorrectionEntryView: ViewModel {
    public var page: LinkView
    public var date: String
    public var text: String

    public static let fields: [String: any PartialKeyPath<CorrectionEntryView> & Sendable] = ["page": \.page, "date": \.date, "text": \.text]
}

/// A page with changes of its own, the entry its "Changed since" note links to.
public struct ChangedPageView: ViewModel {
    public var id: String
    public var page: LinkView
    /// Its fields that changed, one sentence each.
    public var facts: [String]
    /// The summary's words, when it changed.
    public var summary: [WordRunView]
    public var sections: [SectionDiffView]

    public static let fields: [String: any PartialKeyPath<ChangedPageView> & Sendable] = [
        "id": \.id, "page": \.page, "facts": \.facts, "summary": \.summary, "sections": \.sections,
    ]
}

/// A section of a page that was added, removed or reworded, with its words.
public struct SectionDiffView: ViewModel {
    /// The heading, or "Opening" for the text before the first one.
    public var heading: String
    /// "new section", "removed", "reworded".
    public var kind: String
    public var words: [WordRunView]

    public static let fields: [String: any PartialKeyPath<SectionDiffView> & Sendable] = ["heading": \.heading, "kind": \.kind, "words": \.words]

    init(_ section: SectionChange, strings: Strings) {
        heading = section.heading ?? strings[.changesOpening]
        kind = strings.text("changes.section.\(section.kind.rawValue)")
        words = WordRunView.runs(section.words)
    }
}

/// Words kept, deleted or inserted.
public struct WordRunView: ViewModel {
    public var text: String
    public var kept: Bool
    public var deleted: Bool
    public var inserted: Bool

    public static let fields: [String: any PartialKeyPath<WordRunView> & Sendable] = [
        "text": \.text, "kept": \.kept, "deleted": \.deleted, "inserted": \.inserted,
    ]

    /// The views of `runs`, a space after each but the last so the words stay apart in the HTML.
    static func runs(_ runs: [WordRun]) -> [WordRunView] {
        runs.enumerated().map { index, run in
            WordRunView(text: run.text + (index < runs.count - 1 ? " " : ""), kept: run.kind == .kept,
                        deleted: run.kind == .deleted, inserted: run.kind == .inserted)
        }
    }
}

/// The "Changed since" note on a page that changed since the previous edition.
public struct ChangeNoteView: ViewModel {
    /// "Changed since the edition of 15 December 2005".
    public var text: String
    /// The page's entry on `/changes/`.
    public var url: String

    public static let fields: [String: any PartialKeyPath<ChangeNoteView> & Sendable] = ["text": \.text, "url": \.url]

    public init(text: String, url: String) {
        self.text = text
        self.url = url
    }
}

/// A correction on the page it corrects.
public struct CorrectionView: ViewModel {
    public var date: String
    public var dateISO: String
    public var text: String

    public static let fields: [String: any PartialKeyPath<CorrectionView> & Sendable] = ["date": \.date, "dateISO": \.dateISO, "text": \.text]

    public init(_ correction: Correction, strings: Strings) {
        date = strings.date(correction.date)
        dateISO = correction.date.description
        text = correction.text
    }
}
