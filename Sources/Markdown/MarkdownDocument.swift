internal import CCmark

/// A parsed CommonMark document: owns a libcmark tree, runs Dossier's passes over it
/// (heading ids, link rewriting, directive blocks) and renders it to HTML.
///
/// Parsing uses smart punctuation (`CMARK_OPT_SMART`) and UTF-8 validation. Every position the
/// document reports is a ``SourcePosition`` relative to the text given to ``init(parsing:)``.
///
/// Not `Sendable`: create, transform and render a document within one task. The passes mutate
/// the tree in place; the tree is freed when the document is deinitialized.
public final class MarkdownDocument {
    /// The document node; owned.
    let root: OpaquePointer
    /// The text cmark parsed, for positions.
    let source: SourceText
    /// Where each link's or image's destination is written, keyed by node, found once after parsing
    /// (before any pass moves nodes into blocks without positions).
    let destinationPositions: [OpaquePointer: SourcePosition]
    /// Where authors' raw HTML starts: every HTML block and inline HTML tag, in document order.
    ///
    /// Unless rendered with `allowRawHTML`, cmark omits these; callers can warn about each.
    public let rawHTMLPositions: [SourcePosition]
    /// The outline from the first ``assignHeadingIDs(reserving:)`` call.
    var assignedHeadings: [Heading]?

    /// Parses UTF-8 bytes (for example a file's contents). Invalid UTF-8 is replaced by U+FFFD
    /// before parsing, as cmark's `CMARK_OPT_VALIDATE_UTF8` would, so positions stay consistent.
    public convenience init(parsingUTF8 bytes: some Sequence<UInt8>, smartPunctuation: Bool = true) {
        self.init(parsing: String(decoding: Array(bytes), as: UTF8.self), smartPunctuation: smartPunctuation)
    }

    /// Parses CommonMark text.
    ///
    /// - Parameters:
    ///   - text: the Markdown (without front matter). A leading byte-order mark is ignored, so
    ///     line 1 column 1 is the first visible character.
    ///   - smartPunctuation: curly quotes, dashes and ellipses (`CMARK_OPT_SMART`), as Dossier
    ///     renders reports; false gives plain CommonMark.
    public init(parsing text: String, smartPunctuation: Bool = true) {
        let source = SourceText(text)
        var options = CMARK_OPT_VALIDATE_UTF8
        if smartPunctuation { options |= CMARK_OPT_SMART }
        let parsed: OpaquePointer? = source.bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let base = chars.baseAddress, !chars.isEmpty else {
                    return cmark_parse_document("", 0, Int32(options))
                }
                return cmark_parse_document(base, chars.count, Int32(options))
            }
        }
        guard let parsed else { fatalError("cmark_parse_document: out of memory") }
        self.root = parsed
        self.source = source
        let index = PositionIndex(root: parsed, source: source)
        self.destinationPositions = index.destinations
        self.rawHTMLPositions = index.rawHTML
    }

    deinit {
        cmark_node_free(root)
    }

    /// Renders the document (with every pass applied so far) as HTML with `cmark_render_html`.
    ///
    /// - Parameter allowRawHTML: pass authors' raw HTML through (`CMARK_OPT_UNSAFE`); when false
    ///   cmark replaces it with `<!-- raw HTML omitted -->`. Generator HTML from the passes always renders.
    public func renderHTML(allowRawHTML: Bool = false) -> String {
        renderHTML(options: allowRawHTML ? [.allowRawHTML] : [])
    }

    /// Renders the document as HTML with the given options.
    public func renderHTML(options: RenderOptions) -> String {
        guard let html = cmark_render_html(root, options.cmarkOptions) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }
}

/// A document owns a mutable C tree: it must not cross concurrency domains.
@available(*, unavailable)
extension MarkdownDocument: Sendable {}
