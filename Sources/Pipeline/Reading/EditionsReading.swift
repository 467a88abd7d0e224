import Content
import Editions
import Site

extension ReportReading {
    /// Reads the earlier editions `site.yaml` lists from the report's git history, compares each
    /// edition with the next (the last with the working files), and adds `/changes/` and the
    /// "Changed since" notes of the pages that changed since the previous edition.
    static func editions(of report: inout Report, options: BuildOptions, cache: BuildCache) {
        let graph = report.graph
        let site = graph.content.site
        guard !site.editions.isEmpty else { return }
        // An edition's commit never changes, so a preview reads the history again only when site.yaml does.
        var historyKey = Hasher()
        historyKey.combine(report.inputs.key([.site]))
        historyKey.combine(options.source.path)
        historyKey.combine(options.includeDrafts)
        let history = cache.memo("editions", key: historyKey.finalize()) {
            EditionHistory.read(root: options.source, site: site, kinds: PageKinds.documentKinds, includeDrafts: options.includeDrafts)
        }
        report.diagnostics += history.diagnostics
        guard !history.editions.isEmpty else { return }
        let snapshots = history.editions + [EditionSnapshot(current: graph)]
        var comparisonKey = Hasher()
        comparisonKey.combine(historyKey.finalize())
        comparisonKey.combine(report.inputs.key(([.overview] + PageKinds.all.map { $0.kind }).map(BuildInput.every)))
        let comparisons = cache.memo("edition-comparisons", key: comparisonKey.finalize()) {
            zip(snapshots, snapshots.dropFirst()).map { EditionComparison(from: $0, to: $1) }
        }
        report.editions = EditionRecord(first: snapshots[0].edition, comparisons: comparisons)
        report.plans.append(ChangesPage.plan(comparisons, site: site, strings: report.strings))
        guard let latest = comparisons.last, let previous = history.editions.last?.edition else { return }
        let notes = Dictionary(latest.changedPages.map { ($0.path, ChangesPage.note(for: $0, in: latest, since: previous)) },
                               uniquingKeysWith: { first, _ in first })
        for index in report.plans.indices {
            let plan = report.plans[index]
            guard plan.entity != nil || plan.route == .home, let note = notes[plan.route.path] else { continue }
            report.plans[index].changeNote = note
        }
    }
}

/// The report's editions as the build compared them.
public struct EditionRecord: Sendable {
    /// The first edition, which has none before it.
    public var first: Edition
    /// Each edition compared with the one before it, oldest first; the last compares the previous edition with this one.
    public var comparisons: [EditionComparison]
}
