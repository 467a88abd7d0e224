import Foundation

/// A Markdown file split into its YAML front matter and its body.
public struct FrontMatterSplit: Sendable, Equatable {
    /// The YAML between the `---` lines.
    public var yaml: String
    /// The file line on which the YAML starts (the line after the opening `---`).
    public var yamlLine: Int
    /// The Markdown after the closing `---`.
    public var body: String
    /// The file line on which the body starts.
    public var bodyLine: Int

    /// Splits `text`, which must open with a `---` line and close the front matter with `---` or `...`.
    ///
    /// A byte-order mark is dropped and CRLF line endings are read as LF, so positions stay those an editor shows.
    public static func split(_ text: String, file: String) throws(DiagnosticError) -> FrontMatterSplit {
        let normalized = SourceText.normalize(text)
        var lines = normalized.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingSpaces == "---" else {
            throw DiagnosticError(Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1),
                code: "front-matter-missing", "the file must start with YAML front matter between '---' lines",
                hint: "add '---', the fields (at least 'title:'), and '---' at the top"))
        }
        lines.removeFirst()
        guard let close = lines.firstIndex(where: { $0.trimmingTrailingSpaces == "---" || $0.trimmingTrailingSpaces == "..." }) else {
            throw DiagnosticError(Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1),
                code: "front-matter-unclosed", "the front matter opened here is never closed",
                hint: "add a '---' line after the last field"))
        }
        let yaml = lines[..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return FrontMatterSplit(yaml: yaml, yamlLine: 2, body: body, bodyLine: close + 3)
    }
}

/// Text as the loader reads it: without a byte-order mark, with LF line endings.
public enum SourceText {
    /// Drops a leading byte-order mark and turns CRLF and lone CR into LF.
    public static func normalize(_ text: String) -> String {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        guard text.contains("\r") else { return text }
        // "\r\n" is a single Character in Swift, so replace grapheme-wise.
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s.removeLast() }
        return s
    }
}
