/// The UTF-8 bytes handed to cmark, with a line table, so that cmark's byte-based positions can
/// be checked against the text and converted to ``SourcePosition``s (Unicode-scalar columns).
///
/// The bytes are exactly those cmark parses: valid UTF-8, no byte-order mark, and U+0000
/// replaced by U+FFFD (as cmark itself would), so byte offsets agree with cmark's.
struct SourceText {
    /// The whole text.
    let bytes: [UInt8]
    /// Offset of the first byte of each line (index 0 is line 1).
    let lineStarts: [Int]

    init(_ text: String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var utf8 = text.utf8[...]
        if utf8.starts(with: [0xEF, 0xBB, 0xBF]) { utf8 = utf8.dropFirst(3) }
        for byte in utf8 {
            if byte == 0 { bytes.append(contentsOf: [0xEF, 0xBF, 0xBD]) } else { bytes.append(byte) }
        }
        var starts = [0]
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            i += 1
            if byte == UInt8(ascii: "\r"), i < bytes.count, bytes[i] == UInt8(ascii: "\n") { i += 1 }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { starts.append(i) }
        }
        self.bytes = bytes
        self.lineStarts = starts
    }

    var lineCount: Int { lineStarts.count }

    /// The byte offset just past the last content byte of a 1-based line (before its line ending).
    func lineEnd(_ line: Int) -> Int {
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        while end > lineStarts[line - 1], bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") {
            end -= 1
        }
        return end
    }

    /// The byte offset of a cmark (line, byte column) pair, or nil when it is outside the text.
    func offset(line: Int, byteColumn: Int) -> Int? {
        guard line >= 1, line <= lineCount, byteColumn >= 1 else { return nil }
        let offset = lineStarts[line - 1] + byteColumn - 1
        return offset <= lineEnd(line) ? offset : nil
    }

    /// The 1-based line containing a byte offset.
    func line(containing offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// The editor position of a byte offset: its line, and the Unicode scalars before it on that line plus one.
    func position(ofOffset offset: Int) -> SourcePosition {
        let clamped = min(max(offset, 0), bytes.count)
        let line = line(containing: clamped)
        var column = 1
        for byte in bytes[lineStarts[line - 1]..<clamped] where byte & 0xC0 != 0x80 { column += 1 }
        return SourcePosition(line: line, column: column)
    }

    /// The editor position of a cmark (line, byte column) pair, clamped into the text.
    func position(line: Int, byteColumn: Int) -> SourcePosition {
        guard lineCount > 0, !bytes.isEmpty else { return SourcePosition(line: max(line, 1), column: 1) }
        let line = min(max(line, 1), lineCount)
        let offset = min(lineStarts[line - 1] + max(byteColumn, 1) - 1, lineEnd(line))
        return position(ofOffset: offset)
    }

    /// Byte range of the 1-based lines `first...last`, clamped into the text.
    func range(lines first: Int, _ last: Int) -> Range<Int> {
        let first = min(max(first, 1), lineCount)
        let last = min(max(last, first), lineCount)
        return lineStarts[first - 1]..<lineEnd(last)
    }

    subscript(offset: Int) -> UInt8? {
        offset >= 0 && offset < bytes.count ? bytes[offset] : nil
    }

    /// Whether the bytes at `offset` are exactly `pattern`.
    func matches(_ pattern: some Collection<UInt8>, at offset: Int) -> Bool {
        guard offset >= 0, offset + pattern.count <= bytes.count else { return false }
        return bytes[offset..<(offset + pattern.count)].elementsEqual(pattern)
    }

    /// The text of a byte range.
    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}
