import Foundation

/// Turns diagnostics into what a person or a tool reads: compiler-style text with the offending
/// source line and a caret under the column, or a JSON list.
public enum DiagnosticFormatter {
    /// One diagnostic as the JSON output writes it.
    public struct Entry: Codable, Equatable, Sendable {
        /// The file, relative to the report folder.
        public var file: String
        /// The line, from 1.
        public var line: Int
        /// The column, from 1, in Unicode scalars.
        public var column: Int
        /// `error` or `warning`.
        public var severity: Severity
        /// The stable code, e.g. `unknown-reference`.
        public var code: String
        /// What is wrong.
        public var message: String
        /// How to fix it, or null.
        public var hint: String?

        /// The entry for `diagnostic`.
        public init(_ diagnostic: Diagnostic) {
            file = diagnostic.location.file
            line = diagnostic.location.line
            column = diagnostic.location.column
            severity = diagnostic.severity
            code = diagnostic.code.rawValue
            message = diagnostic.message
            hint = diagnostic.hint
        }

        // `hint` is always written, as null when absent, so consumers see a fixed set of keys.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(file, forKey: .file)
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
            try container.encode(severity, forKey: .severity)
            try container.encode(code, forKey: .code)
            try container.encode(message, forKey: .message)
            try container.encode(hint, forKey: .hint)
        }
    }

    /// A JSON array of `{file, line, column, severity, code, message, hint}`, one per diagnostic.
    public static func json(_ diagnostics: [Diagnostic]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(diagnostics.map(Entry.init))) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Compiler style: `file:line:col: severity: message [code]`, then the source line and a caret.
    ///
    /// - Parameter lines: the text of a file by its path, or nil when it cannot be shown; each file
    ///   is asked for once.
    public static func text(_ diagnostics: [Diagnostic], source lines: (String) -> String?) -> String {
        var cache: [String: [Substring]] = [:]
        var output = ""
        for diagnostic in diagnostics {
            output += "\(diagnostic.location): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.code)]\n"
            let file = diagnostic.location.file
            if cache[file] == nil {
                cache[file] = lines(file).map { SourceText.normalize($0).split(separator: "\n", omittingEmptySubsequences: false) } ?? []
            }
            let fileLines = cache[file] ?? []
            let index = diagnostic.location.line - 1
            if fileLines.indices.contains(index), !fileLines[index].allSatisfy(\.isWhitespace) {
                output += excerpt(fileLines[index], column: diagnostic.location.column)
            }
            if let hint = diagnostic.hint { output += "  hint: \(hint)\n" }
        }
        return output
    }

    /// The most of a line an excerpt shows: a Markdown paragraph is often one line of hundreds of
    /// characters, of which only the part around the column helps.
    static let excerptWidth = 100

    /// The line, then spaces (tabs kept, so the caret lines up) and a `^` under `column`; a long
    /// line is cut to a window around the column, with `…` where it was cut.
    static func excerpt(_ line: Substring, column: Int) -> String {
        var scalars = Array(line.unicodeScalars)
        var caret = max(0, column - 1)
        if scalars.count > excerptWidth {
            let start = min(max(0, caret - excerptWidth / 2), scalars.count - excerptWidth)
            let end = start + excerptWidth
            scalars = (start > 0 ? Array("…".unicodeScalars) : []) + scalars[start..<end] + (end < scalars.count ? Array("…".unicodeScalars) : [])
            caret -= start - (start > 0 ? 1 : 0)
        }
        let before = scalars.prefix(caret).map { $0 == "\t" ? "\t" : " " }.joined()
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return "  \(String(text))\n  \(before)^\n"
    }

    /// "2 errors, 1 warning", or "no problems".
    public static func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        guard errors + warnings > 0 else { return "no problems" }
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        return [errors > 0 ? count(errors, "error") : nil, warnings > 0 ? count(warnings, "warning") : nil]
            .compactMap { $0 }.joined(separator: ", ")
    }
}
