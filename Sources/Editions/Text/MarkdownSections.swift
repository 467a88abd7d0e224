import Markdown

/// A page's Markdown cut at its ATX headings into sections of plain text, for comparing editions
/// section by section. Fenced code blocks (directives such as `members` among them) are left out:
/// what they show is compared through the fields they read.
struct MarkdownSection: Sendable, Equatable {
    /// The heading's text; nil for what comes before the first heading.
    var heading: String?
    /// The section's text without markup, words separated by single spaces.
    var text: String

    /// The sections of `markdown`, in order; a section with no text and no heading is left out.
    static func sections(of markdown: String) -> [MarkdownSection] {
        var sections: [MarkdownSection] = []
        var heading: String?
        var lines: [Substring] = []
        var fence: Substring?
        func close() {
            let text = words(of: MarkdownDocument(parsing: lines.joined(separator: "\n")).plainText)
            if heading != nil || !text.isEmpty { sections.append(MarkdownSection(heading: heading, text: text)) }
            lines = []
        }
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open), trimmed.allSatisfy({ $0 == open.first || $0 == " " }) { fence = nil }
                continue
            }
            if line.count - trimmed.count < 4, let marker = fenceMarker(trimmed) {
                fence = marker
                continue
            }
            if line.count - trimmed.count < 4, let text = headingText(trimmed) {
                close()
                heading = words(of: MarkdownDocument(parsing: text).plainText)
                continue
            }
            lines.append(line)
        }
        close()
        return sections
    }

    /// "```" or "~~~" (or longer) when the line opens a fenced code block.
    static func fenceMarker(_ line: Substring) -> Substring? {
        for mark in ["`", "~"] {
            let run = line.prefix { String($0) == mark }
            if run.count >= 3 { return run }
        }
        return nil
    }

    /// The text of an ATX heading line (`## Energy ##` → `Energy`), or nil for another line.
    static func headingText(_ line: Substring) -> String? {
        let hashes = line.prefix { $0 == "#" }
        guard (1...6).contains(hashes.count) else { return nil }
        let rest = line.dropFirst(hashes.count)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = rest.trimmingCharacters(in: .whitespaces)
        // A closing sequence of #s after a space is not part of the heading.
        if let space = text.lastIndex(of: " "), text[text.index(after: space)...].allSatisfy({ $0 == "#" }) {
            text = String(text[..<space]).trimmingCharacters(in: .whitespaces)
        } else if text.allSatisfy({ $0 == "#" }) {
            text = ""
        }
        return text
    }

    /// The words of `text` joined by single spaces.
    static func words(of text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
