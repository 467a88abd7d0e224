import Content
import Foundation
import Site
import Templates

/// Writes the client-side search index of every page (but the search page itself, the not-found
/// page and the one-page report, which repeats them all).
public struct SearchStage: BuildStage {
    public let name = "search"

    public let reads: [any Sendable.Type] = [PageBodies.self]

    public init() {}

    public func run(_ context: inout BuildContext) {
        guard let theme = context.theme, !context.failed else { return }
        let snapshot = context
        // The index carries the search script's words, which come with the theme's strings, as every template's key does.
        let key = context.publishingKey ^ context.inputs.key([.template("search")])
        context.files[SearchIndex.file] = context.cache.memo("search", key: key) {
            SearchIndex.script(plans: SearchCoverage.indexed(snapshot.plans), bodies: snapshot[PageBodies.self].bodies,
                               linker: Linker(page: .search, strings: theme.strings, explicitIndex: snapshot.options.explicitIndex),
                               cache: snapshot.cache, parallel: snapshot.options.parallel)
        }
    }
}
