import Foundation
import FoundationXML

/// A generated page parsed as XML: the theme writes well-formed HTML, so a strict parser both reads
/// it and proves it well formed.
public struct ParsedPage {
    /// The parsed document.
    public let document: XMLDocument

    /// The page in the file `url`.
    public init(_ url: URL) throws {
        document = try XMLDocument(data: Data(contentsOf: url), options: [])
    }

    /// The page in `data` (a server's answer).
    public init(data: Data) throws {
        document = try XMLDocument(data: data, options: [])
    }

    /// The nodes `xpath` selects.
    public func nodes(_ xpath: String) throws -> [XMLNode] { try document.nodes(forXPath: xpath) }

    /// The text of each node `xpath` selects, trimmed.
    public func texts(_ xpath: String) throws -> [String] {
        try nodes(xpath).map { ($0.stringValue ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
    }
}
