/// What the code renders with a theme, and with which view models: the contract the template
/// checker holds the theme to. The pipeline that renders the pages says what it is.
public struct TemplateContract: Sendable {
    /// The page templates every theme must have, each with the view models in scope at its top.
    public var pages: [String: [any ViewModel.Type]]
    /// The partials the code renders on their own (directives, parts of a page), each with the
    /// view models it renders; checked when the theme has them.
    public var partials: [String: [any ViewModel.Type]]

    /// Whether the theme must have strings (`strings/en.yaml` with every key the engine writes, and the
    /// report's language): the pipeline's views write them; a theme tried on its own may have none.
    public var needsStrings: Bool

    /// A contract of `pages` and `partials`.
    public init(pages: [String: [any ViewModel.Type]], partials: [String: [any ViewModel.Type]], needsStrings: Bool = false) {
        self.pages = pages
        self.partials = partials
        self.needsStrings = needsStrings
    }

    /// Every template checked from the top, with its view models.
    var roots: [String: [any ViewModel.Type]] { pages.merging(partials) { page, _ in page } }
}
