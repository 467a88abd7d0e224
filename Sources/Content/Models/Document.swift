import Diagnostics

/// The kinds of Markdown content, each with its folder under `Content/`.
public enum ContentKind: String, Sendable, CaseIterable, Hashable {
    case overview, country, organization, relation, scenario, page

    /// The folder under `Content/` (empty for the overview, which is `Content/index.md`).
    public var folder: String {
        switch self {
        case .overview: ""
        case .country: "countries"
        case .organization: "organizations"
        case .relation: "relations"
        case .scenario: "scenarios"
        case .page: "pages"
        }
    }

    /// The scheme of entity links to this kind (`country:belarus`), if it has one.
    public var linkScheme: String? {
        switch self {
        case .overview: nil
        case .country: "country"
        case .organization: "org"
        case .relation: "relation"
        case .scenario: "scenario"
        case .page: "page"
        }
    }
}

/// One Markdown file: its identity, its decoded front matter and its Markdown body.
public struct Document<Meta: FrontMatter>: Sendable {
    /// What kind of content this is.
    public var kind: ContentKind
    /// The file name without `.md`.
    public var slug: String
    /// The path relative to the report folder, e.g. `Content/countries/belarus.md`.
    public var file: String
    /// The decoded front matter.
    public var meta: Meta
    /// The Markdown after the front matter.
    public var body: String
    /// The file line on which the body starts, to turn body positions into file positions.
    public var bodyLine: Int

    /// Creates a document.
    public init(kind: ContentKind, slug: String, file: String, meta: Meta, body: String, bodyLine: Int) {
        self.kind = kind
        self.slug = slug
        self.file = file
        self.meta = meta
        self.body = body
        self.bodyLine = bodyLine
    }

    /// The file location of a position in the body, counted from the body's first line.
    public func location(bodyLine line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: bodyLine + line - 1, column: column)
    }

    /// Where the front matter opens, for problems with the file as a whole.
    public var start: SourceLocation { SourceLocation(file: file, line: 1, column: 1) }
}

/// Everything in `Content/`, decoded.
public struct ContentSet: Sendable {
    /// `site.yaml`.
    public var site: SiteConfig
    /// `index.md`, if present.
    public var overview: Document<PageFrontMatter>?
    /// The country briefs, by slug order.
    public var countries: [Document<CountryFrontMatter>] = []
    /// The organizations.
    public var organizations: [Document<OrganizationFrontMatter>] = []
    /// The relations.
    public var relations: [Document<RelationFrontMatter>] = []
    /// The scenarios.
    public var scenarios: [Document<ScenarioFrontMatter>] = []
    /// The free pages.
    public var pages: [Document<PageFrontMatter>] = []
    /// The data tables, by name.
    public var dataTables: [DataTable] = []
    /// Slugs of files that exist but could not be read; references to them are not reported again.
    public var unreadable: [ContentKind: Set<String>] = [:]
    /// Names of data files that exist but could not be read, for the same reason.
    public var unreadableDataTables: Set<String> = []

    /// An empty set for `site`.
    public init(site: SiteConfig) { self.site = site }
}
