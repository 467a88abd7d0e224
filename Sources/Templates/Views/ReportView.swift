/// The body of the one-page report: its sections in reading order, each with its entries.
public struct ReportView: ViewModel {
    /// The parts in reading order.
    public var sections: [ReportSectionView]
    /// The key judgments, before the contents, each linking to its part.
    public var keyJudgments: [KeyJudgmentView]

    public static let fields: [String: any PartialKeyPath<ReportView> & Sendable] = ["sections": \.sections, "keyJudgments": \.keyJudgments]

    /// The report body made of `sections`, opening with `keyJudgments`.
    public init(sections: [ReportSectionView], keyJudgments: [KeyJudgmentView] = []) {
        self.sections = sections
        self.keyJudgments = keyJudgments
    }
}

/// One part of the report: overview, countries, organizations, relations, scenarios or a free page.
public struct ReportSectionView: ViewModel {
    /// The section's anchor.
    public var id: String
    /// The part's heading.
    public var title: String
    /// The pages of the part, in reading order, each rendered already.
    public var entries: [RenderedReportEntry]
    /// Whether the contents lists the part's pages under it: when it has more than one.
    public var listsEntries: Bool { entries.count > 1 }
    /// The addresses of the part's external links, which the printed edition lists at its end.
    public var notes: [LinkNoteView]

    public static let fields: [String: any PartialKeyPath<ReportSectionView> & Sendable] = [
        "id": \.id, "title": \.title, "entries": \.entries, "listsEntries": \.listsEntries, "notes": \.notes,
    ]

    /// A section with its entries and the notes their links refer to.
    public init(id: String, title: String, entries: [RenderedReportEntry], notes: [LinkNoteView] = []) {
        self.id = id
        self.title = title
        self.entries = entries
        self.notes = notes
    }
}

/// One external address a part of the report links to, as its printed notes list it.
public struct LinkNoteView: ViewModel {
    /// The note's anchor, which the note numbers in the text link to.
    public var id: String
    public var number: Int
    /// The address, as written in the links' `href` (HTML-escaped already).
    public var address: String

    public static let fields: [String: any PartialKeyPath<LinkNoteView> & Sendable] = [
        "id": \.id, "number": \.number, "address": \.address,
    ]

    /// Note `number`, at `id`, for `address`.
    public init(id: String, number: Int, address: String) {
        self.id = id
        self.number = number
        self.address = address
    }
}

/// One page of the report as its part shows it: rendered on its own (entries are rendered in
/// parallel, and a preview renders again only those whose view changed), with the id and title the
/// contents lists.
public struct RenderedReportEntry: ViewModel {
    public var id: String
    public var title: String
    /// The entry's HTML, from the report's entry template.
    public var html: String

    public static let fields: [String: any PartialKeyPath<RenderedReportEntry> & Sendable] = [
        "id": \.id, "title": \.title, "html": \.html,
    ]

    /// The entry of `view`, rendered as `html`.
    public init(_ view: ReportEntryView, html: String) {
        id = view.id
        title = view.title
        self.html = html
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

/// What the one-page report's page shows beyond every page's fields: the printed edition's paper
/// and, for its running heads, the short title and each part's title, as CSS strings.
public struct ReportPageView: ViewModel {
    /// The paper as CSS `@page { size }` names it (`A4`, `letter`).
    public var paper: String
    /// The short title as a quoted CSS string, for the running head's `content`.
    public var runningShortTitle: String
    /// Each part's id and title, for its named page and running head.
    public var parts: [PrintPartView]

    public static let fields: [String: any PartialKeyPath<ReportPageView> & Sendable] = [
        "paper": \.paper, "runningShortTitle": \.runningShortTitle, "parts": \.parts,
    ]

    /// The view of a report on `paper` whose running heads show `shortTitle` and the parts' titles.
    public init(paper: String, shortTitle: String, parts: [(id: String, title: String)]) {
        self.paper = paper
        runningShortTitle = CSSString.quoted(shortTitle)
        self.parts = parts.map { PrintPartView(id: $0.id, runningTitle: CSSString.quoted($0.title)) }
    }
}

/// One part of the report as its printed pages name it.
public struct PrintPartView: ViewModel {
    /// The part's section id (`countries`), which names its page (`part-countries`).
    public var id: String
    /// The part's title as a quoted CSS string.
    public var runningTitle: String

    public static let fields: [String: any PartialKeyPath<PrintPartView> & Sendable] = ["id": \.id, "runningTitle": \.runningTitle]
}

/// Text as a CSS string inside a `<style>` element, where HTML escapes are not decoded: quotes and
/// backslashes escaped, and `<` and line breaks as code points so nothing can close the element.
enum CSSString {
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\": result += "\\" + String(scalar)
            case "<", ">", "&", "\n", "\r", "\u{0C}": result += "\\" + String(scalar.value, radix: 16) + " "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
