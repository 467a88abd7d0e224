import Content
import Site

/// One edition of the report as its readers had it: which edition it is, and its report graph.
public struct EditionSnapshot: Sendable {
    /// Its id, date and title.
    public var edition: Edition
    /// The commit it was read from; nil for the edition being built from the working files.
    public var commit: String?
    /// Its report graph.
    public var graph: ReportGraph

    /// The edition `edition`, with its graph.
    public init(edition: Edition, commit: String? = nil, graph: ReportGraph) {
        self.edition = edition
        self.commit = commit
        self.graph = graph
    }

    /// The edition the working files hold, as `site.yaml` names it.
    public init(current graph: ReportGraph) {
        self.init(edition: graph.content.site.currentEdition, graph: graph)
    }
}
