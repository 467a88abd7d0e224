internal import CCmark

/// Thin, non-owning helpers over a `cmark_node *`.
///
/// The tree is owned by ``MarkdownDocument``; these helpers never free anything except where a
/// pass explicitly unlinks and frees a node it replaced.
enum Node {
    /// Walks the tree under `root` in document order with cmark's iterator, calling `body` with each
    /// node and whether the event is an ENTER (leaf nodes only get ENTER). The tree must not be
    /// changed from inside `body`: collect nodes, then edit after the walk.
    static func walk(_ root: OpaquePointer, _ body: (OpaquePointer, _ entering: Bool) throws -> Void) rethrows {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            try body(node, event == CMARK_EVENT_ENTER)
        }
    }

    /// Every node of the given types under `root`, in document order (ENTER events).
    static func collect(_ root: OpaquePointer, types: Set<UInt32>) -> [OpaquePointer] {
        var found: [OpaquePointer] = []
        walk(root) { node, entering in
            if entering, types.contains(cmark_node_get_type(node).rawValue) { found.append(node) }
        }
        return found
    }

    static func type(_ node: OpaquePointer) -> cmark_node_type { cmark_node_get_type(node) }

    static func literal(_ node: OpaquePointer) -> String { string(cmark_node_get_literal(node)) }
    static func url(_ node: OpaquePointer) -> String { string(cmark_node_get_url(node)) }
    static func title(_ node: OpaquePointer) -> String { string(cmark_node_get_title(node)) }
    static func fenceInfo(_ node: OpaquePointer) -> String { string(cmark_node_get_fence_info(node)) }

    /// cmark's start position: 1-based line and 1-based UTF-8 byte column (0 for nodes the wrapper created).
    static func start(_ node: OpaquePointer) -> (line: Int, column: Int) {
        (Int(cmark_node_get_start_line(node)), Int(cmark_node_get_start_column(node)))
    }

    /// cmark's end position: 1-based line and 1-based UTF-8 byte column of the last byte.
    static func end(_ node: OpaquePointer) -> (line: Int, column: Int) {
        (Int(cmark_node_get_end_line(node)), Int(cmark_node_get_end_column(node)))
    }

    static func isBlock(_ type: cmark_node_type) -> Bool {
        type.rawValue >= CMARK_NODE_FIRST_BLOCK.rawValue && type.rawValue <= CMARK_NODE_LAST_BLOCK.rawValue
    }

    /// The plain text of a node's inline content: text and code literals, breaks as spaces, raw HTML
    /// left out. Used for heading text, link text and image alt text.
    static func inlineText(_ node: OpaquePointer) -> String {
        var text = ""
        walk(node) { child, entering in
            guard entering else { return }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += literal(child)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            default: break
            }
        }
        return text
    }

    /// A new custom node (block or inline) whose HTML renderer output is `onEnter` / `onExit`.
    static func makeCustom(_ type: cmark_node_type, onEnter: String, onExit: String = "") -> OpaquePointer {
        guard let node = cmark_node_new(type) else { fatalError("cmark_node_new: out of memory") }
        cmark_node_set_on_enter(node, onEnter)
        cmark_node_set_on_exit(node, onExit)
        return node
    }

    /// Puts `replacement` where `node` is and frees `node` (with whatever children it still has).
    static func replace(_ node: OpaquePointer, with replacement: OpaquePointer) {
        cmark_node_insert_before(node, replacement)
        cmark_node_free(node)
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
