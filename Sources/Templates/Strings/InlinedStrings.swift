import Foundation

/// The theme's words written into each template's text before it is parsed: `{{t.nav.label}}`
/// becomes the label itself, escaped as the tag would have rendered it.
///
/// The words are fixed for a build, but a `{{t.…}}` tag was looked up on every render: Mustache
/// walks the whole context stack for `t` (the strings sit at its bottom), casting each view on the
/// way, and the theme's pages hold about two hundred such tags. A tag whose words could change how
/// the template parses or where its lines fall (braces, a line break) is left to the lookup.
struct InlinedStrings {
    private let words: [String: String]

    /// The escaped words of each plain text entry of `strings`, by key.
    init(_ strings: Strings) {
        var words: [String: String] = [:]
        for case let (key, .text(text)) in strings.entries where !text.contains("{{") && !text.contains("}}") && !text.contains("\n") {
            words[key] = HTMLBytes().escapeText(text)
        }
        self.words = words
    }

    /// `template` with each `{{t.key}}` whose words are known replaced by them. Triple-brace and
    /// section tags are left as they are, and so is a template that changes its delimiters.
    func inline(_ template: String) -> String {
        guard !template.contains("{{=") else { return template }
        // Scanned as bytes: Foundation's `range(of:)` made this a tenth of loading the theme.
        let bytes = Array(template.utf8)
        let brace = UInt8(ascii: "{"), closing = UInt8(ascii: "}")
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var copied = 0
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == brace, bytes[index + 1] == brace else { index += 1; continue }
            let nameStart = index + 2
            var close = nameStart
            while close + 1 < bytes.count, !(bytes[close] == closing && bytes[close + 1] == closing) { close += 1 }
            guard close + 1 < bytes.count else { break }
            let name = String(decoding: bytes[nameStart..<close], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if name.hasPrefix("t."), let text = words[String(name.dropFirst(2))] {
                output += bytes[copied..<index]
                output += text.utf8
                copied = close + 2
            }
            index = close + 2
        }
        output += bytes[copied...]
        return String(decoding: output, as: UTF8.self)
    }
}
