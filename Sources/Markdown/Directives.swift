internal import CCmark

/// A directive block: a fenced code block whose info string names a directive.
///
/// ````
/// ```table
/// data: gas-prices
/// ```
/// ````
public struct DirectiveBlock: Sendable, Equatable {
    /// The directive's name: the info string's first word (`table`).
    public var name: String
    /// The whole info string after the fence, trimmed (`table wide`).
    public var info: String
    /// The code block's literal text (for Dossier's directives, YAML), ending with a newline unless empty.
    public var body: String
    /// Where the opening fence starts.
    public var position: SourcePosition
    /// The line of the body's first line (the line after the opening fence). A position in the
    /// body at body line `l`, column `c` is at source line `bodyLine + l - 1`; its source column
    /// is `c` plus the fence's indentation (`position.column - 1`) when the body is indented like
    /// the fence, as inside list items and block quotes.
    public var bodyLine: Int

    /// Creates a directive block.
    public init(name: String, info: String, body: String, position: SourcePosition, bodyLine: Int) {
        self.name = name
        self.info = info
        self.body = body
        self.position = position
        self.bodyLine = bodyLine
    }
}

extension MarkdownDocument {
    /// The directive blocks whose name is in `names`, in document order. Fences with any other
    /// info string, and indented code blocks, are ordinary code.
    public func directives(named names: Set<String>) -> [DirectiveBlock] {
        directiveNodes(named: names).map(\.block)
    }

    /// Replaces directive blocks by generator HTML.
    ///
    /// `render` sees each directive named in `names`, in document order. A string replaces the
    /// code block by a custom block whose HTML is that string (rendered even in safe mode, as is);
    /// nil leaves the code block, which renders as `<pre><code class="language-name">`. All calls
    /// happen before the tree changes, so if `render` throws, nothing is replaced.
    public func replaceDirectives(named names: Set<String>, with render: (DirectiveBlock) throws -> String?) rethrows {
        var replacements: [(OpaquePointer, String)] = []
        for (node, block) in directiveNodes(named: names) {
            if let html = try render(block) { replacements.append((node, html)) }
        }
        for (node, html) in replacements {
            Node.replace(node, with: Node.makeCustom(CMARK_NODE_CUSTOM_BLOCK, onEnter: html))
        }
    }

    private func directiveNodes(named names: Set<String>) -> [(node: OpaquePointer, block: DirectiveBlock)] {
        Node.collect(root, types: [CMARK_NODE_CODE_BLOCK.rawValue]).compactMap { node in
            guard cmark_node_get_fence_info(node) != nil else { return nil }
            let info = Node.fenceInfo(node).trimmingSpaces
            let name = String(info.prefix { $0 != " " && $0 != "\t" })
            guard !name.isEmpty, names.contains(name) else { return nil }
            let start = Node.start(node)
            return (node, DirectiveBlock(
                name: name,
                info: info,
                body: Node.literal(node),
                position: source.position(line: start.line, byteColumn: start.column),
                bodyLine: start.line + 1))
        }
    }
}
