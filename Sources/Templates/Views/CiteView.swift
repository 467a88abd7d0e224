/// How to cite a page, or the report as a whole (on the overview and `/report/`): what the theme
/// needs for its "Cite this page" box (a Chicago-style note and a BibTeX entry) and for the Highwire
/// Press (`citation_*`) and Dublin Core (`DC.*`) meta tags that reference managers read.
public struct CiteView: ViewModel {
    /// Whether this cites the whole report (a report in Chicago style) rather than one of its pages (a web page).
    public var wholeReport: Bool
    /// The page's title, or the report's with its subtitle.
    public var title: String
    /// The report's title, which a page belongs to.
    public var container: String
    /// The authors, as a note names them ("A, B and C"); nil when the report names none.
    public var authors: String?
    /// Each author, for one meta tag each.
    public var authorList: [TextItem]
    /// The publishing institution.
    public var publisher: String?
    public var edition: String?
    /// The report date in readers' words.
    public var date: String
    /// The report date as Highwire Press writes it, `2006/03/01`.
    public var highwireDate: String
    /// The report date as ISO 8601 (Dublin Core), `2006-03-01`.
    public var isoDate: String
    /// The cited work's public address: the page's, or the overview's for the whole report.
    public var url: String
    public var language: String
    public var description: String?
    /// The BibTeX entry.
    public var bibtex: String

    public static let fields: [String: any PartialKeyPath<CiteView> & Sendable] = [
        "wholeReport": \.wholeReport, "title": \.title, "container": \.container, "authors": \.authors,
        "authorList": \.authorList, "publisher": \.publisher, "edition": \.edition, "date": \.date,
        "highwireDate": \.highwireDate, "isoDate": \.isoDate, "url": \.url, "language": \.language,
        "description": \.description, "bibtex": \.bibtex,
    ]

    public init(wholeReport: Bool, title: String, container: String, authors: [String], and: String, publisher: String?,
                edition: String?, date: String, highwireDate: String, isoDate: String, url: String, language: String,
                description: String?, bibtex: String) {
        self.wholeReport = wholeReport
        self.title = title
        self.container = container
        self.authors = Self.list(authors, and: and)
        authorList = authors.map(TextItem.init)
        self.publisher = publisher
        self.edition = edition
        self.date = date
        self.highwireDate = highwireDate
        self.isoDate = isoDate
        self.url = url
        self.language = language
        self.description = description
        self.bibtex = bibtex
    }

    /// "A", "A and B", "A, B and C"; nil for none.
    static func list(_ names: [String], and: String) -> String? {
        guard let last = names.last else { return nil }
        return names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " \(and) " + last
    }
}
