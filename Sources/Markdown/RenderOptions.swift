internal import CCmark

/// Options for ``MarkdownDocument/renderHTML(options:)``.
public struct RenderOptions: OptionSet, Sendable, Hashable {
    /// The raw option bits.
    public let rawValue: Int

    /// Creates options from raw bits.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Lets authors' raw HTML (HTML blocks and inline tags) and `javascript:`-style URLs through
    /// (cmark's `CMARK_OPT_UNSAFE`). Without it cmark writes `<!-- raw HTML omitted -->` instead.
    /// HTML inserted by the wrapper's passes (heading ids, directives) renders either way.
    public static let allowRawHTML = RenderOptions(rawValue: 1 << 0)

    /// Adds `data-sourcepos="line:col-line:col"` attributes to block elements (cmark's
    /// `CMARK_OPT_SOURCEPOS`; byte columns). Blocks replaced by passes carry none.
    public static let sourcePositions = RenderOptions(rawValue: 1 << 1)

    /// Renders soft line breaks as `<br />` (cmark's `CMARK_OPT_HARDBREAKS`).
    public static let hardBreaks = RenderOptions(rawValue: 1 << 2)

    /// The cmark option bits for `cmark_render_html`.
    var cmarkOptions: Int32 {
        var options = CMARK_OPT_DEFAULT
        if contains(.allowRawHTML) { options |= CMARK_OPT_UNSAFE }
        if contains(.sourcePositions) { options |= CMARK_OPT_SOURCEPOS }
        if contains(.hardBreaks) { options |= CMARK_OPT_HARDBREAKS }
        return Int32(options)
    }
}
