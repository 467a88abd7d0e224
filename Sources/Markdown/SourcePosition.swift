/// A 1-based line and column in the Markdown text given to ``MarkdownDocument/init(parsing:)``.
///
/// Lines are counted the way CommonMark counts them: a line ends at `\n`, `\r\n` or `\r`.
/// Columns count **Unicode scalars** (code points) from the start of the line, so `é`, `ж` or
/// `日` each advance the column by one, as most editors show it (and as libyaml/Yams marks count);
/// a tab counts as one column. cmark itself counts UTF-8 bytes; the wrapper converts.
///
/// Positions are relative to the text that was parsed: a caller that stripped front matter
/// adds its own line offset.
public struct SourcePosition: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column, counted in Unicode scalars.
    public var column: Int

    /// Creates a position from a 1-based line and column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// Orders positions by line, then column.
    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    /// `line:column`, as used in compiler-style diagnostics.
    public var description: String { "\(line):\(column)" }
}
