import Diagnostics

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

/// A document of any kind, for what treats every kind alike: titles, bodies, references.
public protocol AnyDocument: Sendable {
    /// What kind of content this is.
    var kind: ContentKind { get }
    /// The file name without `.md`.
    var slug: String { get }
    /// The path relative to the report folder.
    var file: String { get }
    /// The fields every kind has.
    var common: CommonFields { get }
    /// The Markdown after the front matter.
    var body: String { get }
    /// The file line on which the body starts.
    var bodyLine: Int { get }
    /// The entities its front matter names.
    var references: [ReferenceField] { get }
}

extension Document: AnyDocument {
    public var common: CommonFields { meta.common }
    public var references: [ReferenceField] { meta.references }
}

/// Everything in `Content/`, decoded.
public struct ContentSet: Sendable {
    /// `site.yaml`.
    public var site: SiteConfig
    /// `index.md`, if present.
    public var overview: Document<PageFrontMatter>?
    /// The kinds loaded, in the registry's order (which is the reading order).
    public private(set) var kinds: [ContentKind] = []
    /// The documents of each kind, each list a `[Document<Meta>]` of the kind's front matter.
    private var lists: [ContentKind: any Sendable] = [:]
    /// The same documents, seen alike.
    private var erased: [ContentKind: [any AnyDocument]] = [:]
    /// The data tables, by name.
    public var dataTables: [DataTable] = []
    /// `Content/sources.yaml`'s sources, which any page may cite.
    public var sharedSources: [SourceReference] = []
    /// Slugs of files that exist but could not be read; references to them are not reported again.
    public var unreadable: [ContentKind: Set<String>] = [:]
    /// Names of data files that exist but could not be read, for the same reason.
    public var unreadableDataTables: Set<String> = []

    /// An empty set for `site`.
    public init(site: SiteConfig) { self.site = site }

    /// The documents of `kind`, decoded as `Meta` (empty when none were loaded).
    public func documents<Meta: FrontMatter>(_ kind: ContentKind, as meta: Meta.Type = Meta.self) -> [Document<Meta>] {
        lists[kind] as? [Document<Meta>] ?? []
    }

    /// The documents of `kind`, of whatever front matter.
    public func documents(of kind: ContentKind) -> [any AnyDocument] {
        erased[kind] ?? []
    }

    /// Sets the documents of `kind`, which joins `kinds` the first time.
    public mutating func setDocuments<Meta: FrontMatter>(_ documents: [Document<Meta>], for kind: ContentKind) {
        if lists[kind] == nil { kinds.append(kind) }
        lists[kind] = documents
        erased[kind] = documents
    }
}
