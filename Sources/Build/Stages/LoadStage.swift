import Content
import Templates

/// Reads `Content/` into typed documents and `Templates/` into a theme.
public struct LoadStage: BuildStage {
    public let name = "load"

    public init() {}

    public func run(_ context: inout BuildContext) {
        let loader = ContentLoader(root: context.options.source, includeDrafts: context.options.includeDrafts)
        let result = loader.load()
        context.diagnostics += result.diagnostics
        context.skippedDrafts = result.skippedDrafts
        if var content = result.content {
            if let baseURL = context.options.baseURL {
                content.site.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
            }
            context.content = content
        }
        let (theme, problems) = Theme.load(from: context.options.source.appendingPathComponent("Templates"))
        context.theme = theme
        context.diagnostics += problems
    }
}
