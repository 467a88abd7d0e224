import Site

/// Every page's Markdown after the passes, and the links between the pages (the markdown stage's product).
public struct PageBodies: Sendable {
    /// Each page's body, by route.
    public var bodies: [Route: RenderedBody] = [:]
    /// Per page, the pages whose text links to it.
    public var backlinks: [Route: Set<Route>] = [:]
    /// The bodies processed by this build rather than taken from the cache.
    public var processed: Set<Route> = []
}

extension PageBodies {
    /// Every page's body with the one-page report's among them, for the stages that show or
    /// check every page.
    func including(_ report: OnePageReportBody) -> [Route: RenderedBody] {
        var all = bodies
        all[.report] = report.body
        return all
    }
}

/// The one-page report's body, made from every other page's (the one-page report stage's product);
/// nil when the build has no report page to make (an error before it).
public struct OnePageReportBody: Sendable {
    /// The body `/report/` shows.
    public var body: RenderedBody?
}

/// What the render stage did (its product).
public struct RenderedPages: Sendable {
    /// What each page's inputs hash to, by output file: equal keys, equal bytes.
    public var keys: [String: Int] = [:]
    /// The pages rendered by this build rather than taken from the cache.
    public var rendered: Set<Route> = []
}
