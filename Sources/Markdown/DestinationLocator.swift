internal import CCmark

/// Finds where link destinations and inline HTML are written in the source. Lives only while
/// a ``PositionIndex`` is built.
final class DestinationLocator {
    let source: SourceText
    /// Where link reference definitions (`[label]: destination`) spell each URL, first one wins;
    /// built on first use from every `]:` followed by a destination.
    private lazy var definitions: [String: Int] = findDefinitions()

    /// The last offset converted to a position, so that positions found left to right on one long
    /// line are counted incrementally rather than from the line's start each time.
    private var lastConverted: (offset: Int, position: SourcePosition)?

    init(source: SourceText) {
        self.source = source
    }

    /// ``SourceText/position(ofOffset:)``, counting on from the previous conversion when it is
    /// earlier on the same line.
    private func position(ofOffset offset: Int) -> SourcePosition {
        let line = source.line(containing: offset)
        var position: SourcePosition
        if let last = lastConverted, last.position.line == line, last.offset <= offset, offset <= source.bytes.count {
            position = last.position
            for byte in source.bytes[last.offset..<offset] where byte & 0xC0 != 0x80 { position.column += 1 }
        } else {
            position = source.position(ofOffset: offset)
        }
        lastConverted = (offset, position)
        return position
    }

    /// A located position, and the byte offset just past the syntax found (nil when it was
    /// found outside the enclosing block, e.g. in a link reference definition).
    typealias Found = (position: SourcePosition, end: Int?)

    private static let backslash = UInt8(ascii: "\\")
    private static let ampersand = UInt8(ascii: "&")

    func locate(_ node: OpaquePointer, isImage: Bool, block: Range<Int>, cursor: Int) -> Found {
        let url = Node.url(node)
        let hintStart = Node.start(node), hintEnd = Node.end(node)
        // 1. cmark's own span, when it checks out against the text.
        if let start = source.offset(line: hintStart.line, byteColumn: hintStart.column),
           let end = source.offset(line: hintEnd.line, byteColumn: hintEnd.column), start < end {
            let opener: [UInt8] = isImage ? [UInt8(ascii: "!"), UInt8(ascii: "[")] : [UInt8(ascii: "[")]
            if !isImage, source[start] == UInt8(ascii: "<"), source[end] == UInt8(ascii: ">"),
               autolink(start + 1..<end, matches: url) {
                return (position(ofOffset: start + 1), end + 1)
            }
            if source.matches(opener, at: start) {
                if source[end] == UInt8(ascii: ")"),
                   let destination = lastInlineDestination(in: start..<end, matching: url) {
                    return (position(ofOffset: destination), end + 1)
                }
                if source[end] == UInt8(ascii: "]"), let definition = definition(of: url) {
                    return (position(ofOffset: definition), end + 1)
                }
            }
        }
        // 2. The next inline destination or autolink in the block that spells this URL.
        if let found = nextDestination(in: max(cursor, block.lowerBound)..<block.upperBound, matching: url, allowAutolink: !isImage) {
            return (position(ofOffset: found.start), found.end)
        }
        // 3. A reference link: its link reference definition.
        if let definition = definition(of: url) {
            return (position(ofOffset: definition), nil)
        }
        // 4. Give up gracefully: cmark's position, or the block's start.
        return (fallbackPosition(hintStart, block: block), nil)
    }

    func locateInlineHTML(_ node: OpaquePointer, block: Range<Int>, cursor: Int) -> Found {
        let literal = Array(Node.literal(node).utf8.prefix { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") })
        let hint = Node.start(node)
        if !literal.isEmpty {
            if let start = source.offset(line: hint.line, byteColumn: hint.column), source.matches(literal, at: start) {
                return (position(ofOffset: start), start + literal.count)
            }
            var offset = max(cursor, block.lowerBound)
            while offset + literal.count <= block.upperBound {
                if source.matches(literal, at: offset) {
                    return (position(ofOffset: offset), offset + literal.count)
                }
                offset += 1
            }
        }
        return (fallbackPosition(hint, block: block), nil)
    }

    private func fallbackPosition(_ hint: (line: Int, column: Int), block: Range<Int>) -> SourcePosition {
        if hint.line >= 1, hint.line <= source.lineCount {
            return source.position(line: hint.line, byteColumn: hint.column)
        }
        return source.position(ofOffset: block.lowerBound)
    }

    // MARK: - Scanning

    /// The start of the last `](destination` in `range` whose destination is `url`.
    private func lastInlineDestination(in range: Range<Int>, matching url: String) -> Int? {
        var found: Int?
        var offset = range.lowerBound
        while offset + 1 < range.upperBound {
            if source[offset] == UInt8(ascii: "]"), source[offset + 1] == UInt8(ascii: "("),
               let destination = destination(at: offset + 2), destination.end <= range.upperBound,
               destination.matches(url, in: self) {
                found = destination.start
            }
            offset += 1
        }
        return found
    }

    /// The first `](destination` or `<autolink>` in `range` that spells `url`.
    private func nextDestination(in range: Range<Int>, matching url: String, allowAutolink: Bool) -> (start: Int, end: Int)? {
        var offset = range.lowerBound
        while offset < range.upperBound {
            let byte = source.bytes[offset]
            if byte == UInt8(ascii: "]"), source[offset + 1] == UInt8(ascii: "("),
               let destination = destination(at: offset + 2), destination.matches(url, in: self) {
                return (destination.start, destination.end)
            }
            if allowAutolink, byte == UInt8(ascii: "<"), let close = autolinkEnd(from: offset + 1, limit: range.upperBound),
               autolink(offset + 1..<close, matches: url) {
                return (offset + 1, close + 1)
            }
            offset += 1
        }
        return nil
    }

    /// The destination of the first link reference definition (`[label]: destination`) that spells `url`.
    private func definition(of url: String) -> Int? {
        definitions[url]
    }

    private func findDefinitions() -> [String: Int] {
        var definitions: [String: Int] = [:]
        var offset = 0
        let bytes = source.bytes
        while offset + 1 < bytes.count {
            if bytes[offset] == UInt8(ascii: "]"), bytes[offset + 1] == UInt8(ascii: ":"),
               let destination = destination(at: offset + 2), !destination.raw.isEmpty,
               let url = destination.url(in: self), definitions[url] == nil {
                definitions[url] = destination.start
            }
            offset += 1
        }
        return definitions
    }

    /// A link destination as CommonMark reads it after `](` or `]:`: optional whitespace with at
    /// most one line ending (the next line's container prefix, `>` and indentation, is skipped),
    /// then `<…>` or a run of non-space characters with balanced parentheses.
    private func destination(at offset: Int) -> Destination? {
        var i = offset
        skipSpaces(&i)
        if source[i] == UInt8(ascii: "\r") || source[i] == UInt8(ascii: "\n") {
            if source[i] == UInt8(ascii: "\r"), source[i + 1] == UInt8(ascii: "\n") { i += 1 }
            i += 1
            while let byte = source[i], byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: ">") { i += 1 }
        }
        if source[i] == UInt8(ascii: "<") {
            var j = i + 1
            while let byte = source[j], byte != UInt8(ascii: ">") {
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "<") { return nil }
                j += byte == Self.backslash ? 2 : 1
            }
            guard j < source.bytes.count else { return nil }
            return Destination(raw: i + 1..<j, pointy: true, end: j + 1)
        }
        var j = i, depth = 0
        while let byte = source[j], byte > 0x20, byte != 0x7F {
            if byte == Self.backslash, let next = source[j + 1], next.isASCIIPunctuation { j += 2; continue }
            if byte == UInt8(ascii: "(") { depth += 1 }
            if byte == UInt8(ascii: ")") {
                if depth == 0 { break }
                depth -= 1
            }
            j += 1
        }
        return Destination(raw: i..<j, pointy: false, end: j)
    }

    private func skipSpaces(_ i: inout Int) {
        while let byte = source[i], byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { i += 1 }
    }

    /// The `>` closing an autolink opened just before `offset`, on the same line.
    private func autolinkEnd(from offset: Int, limit: Int) -> Int? {
        var j = offset
        while j < limit, let byte = source[j] {
            if byte == UInt8(ascii: ">") { return j }
            if byte <= 0x20 || byte == UInt8(ascii: "<") { return nil }
            j += 1
        }
        return nil
    }

    private func autolink(_ raw: Range<Int>, matches url: String) -> Bool {
        let text = source.string(raw)
        if url == text || url == "mailto:" + text { return true }
        guard text.utf8.contains(Self.ampersand) else { return false }
        return Self.cmarkURL(of: "<" + text + ">") == url
    }

    /// A scanned link destination.
    private struct Destination {
        var raw: Range<Int>
        var pointy: Bool
        var end: Int
        var start: Int { raw.lowerBound }

        /// Whether cmark reads this spelling as `url` (backslash escapes and entities resolved).
        func matches(_ url: String, in locator: DestinationLocator) -> Bool {
            let bytes = locator.source.bytes[raw]
            if bytes.elementsEqual(url.utf8) { return true }
            guard bytes.contains(DestinationLocator.backslash) || bytes.contains(DestinationLocator.ampersand) else { return false }
            return self.url(in: locator) == url
        }

        /// The URL cmark reads from this spelling, or nil when it is not a valid destination.
        func url(in locator: DestinationLocator) -> String? {
            let text = locator.source.string(raw)
            let bytes = locator.source.bytes[raw]
            guard bytes.contains(DestinationLocator.backslash) || bytes.contains(DestinationLocator.ampersand) else { return text }
            return DestinationLocator.cmarkURL(of: pointy ? "[x](<" + text + ">)" : "[x](" + text + ")")
        }
    }

    /// The URL cmark gives the first link in `markdown`.
    private static func cmarkURL(of markdown: String) -> String? {
        var markdown = markdown
        let parsed = markdown.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parse_document($0.baseAddress, $0.count, CMARK_OPT_DEFAULT) }
        }
        guard let document = parsed else { return nil }
        defer { cmark_node_free(document) }
        return Node.collect(document, types: [CMARK_NODE_LINK.rawValue]).first.map(Node.url)
    }
}

extension UInt8 {
    /// ASCII punctuation, the characters CommonMark lets a backslash escape.
    var isASCIIPunctuation: Bool {
        (0x21...0x2F).contains(self) || (0x3A...0x40).contains(self) || (0x5B...0x60).contains(self) || (0x7B...0x7E).contains(self)
    }
}
