import Diagnostics
import Content

/// The ids citations name: each must name one source, among the report's shared sources and the
/// page's own, so that `cite:` links are never ambiguous.
enum SourceIDs {
    /// A problem for every id given twice in `Content/sources.yaml`, or on one page, or on a page
    /// and in the shared file, at the second of the two.
    static func duplicates(_ graph: ReportGraph) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var shared: [String: SourceLocation] = [:]
        for id in graph.content.sharedSources.compactMap(\.id) {
            if let first = shared[id.value] {
                problems.append(duplicate(id, first: first))
            } else {
                shared[id.value] = id.location
            }
        }
        let documents: [any AnyDocument] = (graph.content.overview.map { [$0] } ?? [])
            + graph.kinds.flatMap { graph.content.documents(of: $0) }
        for document in documents {
            var own: [String: SourceLocation] = [:]
            for id in document.common.sources.compactMap(\.id) {
                if let first = own[id.value] ?? shared[id.value] {
                    problems.append(duplicate(id, first: first))
                } else {
                    own[id.value] = id.location
                }
            }
        }
        return problems
    }

    private static func duplicate(_ id: Located<String>, first: SourceLocation) -> Diagnostic {
        Diagnostic(.error, at: id.location, code: .duplicateSourceID,
                   "the source id '\(id.value)' is already given at \(first)",
                   hint: "give each source its own id; a shared source is cited from any page without listing it again")
    }
}
