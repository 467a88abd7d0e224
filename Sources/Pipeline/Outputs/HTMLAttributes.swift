import Foundation

/// Finds and rewrites attribute values in the HTML the build produced.
///
/// The build's HTML comes from cmark and from Mustache, which both write every attribute value in
/// double quotes and escape a `"` inside one as `&quot;`; so `name="` only ever opens an attribute,
/// and a scan of the UTF-8 bytes for it is exact without a full HTML parser (and fast enough to
/// run over every page of every build).
enum HTMLAttributes {
    /// `html` with the value of each attribute in `names` (lower case) passed through `transform`
    /// (given the attribute name and the unescaped value; nil keeps the value as it is).
    static func rewrite(_ html: String, attributes names: Set<String>,
                        _ transform: (_ name: String, _ value: String) -> String?) -> String {
        var html = html
        return html.withUTF8 { bytes in
            var output: [UInt8] = []
            var copied = 0
            var index = 1
            while index + 1 < bytes.count {
                guard bytes[index] == equals, bytes[index + 1] == quote else {
                    index += 1
                    continue
                }
                var start = index
                while start > 0, isNameByte(bytes[start - 1]) { start -= 1 }
                let valueStart = index + 2
                var close = valueStart
                while close < bytes.count, bytes[close] != quote { close += 1 }
                guard start < index, start > 0, isSpace(bytes[start - 1]), close < bytes.count else {
                    index += 1
                    continue
                }
                let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self).lowercased()
                if names.contains(name) {
                    let value = unescape(String(decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<close]), as: UTF8.self))
                    if let replacement = transform(name, value) {
                        if output.isEmpty { output.reserveCapacity(bytes.count + 256) }
                        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<valueStart]))
                        output.append(contentsOf: escape(replacement).utf8)
                        copied = close
                    }
                }
                index = close + 1
            }
            guard copied > 0 else { return String(decoding: bytes, as: UTF8.self) }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return String(decoding: output, as: UTF8.self)
        }
    }

    private static let equals = UInt8(ascii: "=")
    private static let quote = UInt8(ascii: "\"")

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":")
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    static func unescape(_ value: String) -> String {
        guard value.utf8.contains(UInt8(ascii: "&")) else { return value }
        return value.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    static func escape(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == quote || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") }) else {
            return value
        }
        return value.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
