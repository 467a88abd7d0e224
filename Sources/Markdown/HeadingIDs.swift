internal import CCmark

/// A heading of the document, with the id the heading-ids pass gave it: one entry of the outline.
public struct Heading: Sendable, Equatable {
    /// 1 to 6, as in `<h1>`…`<h6>`.
    public var level: Int
    /// The heading's plain text (after smart punctuation; markup and raw HTML left out).
    public var text: String
    /// The heading's `id` attribute in the rendered HTML, unique in the document.
    public var id: String

    /// Creates an outline entry.
    public init(level: Int, text: String, id: String) {
        self.level = level
        self.text = text
        self.id = id
    }
}

extension MarkdownDocument {
    /// Gives every heading a unique, stable id and returns the outline, in document order.
    ///
    /// Ids come from ``Slug/make(_:)`` (`## The gas war` → `the-gas-war`); a repeat gets `-2`,
    /// `-3`, …; ids in `reserved` (e.g. ids the page template uses) are never given out.
    /// The rendered heading is `<h2 id="the-gas-war">The gas war</h2>`, also in safe mode: the
    /// heading node is replaced by a custom block holding a custom inline whose enter/exit HTML
    /// is the `<hN id="…">` / `</hN>` pair, with the heading's inline content moved under it.
    ///
    /// The pass runs once; later calls return the first call's outline.
    @discardableResult
    public func assignHeadingIDs(reserving reserved: Set<String> = []) -> [Heading] {
        if let assignedHeadings { return assignedHeadings }
        var used = reserved
        var outline: [Heading] = []
        let headings = Node.collect(root, types: [CMARK_NODE_HEADING.rawValue])
        for heading in headings {
            let level = Int(cmark_node_get_heading_level(heading))
            let text = Node.inlineText(heading).trimmingSpaces
            let id = Slug.unique(Slug.make(text), in: &used)
            outline.append(Heading(level: level, text: text, id: id))
        }
        for (heading, entry) in zip(headings, outline) {
            let block = Node.makeCustom(CMARK_NODE_CUSTOM_BLOCK, onEnter: "")
            let inline = Node.makeCustom(
                CMARK_NODE_CUSTOM_INLINE,
                onEnter: "<h\(entry.level) id=\"\(entry.id.escapedForHTMLAttribute)\">",
                onExit: "</h\(entry.level)>")
            cmark_node_append_child(block, inline)
            while let child = cmark_node_first_child(heading) {
                cmark_node_append_child(inline, child)
            }
            Node.replace(heading, with: block)
        }
        assignedHeadings = outline
        return outline
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }

    /// The string with `&`, `<`, `>` and `"` escaped for an HTML attribute value.
    var escapedForHTMLAttribute: String {
        var escaped = ""
        for character in self {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
