internal import CCmark

/// Source positions of inline nodes, found once right after parsing.
///
/// cmark 0.30 records positions on inline nodes, but they are wrong in several cases: lazy
/// continuation lines (columns assume every line has the block's indentation), autolinks (columns
/// count from the start of the paragraph's text), and every line after a link whose destination
/// follows a line break (lines are one short). So each cmark position is only a hint: it is
/// checked against the text, and when it does not fit, the destination is found by scanning the
/// enclosing paragraph or heading in document order.
struct PositionIndex {
    /// Where each link's or image's destination starts, keyed by node.
    var destinations: [OpaquePointer: SourcePosition] = [:]
    /// Where each HTML block or inline HTML node starts, in document order.
    var rawHTML: [SourcePosition] = []

    init(root: OpaquePointer, source: SourceText) {
        let locator = DestinationLocator(source: source)
        var block = 0..<0        // byte range of the enclosing paragraph or heading
        var cursor = 0           // everything before it in `block` is already accounted for
        Node.walk(root) { node, entering in
            let type = Node.type(node)
            switch type {
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                guard entering else { return }
                block = source.range(lines: Node.start(node).line, Node.end(node).line)
                cursor = block.lowerBound
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                guard !entering else { return }
                let found = locator.locate(node, isImage: type == CMARK_NODE_IMAGE, block: block, cursor: cursor)
                destinations[node] = found.position
                if let end = found.end { cursor = max(cursor, end) }
            case CMARK_NODE_HTML_BLOCK:
                let start = Node.start(node)
                rawHTML.append(source.position(line: start.line, byteColumn: start.column))
            case CMARK_NODE_HTML_INLINE:
                let found = locator.locateInlineHTML(node, block: block, cursor: cursor)
                rawHTML.append(found.position)
                if let end = found.end { cursor = max(cursor, end) }
            default:
                break
            }
        }
    }
}
