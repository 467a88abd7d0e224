import Foundation
import FoundationXML
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
        let root = XMLElement(name: "urlset")
        root.addNamespace(XMLNode.namespace(withName: "", stringValue: namespace) as! XMLNode)
        for plan in plans {
            let url = XMLElement(name: "url")
            url.addChild(XMLElement(name: "loc", stringValue: baseURL + plan.route.path))
            // The protocol takes W3C datetimes, which include `YYYY` and `YYYY-MM` as written.
            if let updated = plan.updated { url.addChild(XMLElement(name: "lastmod", stringValue: updated.description)) }
            root.addChild(url)
        }
        return XMLDocument.utf8(root)
    }
}

extension XMLDocument {
    /// `root` as a UTF-8 XML file, indented.
    static func utf8(_ root: XMLElement) -> Data {
        let document = XMLDocument(rootElement: root)
        document.version = "1.0"
        document.characterEncoding = "UTF-8"
        return document.xmlData(options: [.nodePrettyPrint])
    }
}

extension XMLElement {
    /// Adds attributes by name.
    func setAttributes(_ attributes: KeyValuePairs<String, String>) {
        for (name, value) in attributes {
            addAttribute(XMLNode.attribute(withName: name, stringValue: value) as! XMLNode)
        }
    }
}
