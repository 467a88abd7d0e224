/// A kind of Markdown content: its identity, the folder its files live in, the link scheme that
/// names them and where their pages go. Each kind declares its own value next to its front matter
/// (`ContentKind.country` in `Country.swift`); the report's registry of page kinds says which
/// kinds a build loads.
public struct ContentKind: Hashable, Sendable, CustomStringConvertible {
    /// The kind's name: its page template and its CSS class (`country`).
    public let id: String
    /// The folder under `Content/` (`countries`; empty for the overview, which is `Content/index.md`).
    public let folder: String
    /// The scheme of entity links to this kind (`country:belarus`), if it has one.
    public let scheme: String?
    /// The folder of its pages below the site root (`countries/`; empty for free pages, which sit at the root).
    public let urlFolder: String
    /// A reader's word for one of them, for messages.
    public let noun: String

    /// Declares a kind; `noun` defaults to `id`.
    public init(id: String, folder: String, scheme: String?, urlFolder: String, noun: String? = nil) {
        self.id = id
        self.folder = folder
        self.scheme = scheme
        self.urlFolder = urlFolder
        self.noun = noun ?? id
    }

    /// `Content/index.md`, the overview: one file, no folder, no scheme.
    public static let overview = ContentKind(id: "overview", folder: "", scheme: nil, urlFolder: "")

    public var description: String { id }
}

/// A kind of content the loader can read: its identity and the type its front matter decodes into.
/// Page kinds (in the pipeline) refine it with everything else a kind contributes to the site.
public protocol DocumentKind: Sendable {
    /// The front matter of the kind's files.
    associatedtype Meta: FrontMatter
    /// The kind's identity and folder.
    static var kind: ContentKind { get }
}
