import Content
import Foundation
import Site

/// `feed.xml`: an Atom feed (RFC 4287) of the 50 latest-revised pages of the kinds it carries (`PageKind.inFeed`), latest first,
/// each entry with its summary and its prose (links resolved against the page through `xml:base`).
enum AtomFeed {
    /// Atom's namespace.
    static let namespace = "http://www.w3.org/2005/Atom"
    /// The site file.
    static let file = "feed.xml"
    /// The page kinds the feed carries.
    static let kinds = Set(PageKinds.all.filter { $0.inFeed }.map { $0.kind.id })
    /// The most entries a feed carries: readers poll it for what changed lately, and the whole
    /// report is on the site and in the sitemap.
    static let limit = 50

    /// The feed of the pages among `plans` that it carries; a page without `updated` counts as revised on the report date.
    /// With `editions`, the feed also carries one entry per edition with its summary of changes.
    static func xml(of plans: [PagePlan], bodies: [Route: RenderedBody], site: SiteConfig, editions: [EditionEntry] = []) -> Data {
        let entries = plans.filter { kinds.contains($0.kind) }
            .map { (plan: $0, updated: $0.updated ?? site.asOf) }
            .sorted { ($1.updated, $0.plan.title) < ($0.updated, $1.plan.title) }
            .prefix(limit)
        var feed = [XMLTree("title", text: site.title)]
        if let subtitle = site.subtitle { feed.append(XMLTree("subtitle", text: subtitle)) }
        feed += [
            XMLTree("id", text: site.baseURL),
            link(site.baseURL, relation: "alternate", type: "text/html"),
            link(site.baseURL + file, relation: "self", type: "application/atom+xml"),
            XMLTree("updated", text: ((entries.map(\.updated) + editions.map(\.date)).max() ?? site.asOf).iso8601),
        ]
        // Atom needs an author for every entry; the report's authors stand for all of them.
        for name in site.authors.isEmpty ? [site.title] : site.authors.map(\.name) {
            feed.append(XMLTree("author", children: [XMLTree("name", text: name)]))
        }
        feed.append(XMLTree("generator", text: "Dossier"))
        for edition in editions.reversed() {
            let address = site.baseURL + edition.path
            feed.append(XMLTree("entry", children: [
                XMLTree("title", text: edition.title),
                XMLTree("id", text: address),
                link(address, relation: "alternate", type: "text/html"),
                XMLTree("updated", text: edition.date.iso8601),
                XMLTree("category", [("term", "edition")]),
                XMLTree("summary", text: edition.summary),
            ]))
        }
        for (plan, updated) in entries {
            let address = site.baseURL + plan.route.path
            var entry = [
                XMLTree("title", text: plan.title),
                XMLTree("id", text: address),
                link(address, relation: "alternate", type: "text/html"),
                XMLTree("updated", text: updated.iso8601),
                XMLTree("category", [("term", plan.kind)]),
            ]
            if let summary = plan.summary { entry.append(XMLTree("summary", text: summary)) }
            if let html = bodies[plan.route]?.html {
                entry.append(XMLTree("content", [("type", "html"), ("xml:base", address)], text: html))
            }
            feed.append(XMLTree("entry", children: entry))
        }
        return XMLTree("feed", [("xmlns", namespace), ("xml:lang", site.language)], children: feed).document
    }

    private static func link(_ href: String, relation: String, type: String) -> XMLTree {
        XMLTree("link", [("rel", relation), ("type", type), ("href", href)])
    }
}

/// An edition as the feed announces it: its title, date, summary of changes and entry on `/changes/`.
struct EditionEntry: Sendable {
    var title: String
    var date: ReportDate
    var summary: String
    /// The path of its entry below the site root (`changes/#edition-2006-03`).
    var path: String
}
