import Content

/// The running text of a Markdown body, paragraph by paragraph, with where each character was
/// written: for checks of wording (estimative language) that must point at the words themselves.
/// Fenced code, inline code and link destinations are blanked out, so words written about (in
/// backticks) and addresses are not read as prose.
///
/// Each character (grapheme cluster, as an editor counts columns) is one byte, a `ProseUnit`: the
/// phrases the checks look for are ASCII, so the text is read as bytes where it is ASCII and
/// character by character only on lines that are not (Swift's `Character` operations on every
/// character made this check most of a large report's build).
struct ProseText {
    /// One paragraph (a run of non-blank lines), its lines joined by spaces, in lower case.
    struct Paragraph {
        /// One `ProseUnit` per character.
        var units: [UInt8] = []
        /// Where the characters were written, in runs of consecutive columns of one line.
        var runs: [Run] = []

        /// Characters from `start` on, written from file `line` and `column` on, one column each.
        struct Run {
            var start: Int
            var line: Int
            var column: Int
        }

        /// The file line and column of the character at `index`.
        func position(of index: Int) -> (line: Int, column: Int) {
            // The last run starting at or before `index` (runs are in order of `start`).
            var low = 0, high = runs.count
            while high - low > 1 {
                let middle = (low + high) / 2
                if runs[middle].start <= index { low = middle } else { high = middle }
            }
            let run = runs[low]
            return (run.line, run.column + index - run.start)
        }

        /// Places the characters appended from now on at `line` and `column`.
        mutating func place(line: Int, column: Int) {
            runs.append(Run(start: units.count, line: line, column: column))
        }

        /// The paragraph's sentences, as ranges of `units`.
        var sentences: [Range<Int>] {
            var ranges: [Range<Int>] = []
            var start = 0
            for index in units.indices where units[index] == UInt8(ascii: ".") || units[index] == UInt8(ascii: "!") || units[index] == UInt8(ascii: "?") {
                let next = index + 1
                if next == units.count || units[next] == UInt8(ascii: " ") {
                    ranges.append(start..<next)
                    start = next
                }
            }
            if start < units.count { ranges.append(start..<units.count) }
            return ranges
        }
    }

    var paragraphs: [Paragraph] = []

    /// The prose of `body`, whose first line is file line `firstLine`.
    init(markdown body: String, firstLine: Int) {
        var body = body
        body.withUTF8 { bytes in
            var current = Paragraph()
            var fence: [UInt8]?
            var original: [UInt8] = [], lowered: [UInt8] = []
            func flush() {
                if !current.units.isEmpty { paragraphs.append(current) }
                current = Paragraph()
            }
            var lineStart = 0, offset = 0
            while lineStart <= bytes.count {
                // A line feed ends a line unless it follows a carriage return: "\r\n" is one
                // character, which is not "\n" (the loader normalizes line ends, so this is rare).
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") || (lineEnd > lineStart && bytes[lineEnd - 1] == UInt8(ascii: "\r")) {
                    lineEnd += 1
                }
                defer { lineStart = lineEnd + 1; offset += 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
                original.removeAll(keepingCapacity: true)
                lowered.removeAll(keepingCapacity: true)
                if line.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\n") }) {
                    original.append(contentsOf: line)
                    lowered.append(contentsOf: line.lazy.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 })
                } else {
                    for character in String(decoding: line, as: UTF8.self) {
                        original.append(ProseUnit.of(character))
                        lowered.append(ProseUnit.of(Character(character.lowercased())))
                    }
                }
                let trimmed = original.drop { $0 == UInt8(ascii: " ") }
                if let open = fence {
                    if trimmed.starts(with: open) { fence = nil }
                    continue
                }
                if trimmed.starts(with: "```".utf8) || trimmed.starts(with: "~~~".utf8) {
                    flush()
                    fence = Array(trimmed.prefix(3))
                    continue
                }
                if trimmed.isEmpty { flush(); continue }
                if !current.units.isEmpty {
                    current.place(line: firstLine + offset, column: original.count + 1)
                    current.units.append(UInt8(ascii: " "))
                }
                current.place(line: firstLine + offset, column: 1)
                let base = current.units.count
                current.units += lowered
                for blank in Self.blanked(original) {
                    for index in blank { current.units[base + index] = UInt8(ascii: " ") }
                }
            }
            flush()
        }
    }

    /// The inline code and link destinations of `line`, as ranges of its characters to blank out.
    static func blanked(_ line: [UInt8]) -> [ClosedRange<Int>] {
        var ranges: [ClosedRange<Int>] = []
        var index = 0
        while index < line.count {
            if line[index] == UInt8(ascii: "`") {
                guard let close = line[(index + 1)...].firstIndex(of: UInt8(ascii: "`")) else { break }
                ranges.append(index...close)
                index = close + 1
            } else if line[index] == UInt8(ascii: "]"), index + 1 < line.count, line[index + 1] == UInt8(ascii: "(") {
                guard let close = line[(index + 1)...].firstIndex(of: UInt8(ascii: ")")) else { break }
                ranges.append((index + 1)...close)
                index = close + 1
            } else {
                index += 1
            }
        }
        return ranges
    }
}

/// One character of prose as one byte: the ASCII character it is (or is canonically equivalent
/// to, as `==` compares characters), else `letter` or `other`, which no phrase contains.
enum ProseUnit {
    /// A character outside ASCII that is a letter (`Character.isLetter`).
    static let letter: UInt8 = 0x80
    /// Any other character outside ASCII.
    static let other: UInt8 = 0x81

    /// Whether `unit` stands for a letter, so that a word goes on across it.
    static func isLetter(_ unit: UInt8) -> Bool {
        (unit | 0x20) >= UInt8(ascii: "a") && (unit | 0x20) <= UInt8(ascii: "z") || unit == letter
    }

    /// The unit of `character`.
    static func of(_ character: Character) -> UInt8 {
        // "\r\n" has the ASCII value of "\n" but is not equal to it.
        if let ascii = character.asciiValue, character != "\r\n" { return ascii }
        // A lone scalar whose canonical decomposition is a single other scalar (a Kelvin sign is a
        // K) is excluded from composition; only such a character can equal an ASCII one.
        if character.unicodeScalars.count == 1, character.unicodeScalars.first!.properties.isFullCompositionExclusion,
           let ascii = (UInt8(0)..<0x80).first(where: { character == Character(Unicode.Scalar($0)) }) {
            return ascii
        }
        return character.isLetter ? letter : other
    }
}

extension ProseText {
    /// The prose of a front-matter text: `text` as decoded, one paragraph, each character placed
    /// where it stands in `source` (the file's text) — a quoted or folded scalar loses its quotes,
    /// escapes, line breaks and indentation in decoding, so each character is looked for a few
    /// places on from the last one found. A character not found is placed at the last one found.
    init(scalar text: Located<String>, source: String) {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
        var line = text.location.line - 1, column = text.location.column - 1
        var last = (line: text.location.line, column: text.location.column)
        var paragraph = Paragraph()
        for character in text.value {
            if !character.isWhitespace {
                var (searchLine, searchColumn) = (line, column)
                for _ in 0..<Self.searchReach where searchLine < lines.count {
                    if searchColumn >= lines[searchLine].count {
                        (searchLine, searchColumn) = (searchLine + 1, 0)
                    } else if lines[searchLine][searchColumn] == character {
                        last = (searchLine + 1, searchColumn + 1)
                        (line, column) = (searchLine, searchColumn + 1)
                        break
                    } else {
                        searchColumn += 1
                    }
                }
            }
            if paragraph.runs.isEmpty || paragraph.position(of: paragraph.units.count) != last {
                paragraph.place(line: last.line, column: last.column)
            }
            paragraph.units.append(character.isWhitespace ? UInt8(ascii: " ") : ProseUnit.of(Character(character.lowercased())))
        }
        paragraphs = paragraph.units.isEmpty ? [] : [paragraph]
    }

    /// How many places on from the last character found the next is looked for: enough for a
    /// closing quote, an escape, a line break and its indentation.
    static let searchReach = 40
}
