import Diagnostics
import Foundation

/// Warnings about how a text file is saved: a byte-order mark or Windows line endings. Both are
/// read correctly, but they show up in diffs and trip other tools, so authors are told once per file.
public enum TextHygiene {
    /// The warnings for a file's bytes. CRLF is left alone in CSV files, where RFC 4180 makes it the norm.
    public static func problems(in data: Data, file: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let hasBOM = data.starts(with: bom)
        if hasBOM {
            problems.append(Diagnostic(.warning, at: SourceLocation(file: file, line: 1, column: 1), code: .byteOrderMark,
                                       "the file starts with a byte-order mark", hint: "save it as UTF-8 without BOM"))
        }
        // Searched through the raw bytes: `Data.firstIndex(of:)` walks them one subscript at a time,
        // which on every file of every build cost more than reading the files.
        guard !file.lowercased().hasSuffix(".csv"),
              let cr = data.withUnsafeBytes({ $0.firstIndex(of: 0x0D) }).map({ data.startIndex + $0 }) else { return problems }
        let before = data[data.startIndex..<cr]
        let line = before.filter { $0 == 0x0A }.count + 1
        var lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? data.startIndex
        if line == 1, hasBOM { lineStart += bom.count }
        let column = String(decoding: data[lineStart..<cr], as: UTF8.self).unicodeScalars.count + 1
        problems.append(Diagnostic(.warning, at: SourceLocation(file: file, line: line, column: column), code: .crlfLineEndings,
                                   "the file has Windows (CRLF) line endings, the first at the end of line \(line)",
                                   hint: "save it with Unix (LF) line endings"))
        return problems
    }
}
