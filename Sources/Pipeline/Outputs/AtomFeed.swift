import Content
import Foundation
import FoundationXML
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
    static func xml(of plans: [PagePlan], bodies: [Route: RenderedBody], site: SiteConfig) -> Data {
        let entries = plans.filter { kinds.contains($0.kind) }
            .map { (plan: $0, updated: $0.updated ?? site.asOf) }
            .sorted { ($1.updated, $0.plan.title) < ($0.updated, $1.plan.title) }
            .prefix(limit)
        let root = XMLElement(name: "feed")
        root.addNamespace(XMLNode.namespace(withName: "", stringValue: namespace) as! XMLNode)
        root.setAttributes(["xml:lang": site.language])
        root.addChild(XMLElement(name: "title", stringValue: site.title))
        if let subtitle = site.subtitle { root.addChild(XMLElement(name: "subtitle", stringValue: subtitle)) }
        root.addChild(XMLElement(name: "id", stringValue: site.baseURL))
        root.addChild(link(site.baseURL, relation: "alternate", type: "text/html"))
        root.addChild(link(site.baseURL + file, relation: "self", type: "application/atom+xml"))
        root.addChild(XMLElement(name: "updated", stringValue: (entries.map(\.updated).max() ?? site.asOf).iso8601))
        // Atom needs an author for every entry; the report's authors stand for all of them.
        for name in site.authors.isEmpty ? [site.title] : site.authors.map(\.name) {
            let author = XMLElement(name: "author")
            author.addChild(XMLElement(name: "name", stringValue: name))
            root.addChild(author)
        }
        root.addChild(XMLElement(name: "generator", stringValue: "Dossier"))
        for (plan, updated) in entries {
            let address = site.baseURL + plan.route.path
            let entry = XMLElement(name: "entry")
            entry.addChild(XMLElement(name: "title", stringValue: plan.title))
            entry.addChild(XMLElement(name: "id", stringValue: address))
            entry.addChild(link(address, relation: "alternate", type: "text/html"))
            entry.addChild(XMLElement(name: "updated", stringValue: updated.iso8601))
            let category = XMLElement(name: "category")
            category.setAttributes(["term": plan.kind])
            entry.addChild(category)
            if let summary = plan.summary { entry.addChild(XMLElement(name: "summary", stringValue: summary)) }
            if let html = bodies[plan.route]?.html {
                let content = XMLElement(name: "content", stringValue: html)
                content.setAttributes(["type": "html", "xml:base": address])
                entry.addChild(content)
            }
            root.addChild(entry)
        }
        return XMLDocument.utf8(root)
    }

    private static func link(_ href: String, relation: String, type: String) -> XMLElement {
        let link = XMLElement(name: "link")
        link.setAttributes(["rel": relation, "type": type, "href": href])
        return link
    }
}
