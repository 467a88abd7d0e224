/// Finds and rewrites attribute values in the HTML the build produced.
///
/// The build's HTML comes from cmark and from Mustache, which both write every attribute value in
/// double quotes and escape a `"` inside one as `&quot;`; so `name="` only ever opens an attribute,
/// and a scan for it is exact without a full HTML parser.
enum HTMLAttributes {
    /// `html` with the value of each attribute in `names` passed through `transform` (given the
    /// attribute name and the unescaped value; nil keeps the value as it is).
    static func rewrite(_ html: String, attributes names: Set<String>,
                        _ transform: (_ name: String, _ value: String) -> String?) -> String {
        var output = ""
        output.reserveCapacity(html.utf8.count)
        var rest = html[...]
        while let opening = rest.range(of: "=\"") {
            let name = attributeName(before: opening.lowerBound, in: rest)
            guard let name, names.contains(name), let closing = rest[opening.upperBound...].firstIndex(of: "\"") else {
                output += rest[..<opening.upperBound]
                rest = rest[opening.upperBound...]
                continue
            }
            let value = unescape(rest[opening.upperBound..<closing])
            output += rest[..<opening.upperBound]
            output += transform(name, value).map(escape) ?? String(rest[opening.upperBound..<closing])
            rest = rest[closing...]
        }
        output += rest
        return output
    }

    /// Every value of the attributes in `names`, unescaped, in document order.
    static func values(in html: String, attributes names: Set<String>) -> [(name: String, value: String)] {
        var found: [(String, String)] = []
        _ = rewrite(html, attributes: names) { name, value in
            found.append((name, value))
            return nil
        }
        return found
    }

    private static func attributeName(before end: Substring.Index, in text: Substring) -> String? {
        var start = end
        while start > text.startIndex {
            let previous = text.index(before: start)
            let character = text[previous]
            guard character.isLetter || character == "-" || character == ":" else { break }
            start = previous
        }
        guard start < end, start > text.startIndex, text[text.index(before: start)].isWhitespace else { return nil }
        return text[start..<end].lowercased()
    }

    static func unescape(_ value: Substring) -> String {
        guard value.contains("&") else { return String(value) }
        return value.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    static func escape(_ value: String) -> String {
        value.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
