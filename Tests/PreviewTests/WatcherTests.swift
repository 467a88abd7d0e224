import Foundation
import Testing
@testable import Preview

/// Both watchers report what editors and tools do to files: saves through a rename, new files in
/// new folders, deletions, and bursts, which arrive batched.
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

        var all: [Set<String>] { lock.withLock { batches } }

        /// Every path reported so far.
        var paths: Set<String> { all.reduce(into: Set()) { $0.formUnion($1) } }

        /// Waits (a minute at most) until the batches so far name every one of `paths`, and returns them.
        func waitFor(_ expected: Set<String>) async throws -> [Set<String>] {
            let reported = try await eventually { expected.isSubset(of: paths) }
            #expect(reported, "never reported: \(expected.subtracting(paths))")
            return all
        }
    }

    /// Runs `body` with a watcher over `roots` (below a fresh folder holding one brief), then removes the folder.
    func withWatcher(polling: Bool, roots: [String] = [""], _ body: (URL, Batches) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-watch-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("countries"), withIntermediateDirectories: true)
        try "first\n".write(to: folder.appendingPathComponent("countries/belarus.md"), atomically: false, encoding: .utf8)
        let batches = Batches(FileWatchers.watching(roots.map { $0.isEmpty ? folder : folder.appendingPathComponent($0) }, polling: polling))
        try await body(folder, batches)
    }

    @Test(arguments: [false, true])
    func reportsSavesByRenameNewFoldersAndDeletions(polling: Bool) async throws {
        try await withWatcher(polling: polling) { folder, batches in
            let brief = folder.appendingPathComponent("countries/belarus.md")
            let scratch = folder.appendingPathComponent("countries/.belarus.md.swp")
            try "second, longer\n".write(to: scratch, atomically: false, encoding: .utf8)
            #expect(rename(scratch.path, brief.path) == 0, "the editor's rename")
            _ = try await batches.waitFor([brief.path])

            let newBrief = folder.appendingPathComponent("scenarios/turn-east.md")
            try FileManager.default.createDirectory(at: newBrief.deletingLastPathComponent(), withIntermediateDirectories: true)
            try "new\n".write(to: newBrief, atomically: true, encoding: .utf8)
            _ = try await batches.waitFor([newBrief.path])

            try FileManager.default.removeItem(at: brief)
            let seen = try await batches.waitFor([brief.path, newBrief.path])
            #expect(!seen.joined().contains { $0.hasSuffix(".swp") }, "editors' scratch files are not reported")
        }
    }

    @Test(arguments: [false, true])
    func watchesAFolderThatAppearsLater(polling: Bool) async throws {
        try await withWatcher(polling: polling, roots: ["countries", "Templates"]) { folder, batches in
            let templates = folder.appendingPathComponent("Templates")
            try FileManager.default.createDirectory(at: templates.appendingPathComponent("partials"), withIntermediateDirectories: true)
            let partial = templates.appendingPathComponent("partials/toc.mustache")
            try "{{#toc}}{{/toc}}\n".write(to: partial, atomically: true, encoding: .utf8)
            _ = try await batches.waitFor([partial.path])
            let before = batches.all.count
            try "{{#toc}}x{{/toc}}\n".write(to: partial, atomically: false, encoding: .utf8)
            try await eventually { batches.all.count > before }
            #expect(batches.all.dropFirst(before).contains { $0.contains(partial.path) }, "changes inside the new folder are seen too")
        }
    }

    @Test(arguments: [false, true])
    func batchesABurstOfChanges(polling: Bool) async throws {
        try await withWatcher(polling: polling) { folder, batches in
            let files = (0..<50).map { folder.appendingPathComponent("countries/country-\($0).md") }
            for file in files { try "text\n".write(to: file, atomically: true, encoding: .utf8) }
            let seen = try await batches.waitFor(Set(files.map(\.path)))
            #expect(seen.count < files.count, "a burst arrives in fewer batches than changes")
        }
    }
}
