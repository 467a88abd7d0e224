import Markdown

/// The editor position of the `occurrence`-th `needle` in `text` (1-based line, Unicode-scalar
/// column; lines split at `\n`), computed independently of the wrapper to state expectations.
func position(of needle: String, occurrence: Int = 1, in text: String) -> SourcePosition? {
    var seen = 0
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        for range in line.ranges(of: needle) {
            seen += 1
            if seen == occurrence {
                return SourcePosition(line: index + 1, column: line.unicodeScalars[line.startIndex..<range.lowerBound].count + 1)
            }
        }
    }
    return nil
}

extension StringProtocol {
    /// How many times `needle` occurs (non-overlapping).
    func occurrences(of needle: String) -> Int { ranges(of: needle).count }
}
