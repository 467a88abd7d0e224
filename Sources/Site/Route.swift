import Content

/// Where a page lives in the generated site, as a path relative to the site root:
/// `""` for the home page, `countries/belarus/` for a brief (written as `countries/belarus/index.html`),
/// or a file such as `404.html`.
public struct Route: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The path relative to the site root, without a leading slash.
    public let path: String

    /// A route at `path`.
    public init(_ path: String) { self.path = path }

    /// The file written for this route, relative to the output folder.
    public var outputFile: String { path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path }

    /// How many folders deep the page's file is.
    public var depth: Int {
        // The folder names before the file, counted on the bytes: this runs for every link a page writes.
        var depth = 0, inName = false
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                if inName { depth += 1 }
                inName = false
            } else {
                inName = true
            }
        }
        return depth
    }

    /// A link from this page to `target`, relative so the site works from any folder or sub-path.
    /// With `explicitIndex`, folder links end in `index.html` so the site also works opened from disk.
    public func relativeURL(to target: Route, explicitIndex: Bool = false) -> String {
        let up = String(repeating: "../", count: depth)
        let file = explicitIndex ? target.outputFile : target.path
        let url = up + file
        return url.isEmpty ? "./" : url
    }

    /// A link from this page to a file below the site root, such as `assets/site.css`.
    public func relativeURL(toFile file: String) -> String {
        String(repeating: "../", count: depth) + file
    }

    public var description: String { "/" + path }

    public static func < (lhs: Route, rhs: Route) -> Bool { lhs.path < rhs.path }
}

extension Route {
    /// The overview.
    public static let home = Route("")
    /// The index of country briefs.
    public static let countries = Route("countries/")
    /// The index of organizations.
    public static let organizations = Route("organizations/")
    /// The membership matrix and timeline.
    public static let memberships = Route("memberships/")
    /// The relations matrix.
    public static let relations = Route("relations/")
    /// The scenario comparison.
    public static let scenarios = Route("scenarios/")
    /// The whole report on one page.
    public static let report = Route("report/")
    /// The search page.
    public static let search = Route("search/")
    /// The bibliography: every source of the report, with its exports.
    public static let bibliography = Route("sources/")
    /// The page shown for a missing URL.
    public static let notFound = Route("404.html")

    /// The page of an entity of `kind` with `slug`.
    public static func entity(_ kind: ContentKind, _ slug: String) -> Route {
        Route("\(kind.urlFolder)\(slug)/")
    }

    /// The published copy of a data file.
    public static func dataFile(_ table: String, format: String) -> String { "data/\(table).\(format)" }
}
