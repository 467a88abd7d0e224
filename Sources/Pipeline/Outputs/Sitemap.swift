import Foundation
import Site

/// `sitemap.xml` in the sitemap protocol (sitemaps.org, schema 0.9): one `<url>` per page with its
/// absolute address under `base_url` and, when the page says when it was revised, `<lastmod>`.
enum Sitemap {
    /// The protocol's namespace.
    static let namespace = "http://www.sitemaps.org/schemas/sitemap/0.9"
    /// The site file.
    static let file = "sitemap.xml"

    /// The sitemap of `plans`, addressed under the absolute `baseURL`.
    static func xml(of plans: [PagePlan], baseURL: String) -> Data {
        let urls = plans.map { plan in
            // The protocol takes W3C datetimes, which include `YYYY` and `YYYY-MM` as written.
            XMLTree("url", children: [XMLTree("loc", text: baseURL + plan.route.path)]
                + (plan.updated.map { [XMLTree("lastmod", text: $0.description)] } ?? []))
        }
        return XMLTree("urlset", [("xmlns", namespace)], children: urls).document
    }
}
