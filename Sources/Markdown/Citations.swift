internal import CCmark

/// A `cite:` link of the document: `[RFE/RL](cite:rferl-2006-01-13)` cites the source whose id is
/// `rferl-2006-01-13` where the text relies on it; `[](cite:rferl-2006-01-13)`, with no text, is the bare
/// form, which shows only the note's number.
public struct CitationMarker: Sendable, Equatable {
    /// The cited source's id.
    public var id: String
    /// The link's text, shown before the note's number; empty for the bare form.
    public var text: String
    /// Where the destination (`cite:…`) is written.
    public var position: SourcePosition
}

extension MarkdownDocument {
    /// The scheme of a link that cites a source.
    public static let citationScheme = "cite:"

    /// Every `cite:` link, in reading order.
    public var citations: [CitationMarker] {
        citationNodes().map(\.marker)
    }

    /// Replaces each `cite:` link by its text followed by the generator HTML `reference` returns for it
    /// (a note reference), called in reading order; for nil the link's text stays without a reference.
    /// Every call happens before the tree changes.
    public func replaceCitations(_ reference: (CitationMarker) -> String?) {
        let found = citationNodes()
        let references = found.map { reference($0.marker) }
        for ((node, _), html) in zip(found, references) {
            let replacement = Node.makeCustom(CMARK_NODE_CUSTOM_INLINE, onEnter: "", onExit: html ?? "")
            // append_child unlinks each child from the link first.
            while let child = cmark_node_first_child(node) {
                cmark_node_append_child(replacement, child)
            }
            Node.replace(node, with: replacement)
        }
    }

    private func citationNodes() -> [(node: OpaquePointer, marker: CitationMarker)] {
        linkNodes().compactMap { node in
            guard Node.type(node) == CMARK_NODE_LINK else { return nil }
            let link = reference(node)
            guard link.destination.hasPrefix(Self.citationScheme) else { return nil }
            return (node, CitationMarker(id: String(link.destination.dropFirst(Self.citationScheme.count)), text: link.text,
                                         position: link.position))
        }
    }
}
