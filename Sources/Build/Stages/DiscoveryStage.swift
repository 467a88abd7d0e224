import Content
import Foundation
import Site

/// Writes what hosts, crawlers and feed readers look for: `sitemap.xml`, `feed.xml` and `robots.txt`.
/// The sitemap and the feed need absolute addresses, so they are left out, with a warning, when
/// `base_url` is not an absolute http(s) URL.
public struct DiscoveryStage: BuildStage {
    public let name = "discovery"

    /// Pages that are no destination of their own: the not-found page and the search page.
    static let unlisted: Set<Route> = [.notFound, .search]

    public init() {}

    public func run(_ context: inout BuildContext) {
        guard let graph = context.graph, !context.failed else { return }
        let site = graph.content.site
        guard Self.isAbsolute(site.baseURL) else {
            context.diagnostics.append(Diagnostic(.warning, at: site.baseURLLocation, code: "relative-base-url",
                "base_url '\(site.baseURL)' is not an absolute http(s) URL, so sitemap.xml and feed.xml are left out",
                hint: "set base_url in site.yaml, or build with --base-url https://host/path/"))
            context.files["robots.txt"] = Data("User-agent: *\nAllow: /\n".utf8)
            return
        }
        let plans = PageCatalog.pages(of: graph).filter { !Self.unlisted.contains($0.route) }
        context.files[Sitemap.file] = Sitemap.xml(of: plans, baseURL: site.baseURL)
        context.files[AtomFeed.file] = AtomFeed.xml(of: plans, bodies: context.bodies, site: site)
        context.files["robots.txt"] = Data("User-agent: *\nAllow: /\n\nSitemap: \(site.baseURL)\(Sitemap.file)\n".utf8)
    }

    /// Whether `url` is an absolute http or https URL with a host.
    public static func isAbsolute(_ url: String) -> Bool {
        guard let parsed = URL(string: url), let scheme = parsed.scheme?.lowercased() else { return false }
        return (scheme == "http" || scheme == "https") && !(parsed.host ?? "").isEmpty
    }
}
