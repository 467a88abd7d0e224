/// Writes SVG markup as text: elements with their attributes in the order given, text escaped,
/// numbers in one fixed format, so the same input always gives the same bytes.
public struct SVGWriter: Sendable {
    /// The markup written so far.
    public private(set) var text = ""

    /// A writer with nothing written.
    public init() {}

    /// Opens `name` with `attributes`; close it with ``close(_:)``.
    public mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        text += "<" + name + Self.attributes(attributes) + ">"
    }

    /// Closes the element `name`.
    public mutating func close(_ name: String) {
        text += "</" + name + ">"
    }

    /// An element with no content.
    public mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        text += "<" + name + Self.attributes(attributes) + "/>"
    }

    /// An element holding `content` as text.
    public mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text content: String) {
        text += "<" + name + Self.attributes(attributes) + ">" + Self.escape(content) + "</" + name + ">"
    }

    /// An element holding only a `<title>` child: the text a pointer shows on hover.
    public mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String>, tooltip: String) {
        open(name, attributes)
        element("title", text: tooltip)
        close(name)
    }

    /// Appends markup another writer made.
    public mutating func append(_ other: SVGWriter) {
        text += other.text
    }

    /// `text` with the characters markup gives a meaning (`&`, `<`, `>`, `"`) escaped, found by a
    /// scan of its UTF-8 bytes, with no copy when there are none (nearly always). (Visuals depends
    /// on no other module, so it does not borrow the Markdown module's HTML escaping.)
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"") })
        else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): output += "&amp;".utf8
            case UInt8(ascii: "<"): output += "&lt;".utf8
            case UInt8(ascii: ">"): output += "&gt;".utf8
            case UInt8(ascii: "\""): output += "&quot;".utf8
            default: output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func attributes(_ attributes: KeyValuePairs<String, String>) -> String {
        attributes.reduce(into: "") { text, attribute in
            // An empty value is an attribute left out (an optional class, a missing link).
            guard !attribute.value.isEmpty else { return }
            text += " " + attribute.key + "=\"" + escape(attribute.value) + "\""
        }
    }
}

extension Double {
    /// The number as SVG writes it here: rounded to one decimal, without a trailing `.0`, never
    /// in exponent form and independent of the locale (`12`, `12.5`, `-3.2`).
    public var svg: String {
        let tenths = Int((self * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? sign + String(magnitude / 10) : sign + String(magnitude / 10) + "." + String(magnitude % 10)
    }
}

extension Int {
    /// The number as an SVG attribute.
    var svg: String { String(self) }
}
