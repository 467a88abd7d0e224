import Foundation
import TestSupport
import Testing
@testable import Preview

/// Both watchers report what editors and tools do to files: saves through a rename, new files in
/// new folders, deletions, renamed folders, a root deleted and made again, and bursts, which
/// arrive batched. Every wait looks only at the batches that came after the change it waits for.
@Suite(.serialized) struct WatcherTests {
    /// Collects a watcher's batches in the background.
    final class Batches: @unchecked Sendable {
        private let lock = NSLock()
        private var batches: [Set<String>] = []
        private var task: Task<Void, Never>?

        init(_ watcher: any FileWatcher) {
            let stream = watcher.changes()
            task = Task { [weak self] in
                for await batch in stream { self?.lock.withLock { self?.batches.append(batch) } }
            }
        }

        deinit { task?.cancel() }

        /// Every batch so far.
        var all: [Set<String>] { lock.withLock { batches } }

        /// How many batches have arrived: a mark to wait after.
        var count: Int { all.count }

        /// Waits until the batches after the first `mark` name every one of `expected`, and returns those batches.
        @discardableResult
        func waitFor(_ expected: Set<String>, after mark: Int) async throws -> [Set<String>] {
            func since() -> Set<String> { all.dropFirst(mark).reduce(into: Set()) { $0.formUnion($1) } }
            try await waitUntil("the watcher to report \(expected.subtracting(since()).sorted())") { expected.isSubset(of: since()) }
            return Array(all.dropFirst(mark))
        }
    }

    /// A watcher over `roots` below `folder`: inotify or polling.
    static func watcher(_ roots: [URL], polling: Bool) -> any FileWatcher {
        FileWatchers.watching(roots, polling: polling)
    }

    /// Runs `body` with a watcher (made by `make`, given the roots) over `roots` below a fresh folder holding one brief.
    func withWatcher(polling: Bool, roots: [String] = [""], make: (([URL]) -> any FileWatcher)? = nil,
                     _ body: (URL, Batches) async throws -> Void) async throws {
        let folder = try temporaryFolder("watch")
        try write(["countries/belarus.md": "first\n"], into: folder)
        let urls = roots.map { $0.isEmpty ? folder : folder.appendingPathComponent($0) }
        let batches = Batches(make?(urls) ?? Self.watcher(urls, polling: polling))
        try await body(folder, batches)
    }

    @Test(arguments: [false, true])
    func reportsSavesByRenameNewFoldersAndDeletions(polling: Bool) async throws {
        try await withWatcher(polling: polling) { folder, batches in
            let brief = folder.appendingPathComponent("countries/belarus.md")
            let scratch = folder.appendingPathComponent("countries/.belarus.md.swp")
            var mark = batches.count
            try "second, longer\n".write(to: scratch, atomically: false, encoding: .utf8)
            #expect(rename(scratch.path, brief.path) == 0, "the editor's rename")
            let saved = try await batches.waitFor([brief.path], after: mark)
            #expect(!saved.joined().contains { $0.hasSuffix(".swp") }, "editors' scratch files are not reported")

            let newBrief = folder.appendingPathComponent("scenarios/turn-east.md")
            mark = batches.count
            try write(["scenarios/turn-east.md": "new\n"], into: folder)
            try await batches.waitFor([newBrief.path], after: mark)

            mark = batches.count
            try FileManager.default.removeItem(at: brief)
            let deleted = try await batches.waitFor([brief.path], after: mark)
            #expect(!deleted.joined().contains(newBrief.path), "only the deleted file is reported")
        }
    }

    @Test(arguments: [false, true])
    func reportsBothNamesOfARenamedFileAndFollowsARenamedFolder(polling: Bool) async throws {
        try await withWatcher(polling: polling) { folder, batches in
            let old = folder.appendingPathComponent("countries/belarus.md")
            let new = folder.appendingPathComponent("countries/belarus-republic.md")
            var mark = batches.count
            try FileManager.default.moveItem(at: old, to: new)
            try await batches.waitFor([old.path, new.path], after: mark)

            mark = batches.count
            let renamed = folder.appendingPathComponent("states")
            try FileManager.default.moveItem(at: folder.appendingPathComponent("countries"), to: renamed)
            let moved = renamed.appendingPathComponent("belarus-republic.md")
            try await batches.waitFor([moved.path], after: mark)

            mark = batches.count
            try "edited in the renamed folder\n".write(to: moved, atomically: false, encoding: .utf8)
            let edited = try await batches.waitFor([moved.path], after: mark)
            #expect(!edited.joined().contains { $0.contains("/countries/") }, "changes are reported under the folder's new name")
        }
    }

    @Test(arguments: [false, true])
    func watchesAFolderThatAppearsLater(polling: Bool) async throws {
        try await withWatcher(polling: polling, roots: ["countries", "Templates"]) { folder, batches in
            let templates = folder.appendingPathComponent("Templates")
            let partial = templates.appendingPathComponent("partials/toc.mustache")
            var mark = batches.count
            try write(["Templates/partials/toc.mustache": "{{#toc}}{{/toc}}\n"], into: folder)
            try await batches.waitFor([partial.path], after: mark)
            mark = batches.count
            try "{{#toc}}x{{/toc}}\n".write(to: partial, atomically: false, encoding: .utf8)
            try await batches.waitFor([partial.path], after: mark)
        }
    }

    @Test(arguments: [false, true])
    func watchesARootDeletedAndMadeAgain(polling: Bool) async throws {
        try await withWatcher(polling: polling, roots: ["countries"]) { folder, batches in
            let root = folder.appendingPathComponent("countries")
            let brief = root.appendingPathComponent("belarus.md")
            var mark = batches.count
            try FileManager.default.removeItem(at: root)
            try await batches.waitFor([brief.path], after: mark)

            mark = batches.count
            try write(["countries/belarus.md": "back\n", "countries/russia.md": "new\n"], into: folder)
            try await batches.waitFor([brief.path, root.appendingPathComponent("russia.md").path], after: mark)

            mark = batches.count
            try "edited after coming back\n".write(to: brief, atomically: false, encoding: .utf8)
            try await batches.waitFor([brief.path], after: mark)
        }
    }

    /// A burst (a checkout) arrives as few batches. The quiet window is made long here, and the test
    /// counts the pauses that were longer anyway, so a slow or busy machine cannot fail it: the
    /// inotify watcher sends one batch per pause of the quiet window (none, nearly always), the
    /// polling watcher one per poll the burst spans.
    @Test(arguments: [false, true])
    func batchesABurstOfChanges(polling: Bool) async throws {
        let interval = Duration.seconds(2)
        let make: ([URL]) -> any FileWatcher = { roots in
            #if os(Linux)
            if !polling, var inotify = InotifyWatcher(roots: roots) {
                inotify.quiet = interval
                inotify.longest = waitCeiling
                return inotify
            }
            #endif
            return PollingWatcher(roots: roots, interval: interval)
        }
        try await withWatcher(polling: polling, make: make) { folder, batches in
            let files = (0..<50).map { folder.appendingPathComponent("countries/country-\($0).md") }
            let mark = batches.count
            var times: [ContinuousClock.Instant] = []
            for file in files {
                try "text\n".write(to: file, atomically: true, encoding: .utf8)
                times.append(.now)
            }
            let pauses = zip(times, times.dropFirst()).filter { $1 - $0 >= interval }.count
            let took = times.last! - times.first!
            let seen = try await batches.waitFor(Set(files.map(\.path)), after: mark)
            if polling {
                #expect(seen.count <= 2 + Int(took / interval), "one batch per poll the burst of \(took) spans")
            } else {
                #expect(seen.count == 1 + pauses, "one batch, and one more per pause of \(interval) (\(pauses) in \(took))")
            }
        }
    }
}
