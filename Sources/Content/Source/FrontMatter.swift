import Diagnostics
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
        let text = SourceText.normalize(text)
        // Scan UTF-8 line by line: the front matter is a few lines, the body may be long, and
        // splitting the whole file into Character lines was the loader's main cost.
        let bytes = text.utf8
        var lineStart = bytes.startIndex
        var lineNumber = 1
        var yamlStart: String.Index?
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            let line = text[lineStart..<lineEnd]
            let next = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : lineEnd
            if lineNumber == 1 {
                guard line.trimmingTrailingSpaces == "---" else { break }
                yamlStart = next
            } else if let yamlStart, line.trimmingTrailingSpaces == "---" || line.trimmingTrailingSpaces == "..." {
                return FrontMatterSplit(yaml: String(text[yamlStart..<lineStart].dropLast()), yamlLine: 2,
                                        body: String(text[next...]), bodyLine: lineNumber + 1)
            }
            lineStart = next
            lineNumber += 1
        }
        guard yamlStart != nil else {
            throw DiagnosticError(Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1),
                code: .frontMatterMissing, "the file must start with YAML front matter between '---' lines",
                hint: "add '---', the fields (at least 'title:'), and '---' at the top"))
        }
        throw DiagnosticError(Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1),
            code: .frontMatterUnclosed, "the front matter opened here is never closed",
            hint: "add a '---' line after the last field"))
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s.removeLast() }
        return s
    }
}
