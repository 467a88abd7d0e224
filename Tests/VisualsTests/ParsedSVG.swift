import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// An SVG visual parsed as XML, which it must be to be valid: the tests read its structure.
struct ParsedSVG {
    let root: XMLElement

    /// Parses `text`, failing the test when it is not well-formed XML.
    init(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let document = try XMLDocument(xmlString: text, options: [])
        root = try #require(document.rootElement(), sourceLocation: sourceLocation)
    }

    /// Every element named `name`, in document order.
    func elements(_ name: String) -> [XMLElement] {
        Self.descendants(of: root).filter { $0.localName == name || $0.name == name }
    }

    /// Elements named `name` whose class list holds `className`.
    func elements(_ name: String, class className: String) -> [XMLElement] {
        elements(name).filter { $0.classes.contains(className) }
    }

    /// The text of every `<text>` element.
    var texts: [String] { elements("text").map { $0.stringValue ?? "" } }

    private static func descendants(of element: XMLElement) -> [XMLElement] {
        (element.children ?? []).compactMap { $0 as? XMLElement }.flatMap { [$0] + descendants(of: $0) }
    }
}

extension XMLElement {
    /// The value of attribute `name`. (swift-corelibs-foundation's `attribute(forName:)` finds
    /// nothing inside a default namespace, so the attributes are searched by name.)
    func value(_ name: String) -> String? { attributes?.first { $0.name == name }?.stringValue }

    /// A numeric attribute.
    func number(_ name: String) -> Double? { value(name).flatMap(Double.init) }

    /// The class list.
    var classes: [String] { (value("class") ?? "").split(separator: " ").map(String.init) }

    /// The text of the `<title>` child: a shape's tooltip.
    var tooltip: String? {
        (children ?? []).compactMap { $0 as? XMLElement }.first { $0.name == "title" }?.stringValue
    }
}
