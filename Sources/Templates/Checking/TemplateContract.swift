/// What the code renders with a theme, and with which view models: the contract the template
/// checker holds the theme to. The pipeline that renders the pages says what it is.
public struct TemplateContract: Sendable {
    /// The page templates every theme must have, each with the view models in scope at its top.
    public var pages: [String: [any ViewModel.Type]]
    /// The partials the code renders on their own (directives, parts of a page), each with the
    /// view models it renders; checked when the theme has them.
    public var partials: [String: [any ViewModel.Type]]

    /// A contract of `pages` and `partials`.
    public init(pages: [String: [any ViewModel.Type]], partials: [String: [any ViewModel.Type]]) {
        self.pages = pages
        self.partials = partials
    }

    /// Every template checked from the top, with its view models.
    var roots: [String: [any ViewModel.Type]] { pages.merging(partials) { page, _ in page } }
}
