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
    /// section tags are left as they are, and so is a template that changes its delimiters. The
    /// tags are found by the template checker's scanner, so both read a template alike.
    func inline(_ template: String) -> String {
        guard !template.contains("{{=") else { return template }
        let scalars = Array(template.unicodeScalars)
        var output = String.UnicodeScalarView()
        var copied = 0
        for span in TemplateScanner.spans(in: template) where span.escapes && span.tag.kind == .variable && span.tag.transforms.isEmpty {
            guard span.tag.name.hasPrefix("t."), let text = words[String(span.tag.name.dropFirst(2))] else { continue }
            output.append(contentsOf: scalars[copied..<span.scalars.lowerBound])
            output.append(contentsOf: text.unicodeScalars)
            copied = span.scalars.upperBound
        }
        output.append(contentsOf: scalars[copied...])
        return String(output)
    }
}
