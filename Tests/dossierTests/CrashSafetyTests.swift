import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A build killed at any moment leaves the previous site whole, and builds into one output take turns.
@Suite(.serialized) struct CrashSafetyTests {
    /// A copy of the bundled report grown by `pages` generated pages, so a build runs long enough to be
    /// killed in the middle of each of its stages.
    static func largeReport(pages: Int) throws -> URL {
        let root = try DossierProcess.copyOfBundledReport()
        let paragraph = String(repeating: "The pipeline carries gas west through the transit states, and the contracts are renewed each winter. ", count: 12)
        for index in 0..<pages {
            let text = "---\ntitle: Generated page \(index)\n---\n\n## Part one\n\n\(paragraph)\n\n## Part two\n\n\(paragraph)\n\n## Part three\n\n\(paragraph)\n"
            try Data(text.utf8).write(to: root.appendingPathComponent("Content/pages/generated-\(index).md"))
        }
        return root
    }

    static func build(_ report: URL, into output: URL) throws -> DossierProcess.Result {
        try DossierProcess.run(["build", "--source", report.path, "--output", output.path])
    }

    /// Starts a build without waiting for it.
    static func start(_ report: URL, into output: URL) throws -> Process {
        let process = Process()
        process.executableURL = DossierProcess.executable
        process.arguments = ["build", "--source", report.path, "--output", output.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// When the marker file of the spare tree was last written, in nanoseconds; the write stage
    /// writes it first, so a change says the build has started writing.
    static func markerTime(_ output: URL) -> Int {
        var status = stat()
        let marker = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).previous/.dossier-output")
        guard stat(marker.path, &status) == 0 else { return 0 }
        return status.st_mtim.tv_sec * 1_000_000_000 + status.st_mtim.tv_nsec
    }

    /// Kills builds of an edited report while they load and render, and at several moments of
    /// writing and swapping the site in; after each, `Public/` must be the old site or the new one,
    /// and the next build must succeed.
    @Test func aBuildKilledAtAnyMomentLeavesTheOldSiteOrTheNewOne() throws {
        let report = try Self.largeReport(pages: 250)
        defer { try? FileManager.default.removeItem(at: report) }
        let output = report.appendingPathComponent("Public")
        #expect(try Self.build(report, into: output).status == 0)
        let old = try tree(output)
        // The edited brief changes its page, the indexes and the search index.
        let brief = report.appendingPathComponent("Content/pages/generated-7.md")
        let original = try Data(contentsOf: brief), edited = Data("---\ntitle: Edited page\n---\n\nNew text.\n".utf8)
        try edited.write(to: brief)
        let reference = report.appendingPathComponent("Reference")
        let start = Date()
        #expect(try Self.build(report, into: reference).status == 0)
        let duration = Date().timeIntervalSince(start)
        let new = try tree(reference)
        #expect(new != old)
        // Kills a few moments into the build, then at delays after it starts writing.
        let moments: [(early: Double?, writing: useconds_t?)] = [(0.1, nil), (0.4, nil), (nil, 0), (nil, 2_000), (nil, 5_000),
                                                                  (nil, 20_000), (nil, 60_000), (nil, 120_000), (nil, 200_000), (nil, 300_000)]
        var outcomes: [String] = []
        for moment in moments {
            let before = Self.markerTime(output)
            let process = try Self.start(report, into: output)
            if let early = moment.early {
                usleep(useconds_t(duration * early * 1_000_000))
            } else if let delay = moment.writing {
                while process.isRunning, Self.markerTime(output) == before { usleep(200) }
                usleep(delay)
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = try tree(output)
            #expect(now == old || now == new, "after a kill \(moment), Public/ is neither site")
            outcomes.append(now == old ? "old" : now == new ? "new" : "mixed")
            // Once a build got through, the next rounds start again from the old site.
            if now == new {
                try original.write(to: brief)
                #expect(try Self.build(report, into: output).status == 0)
                #expect(try tree(output) == old)
                try edited.write(to: brief)
            }
        }
        let finished = try Self.build(report, into: output)
        #expect(finished.status == 0, "\(finished.errors)")
        #expect(try tree(output) == new)
        // Where the kills fell shows in the log, so a run in which no kill landed while writing is visible.
        print("kills left Public/ as: \(outcomes.joined(separator: ", "))")
    }

    @Test func twoBuildsAtOnceIntoOneOutputLeaveOneWholeSite() throws {
        let first = try Self.largeReport(pages: 120)
        let second = try Self.largeReport(pages: 120)
        defer { try? FileManager.default.removeItem(at: first); try? FileManager.default.removeItem(at: second) }
        try Data("---\ntitle: Only in the second report\n---\n\nText.\n".utf8).write(to: second.appendingPathComponent("Content/pages/generated-3.md"))
        #expect(try Self.build(first, into: first.appendingPathComponent("A")).status == 0)
        #expect(try Self.build(second, into: first.appendingPathComponent("B")).status == 0)
        let (siteA, siteB) = (try tree(first.appendingPathComponent("A")), try tree(first.appendingPathComponent("B")))
        let shared = first.appendingPathComponent("Shared")
        for _ in 0..<2 {
            let builds = [try Self.start(first, into: shared), try Self.start(second, into: shared)]
            for build in builds { build.waitUntilExit() }
            #expect(builds.allSatisfy { $0.terminationStatus == 0 })
            let now = try tree(shared)
            #expect(now == siteA || now == siteB, "two builds at once mixed their sites")
        }
    }

    @Test func aBuildWaitsForTheOneWritingAndNotForOneThatDied() throws {
        let report = try DossierProcess.copyOfBundledReport()
        defer { try? FileManager.default.removeItem(at: report) }
        let output = report.appendingPathComponent("Public")
        let lockFile = report.appendingPathComponent(".Public.lock")
        // This test holds the lock as a writing build would.
        let holder = open(lockFile.path, O_RDWR | O_CREAT, 0o644)
        #expect(flock(holder, LOCK_EX) == 0)
        let process = Process()
        process.executableURL = DossierProcess.executable
        process.arguments = ["build", "--source", report.path, "--output", output.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Read what the build says until it says it waits (or ends without waiting).
        var message = ""
        while !message.contains("waiting") {
            let chunk = errors.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            message += String(decoding: chunk, as: UTF8.self)
        }
        #expect(message.contains("waiting for another build to finish writing Public/"))
        usleep(300_000)
        #expect(process.isRunning, "the build did not wait for the lock")
        #expect(!FileManager.default.fileExists(atPath: output.path))
        close(holder)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
        // The lock file stays behind, as after a killed build; it blocks nobody.
        #expect(FileManager.default.fileExists(atPath: lockFile.path))
        #expect(try Self.build(report, into: output).status == 0)
    }
}
