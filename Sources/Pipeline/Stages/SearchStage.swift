import Diagnostics
import Content
import Foundation
import Site
import Templates

/// Writes the client-side search index of every page (but the search page itself, the not-found
/// page and the one-page report, which repeats them all).
public struct SearchStage: BuildStage {
    public let name = "search"

    public init() {}

    public func run(_ context: inout BuildContext) {
        guard context.graph != nil, !context.failed else { return }
        let snapshot = context
        let script = context.cache.memo("search", key: context.publishingKey) { () -> Result<Data, SearchIndexError> in
            let index = SearchIndex(plans: SearchCoverage.indexed(snapshot.plans), bodies: snapshot.bodies,
                                    linker: Linker(page: .search, explicitIndex: snapshot.options.explicitIndex), cache: snapshot.cache)
            return Result { try index.script() }.mapError { SearchIndexError(message: "\($0)") }
        }
        switch script {
        case .success(let data):
            context.files[SearchIndex.file] = data
        case .failure(let error):
            context.diagnostics.append(Diagnostic(.error, at: SourceLocation(file: SearchIndex.file, line: 1, column: 1),
                                                  code: "search-index-failed", "cannot write the search index: \(error.message)"))
        }
    }
}

/// Why the search index could not be written.
struct SearchIndexError: Error {
    var message: String
}
