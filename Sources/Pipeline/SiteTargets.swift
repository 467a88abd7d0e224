import Content
import Site
import Templates

/// What the site has for links to land on: its pages and files, and each page's ids.
///
/// Ids are read from a page only when a link points into it, and then once: scanning every
/// rendered page would cost more than all the other link checks together.
final class SiteTargets {
    /// Every page.
    let routes: Set<Route>
    /// Every file below the output folder.
    let files: Set<String>
    /// The report's kinds, whose schemes entity links use.
    let kinds: [ContentKind]
    private let context: BuildContext
    /// The pages' bodies, the one-page report's with them, for the ids of pages not rendered.
    private let bodies: [Route: RenderedBody]
    private var idsByRoute: [Route: Set<String>?] = [:]

    init(context: BuildContext, bodies: [Route: RenderedBody]) {
        self.context = context
        self.bodies = bodies
        let graph = context.graph
        kinds = graph.kinds
        let plans = context.plans
        routes = Set(plans.map(\.route))
        var files = Set(context.files.keys).union(plans.map(\.route.outputFile))
        files.formUnion(context.themeFiles.assets.keys.map { "assets/" + $0 })
        files.formUnion(graph.content.dataTables.map { Route.dataFile($0.name, format: $0.format) })
        self.files = files
    }

    /// The page or file a path lands on, as a route (a file's route is its path).
    func resolve(_ path: String) -> Route? {
        if files.contains(path) { return Route(path) }
        let folder = path.isEmpty || path.hasSuffix("/") ? path : path + "/"
        if files.contains(folder + "index.html") { return Route(folder) }
        return nil
    }

    /// The ids of a page, or nil when they are unknown (a file that is not a page).
    func ids(of route: Route) -> Set<String>? {
        if let known = idsByRoute[route] { return known }
        var ids: Set<String>?
        if let html = context.files[route.outputFile] {
            ids = HTMLIDs.find(in: String(decoding: html, as: UTF8.self))
        } else if let body = bodies[route] {
            // Not rendered (the build has errors): the body's headings and the ids the theme writes.
            ids = Set(body.headings.map(\.id)).union(context.theme?.sectionIDs ?? [])
        }
        idsByRoute[route] = ids
        return ids
    }
}
