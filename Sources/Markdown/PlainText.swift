internal import CCmark

extension MarkdownDocument {
    /// The document's text without markup, for the search index and word counts.
    ///
    /// Text, inline code, image alt text and code blocks are kept; raw HTML and HTML inserted by
    /// passes are left out. Each block ends a line; soft breaks become spaces. Run after
    /// ``replaceDirectives(named:with:)`` to leave directive bodies out.
    public var plainText: String {
        var text = ""
        func endLine() {
            if !text.isEmpty, text.last != "\n" { text += "\n" }
        }
        Node.walk(root) { node, entering in
            let type = Node.type(node)
            switch type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                text += Node.literal(node)
            case CMARK_NODE_SOFTBREAK:
                text += " "
            case CMARK_NODE_LINEBREAK:
                text += "\n"
            case CMARK_NODE_CODE_BLOCK:
                endLine()
                text += Node.literal(node)
                endLine()
            default:
                if Node.isBlock(type), !entering || type == CMARK_NODE_THEMATIC_BREAK { endLine() }
            }
        }
        while text.last == "\n" { text.removeLast() }
        return text
    }
}
