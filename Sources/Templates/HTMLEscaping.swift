import Mustache

/// The HTML escaping every template renders with: the same five characters swift-mustache's own
/// escapes (`<`, `>`, `&`, `"`, `'`), replaced by the same entities, but found by a scan of the
/// UTF-8 bytes rather than a dictionary lookup per character, and with no copy at all for the
/// text that needs none (most of it). Escaping took about a tenth of a 1,000-page build before.
///
/// swift-mustache chooses a template's escaping with the `CONTENT_TYPE` pragma, so the theme puts
/// `pragma` in front of every template it parses.
struct HTMLBytes: MustacheContentType {
    /// The name the escaping is registered under.
    static let name = "DOSSIER_HTML"

    /// The line put in front of each template's text: a standalone tag, so it leaves no text behind.
    static let pragma: String = {
        MustacheContentTypes.register(HTMLBytes(), named: name)
        return "{{% CONTENT_TYPE: \(name) }}\n"
    }()

    func escapeText(_ text: String) -> String {
        guard text.utf8.contains(where: Self.needsEscape) else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): output.append(contentsOf: "&#39;".utf8)
            default: output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
