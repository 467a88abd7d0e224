import Site

/// Builds the report graph and checks its cross-file references.
public struct IndexStage: BuildStage {
    public let name = "index"

    public init() {}

    public func run(_ context: inout BuildContext) {
        guard let content = context.content else { return }
        let graph = ReportGraph(content: content, drafts: context.skippedDrafts)
        context.graph = graph
        context.plans = PageCatalog.pages(of: graph, strings: context.strings)
        context.diagnostics += Validation.check(graph)
    }
}
