import Diagnostics
import Content
import Dispatch
import Foundation

/// Runs one stage on the build's context while others run beside it on copies of the context.
///
/// The stages beside it must only add files and diagnostics. The one-page report, the search
/// index and the sitemap and feed each depend only on the pages' bodies, and each is mostly one
/// thread's work: side by side they keep both cores busy.
struct StagesSideBySide: BuildStage {
    /// The stage that works on the build's own context.
    let main: any BuildStage
    /// Stages that only add files and diagnostics.
    let beside: [any BuildStage]

    var name: String { ([main] + beside).map(\.name).joined(separator: "+") }

    func run(_ context: inout BuildContext) {
        let snapshot = context
        let results = Results(count: beside.count)
        let stages = beside
        // Each stage beside works on the context as it was before the main stage ran, run in parallel or not.
        @Sendable func runBeside(_ index: Int) {
            var copy = snapshot
            copy.files = [:]
            stages[index].run(&copy)
            results.store(index, files: copy.files, diagnostics: Array(copy.diagnostics.dropFirst(snapshot.diagnostics.count)))
        }
        let group = DispatchGroup()
        if context.options.parallel {
            for index in beside.indices { DispatchQueue.global().async(group: group) { runBeside(index) } }
        }
        main.run(&context)
        if context.options.parallel {
            group.wait()
        } else {
            beside.indices.forEach(runBeside)
        }
        for (files, diagnostics) in results.all {
            context.files.merge(files) { _, new in new }
            context.diagnostics += diagnostics
        }
    }

    /// What each stage beside the main one added, by its position.
    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [(files: [String: Data], diagnostics: [Diagnostic])]

        init(count: Int) { slots = Array(repeating: ([:], []), count: count) }

        func store(_ index: Int, files: [String: Data], diagnostics: [Diagnostic]) {
            lock.withLock { slots[index] = (files, diagnostics) }
        }

        var all: [(files: [String: Data], diagnostics: [Diagnostic])] { lock.withLock { slots } }
    }
}
