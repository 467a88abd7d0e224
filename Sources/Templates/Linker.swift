import Site

/// Makes the links of one page: every URL relative to the page, so the site works from any folder.
/// It also carries the words the page is written in, the theme's strings, since every view that
/// makes a link for a page also writes that page's labels.
public struct Linker: Sendable {
    /// The page the links are written on.
    public var page: Route
    /// The theme's words, in the report's language.
    public var strings: Strings
    /// Whether folder links end in `index.html`, for a site opened straight from disk.
    public var explicitIndex: Bool

    /// When set, links start from this site path (`/dossier/`) instead of being relative: for pages
    /// such as `404.html` that the server shows at any depth.
    public var absoluteRoot: String?

    /// The names files are published under where they differ from their own (fingerprinted assets:
    /// `assets/site.css` → `assets/site.3f2a9c0d1e4b5a6f.css`), so links name the published file.
    public var publishedNames: [String: String] = [:]

    /// A linker for `page`, whose labels are in `strings`.
    public init(page: Route, strings: Strings, explicitIndex: Bool = false, absoluteRoot: String? = nil) {
        self.page = page
        self.strings = strings
        self.explicitIndex = explicitIndex
        self.absoluteRoot = absoluteRoot
    }

    /// A link to another page.
    public func url(_ route: Route) -> String {
        if let absoluteRoot { return absoluteRoot + (explicitIndex ? route.outputFile : route.path) }
        return page.relativeURL(to: route, explicitIndex: explicitIndex)
    }

    /// A link to an entity's page.
    public func url(_ ref: EntityRef) -> String { url(ref.route) }

    /// A link to a file below the site root.
    public func url(file: String) -> String {
        let file = publishedNames[file] ?? file
        if let absoluteRoot { return absoluteRoot + file }
        return page.relativeURL(toFile: file)
    }
}
