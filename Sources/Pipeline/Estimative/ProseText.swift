import Content

/// The running text of a Markdown body, paragraph by paragraph, with where each character was
/// written: for checks of wording (estimative language) that must point at the words themselves.
/// Fenced code, inline code and link destinations are blanked out, so words written about (in
/// backticks) and addresses are not read as prose.
struct ProseText {
    /// One paragraph (a run of non-blank lines), its lines joined by spaces, in lower case.
    struct Paragraph {
        var characters: [Character]
        /// Per character, its file line and column.
        var positions: [(line: Int, column: Int)]

        /// The paragraph's sentences, as ranges of `characters`.
        var sentences: [Range<Int>] {
            var ranges: [Range<Int>] = []
            var start = 0
            for index in characters.indices where ".!?".contains(characters[index]) {
                let next = index + 1
                if next == characters.count || characters[next] == " " {
                    ranges.append(start..<next)
                    start = next
                }
            }
            if start < characters.count { ranges.append(start..<characters.count) }
            return ranges
        }
    }

    var paragraphs: [Paragraph] = []

    /// The prose of `body`, whose first line is file line `firstLine`.
    init(markdown body: String, firstLine: Int) {
        var current = Paragraph(characters: [], positions: [])
        var fence: String?
        func flush() {
            if !current.characters.isEmpty { paragraphs.append(current) }
            current = Paragraph(characters: [], positions: [])
        }
        for (offset, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                flush()
                fence = String(trimmed.prefix(3))
                continue
            }
            if trimmed.isEmpty { flush(); continue }
            if !current.characters.isEmpty {
                current.characters.append(" ")
                current.positions.append((firstLine + offset, line.count + 1))
            }
            for (column, character) in Self.blanked(Array(line)).enumerated() {
                current.characters.append(Character(character.lowercased()))
                current.positions.append((firstLine + offset, column + 1))
            }
        }
        flush()
    }

    /// `line` with inline code and link destinations replaced by spaces, keeping every column.
    static func blanked(_ line: [Character]) -> [Character] {
        var output = line
        var index = 0
        while index < output.count {
            if output[index] == "`" {
                guard let close = output[(index + 1)...].firstIndex(of: "`") else { break }
                for blank in index...close { output[blank] = " " }
                index = close + 1
            } else if output[index] == "]", index + 1 < output.count, output[index + 1] == "(" {
                guard let close = output[(index + 1)...].firstIndex(of: ")") else { break }
                for blank in (index + 1)...close { output[blank] = " " }
                index = close + 1
            } else {
                index += 1
            }
        }
        return output
    }
}

extension ProseText.Paragraph {
    /// Every place a phrase of `phrases` (sorted longest first, so a longer phrase wins over one it
    /// contains) stands as whole words, no two overlapping, in text order.
    func matches(longestFirst phrases: [String]) -> [(phrase: String, range: Range<Int>)] {
        var taken = [Bool](repeating: false, count: characters.count)
        var found: [(String, Range<Int>)] = []
        // Where each word starts, by its first character: a phrase is tried only there, not at every
        // character (trying every phrase everywhere made this check most of a large report's build).
        var wordStarts: [Character: [Int]] = [:]
        for index in characters.indices where index == 0 || !characters[index - 1].isLetter {
            wordStarts[characters[index], default: []].append(index)
        }
        for phrase in phrases {
            let pattern = Array(phrase)
            guard let first = pattern.first, pattern.count <= characters.count, let starts = wordStarts[first] else { continue }
            var next = 0
            for start in starts where start >= next {
                let end = start + pattern.count
                if end <= characters.count, characters[start..<end].elementsEqual(pattern),
                   end == characters.count || !characters[end].isLetter,
                   !taken[start..<end].contains(true) {
                    for index in start..<end { taken[index] = true }
                    found.append((phrase, start..<end))
                    next = end
                }
            }
        }
        return found.sorted { $0.1.lowerBound < $1.1.lowerBound }
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
        var paragraph = Paragraph(characters: [], positions: [])
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
            paragraph.characters.append(character.isWhitespace ? " " : Character(character.lowercased()))
            paragraph.positions.append(last)
        }
        paragraphs = paragraph.characters.isEmpty ? [] : [paragraph]
    }

    /// How many places on from the last character found the next is looked for: enough for a
    /// closing quote, an escape, a line break and its indentation.
    static let searchReach = 40
}
