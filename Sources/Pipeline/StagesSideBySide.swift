import Diagnostics
import Content
import Dispatch
import Foundation

/// Runs one stage on the build's context while others run beside it on copies of the context.
///
/// The stages beside it must only add files and diagnostics, and read nothing the main stage
/// makes (they see the context as it was before it). The one-page report, the search
/// index and the sitemap and feed each depend only on the pages' bodies, and each is mostly one
/// thread's work: side by side they keep both cores busy.
struct StagesSideBySide: BuildStage {
    /// The stage that works on the build's own context.
    let main: any BuildStage
    /// Stages that only add files and diagnostics.
    let beside: [any BuildStage]

    var name: String { ([main] + beside).map(\.name).joined(separator: "+") }
    var reads: [any Sendable.Type] { ([main] + beside).flatMap(\.reads) }
    var makes: [any Sendable.Type] { ([main] + beside).flatMap(\.makes) }

    func run(_ context: inout BuildContext) {
        let snapshot = context
        let results = Results(count: beside.count)
        let stages = beside
        // Each stage beside works on the context as it was before the main stage ran, run in parallel or not.
        @Sendable func runBeside(_ index: Int) {
            var copy = snapshot
            copy.files = [:]
            copy.run(stages[index])
            results.store(index, files: copy.files, diagnostics: Array(copy.diagnostics.dropFirst(snapshot.diagnostics.count)),
                          products: stages[index].makes.compactMap { copy.made($0) })
        }
        let group = DispatchGroup()
        if context.options.parallel {
            for index in beside.indices { DispatchQueue.global().async(group: group) { runBeside(index) } }
        }
        context.run(main)
        if context.options.parallel {
            group.wait()
        } else {
            beside.indices.forEach(runBeside)
        }
        for slot in results.all {
            context.files.merge(slot.files) { _, new in new }
            context.diagnostics += slot.diagnostics
            slot.products.forEach { context.keep($0) }
        }
    }

    /// What each stage beside the main one added, by its position.
    private final class Results: @unchecked Sendable {
        typealias Slot = (files: [String: Data], diagnostics: [Diagnostic], products: [any Sendable])
        private let lock = NSLock()
        private var slots: [Slot]

        init(count: Int) { slots = Array(repeating: ([:], [], []), count: count) }

        func store(_ index: Int, files: [String: Data], diagnostics: [Diagnostic], products: [any Sendable]) {
            lock.withLock { slots[index] = (files, diagnostics, products) }
        }

        var all: [Slot] { lock.withLock { slots } }
    }
}
