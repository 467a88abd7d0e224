/// The search page: every page listed (what a reader without JavaScript gets), and the scripts that
/// filter the list as the reader types.
public struct SearchView: ViewModel {
    /// Every searchable page, by title.
    public var pages: [LinkView]
    /// The search index script.
    public var index: String
    /// The search script.
    public var script: String

    public static let fields: [String: any PartialKeyPath<SearchView> & Sendable] = [
        "pages": \.pages, "index": \.index, "script": \.script,
    ]

    /// The view for `pages`, with script links made by the search page's linker.
    public init(pages: [LinkView], linker: Linker, index: String, script: String) {
        self.pages = pages
        self.index = linker.url(file: index)
        self.script = linker.url(file: script)
    }
}

/// The links every page carries for publishing: the search page, the feed and the one-page report.
public struct PublishingLinks: ViewModel {
    /// The search page.
    public var search: String
    /// The Atom feed.
    public var feed: String
    /// The whole report on one page.
    public var report: String
    /// The printed edition (`report.pdf`), or empty when the build makes none.
    public var pdf = ""
    /// What changed since the previous edition (`/changes/`), or empty when the report has no earlier edition.
    public var changes = ""
    /// The page's kind of object for Open Graph: `website` for the overview and indexes, `article` otherwise.
    public var openGraphType: String
    /// The bibliography, when the report has sources.
    public var sources: String?

    public static let fields: [String: any PartialKeyPath<PublishingLinks> & Sendable] = [
        "search": \.search, "feed": \.feed, "report": \.report, "pdf": \.pdf, "changes": \.changes, "openGraphType": \.openGraphType,
        "sources": \.sources,
    ]

    /// The links, each relative to the page that shows them.
    public init(search: String, feed: String, report: String, openGraphType: String) {
        self.search = search
        self.feed = feed
        self.report = report
        self.openGraphType = openGraphType
    }
}
