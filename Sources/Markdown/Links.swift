internal import CCmark

/// A link or image of the document, as written by the author.
public struct LinkReference: Sendable, Equatable {
    /// Whether the reference is a link or an image.
    public enum Kind: Sendable, Equatable {
        /// `[text](destination)`, a reference link, or an autolink `<https://…>`.
        case link
        /// `![alt](source)`.
        case image
    }

    /// Link or image.
    public var kind: Kind
    /// The destination as cmark read it: surrounding `<…>` removed, backslash escapes and entities
    /// resolved, not percent-encoded (`country:belarus#gas`). Email autolinks get `mailto:`.
    public var destination: String
    /// The link title (`[a](b "title")`), empty when there is none.
    public var title: String
    /// The plain text of the link's content; for an image, its alt text.
    public var text: String
    /// Where the destination starts in the source, e.g. the `c` of `country:belarus` in
    /// `[Belarus](country:belarus)`. For a reference link (`[Belarus][by]`) it is the destination
    /// in the link reference definition; for an autolink the character after `<`.
    public var position: SourcePosition

    /// Creates a link reference.
    public init(kind: Kind, destination: String, title: String, text: String, position: SourcePosition) {
        self.kind = kind
        self.destination = destination
        self.title = title
        self.text = text
        self.position = position
    }
}

extension MarkdownDocument {
    /// Every link and image, in document order (an image inside a link comes after the link).
    ///
    /// Destinations reflect any ``rewriteLinks(_:)`` done so far; positions always point at
    /// what the author wrote.
    public var links: [LinkReference] {
        linkNodes().map(reference)
    }

    /// Rewrites link and image destinations: `transform` sees each ``LinkReference`` in document
    /// order and returns the new destination, or nil to keep it. All calls happen before the tree
    /// changes, so if `transform` throws, nothing is rewritten.
    public func rewriteLinks(_ transform: (LinkReference) throws -> String?) rethrows {
        let nodes = linkNodes()
        var changes: [(OpaquePointer, String)] = []
        for node in nodes {
            if let destination = try transform(reference(node)) { changes.append((node, destination)) }
        }
        for (node, destination) in changes {
            cmark_node_set_url(node, destination)
        }
    }

    func linkNodes() -> [OpaquePointer] {
        Node.collect(root, types: [CMARK_NODE_LINK.rawValue, CMARK_NODE_IMAGE.rawValue])
    }

    func reference(_ node: OpaquePointer) -> LinkReference {
        let start = Node.start(node)
        return LinkReference(
            kind: Node.type(node) == CMARK_NODE_IMAGE ? .image : .link,
            destination: Node.url(node),
            title: Node.title(node),
            text: Node.inlineText(node),
            position: destinationPositions[node] ?? source.position(line: start.line, byteColumn: start.column))
    }
}
