import Foundation
import TestSupport
import Testing
@testable import Pipeline

@Suite struct WriteStageTests {
    func files(_ texts: [String: String]) -> [String: Data] { texts.mapValues { Data($0.utf8) } }

    /// The site files of a folder, after checking it holds the marker saying Dossier made it.
    func contents(of folder: URL) throws -> [String: String] {
        var files = try snapshot(folder).mapValues { String(decoding: $0, as: UTF8.self) }
        #expect(files.removeValue(forKey: OutputGuard.markerName) != nil, "\(folder.path) has no marker")
        return files
    }

    @Test func eachWriteLeavesExactlyTheNewSiteAndReusesTheSpareTree() throws {
        let output = temporaryPath("write").appendingPathComponent("Public")
        try WriteStage.write(files(["index.html": "one", "countries/a/index.html": "a", "old/index.html": "old"]), to: output)
        try WriteStage.write(files(["index.html": "two", "countries/a/index.html": "a"]), to: output)
        #expect(try contents(of: output) == ["index.html": "two", "countries/a/index.html": "a"])
        try WriteStage.write(files(["index.html": "three", "countries/b/index.html": "b"]), to: output)
        #expect(try contents(of: output) == ["index.html": "three", "countries/b/index.html": "b"])
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("countries/a").path))
        #expect(try contents(of: OutputFolder(output).spare) == ["index.html": "two", "countries/a/index.html": "a"])
    }

    @Test func aRefusedOutputIsAnErrorOfTheBuildAndNothingIsWritten() throws {
        let report = try copyOfBundledReport()
        defer { try? FileManager.default.removeItem(at: report) }
        let before = try snapshot(report)
        let result = Builder(writingInto: report.appendingPathComponent("Content")).run(BuildOptions(source: report))
        #expect(result.diagnostics.map(\.code) == [.writeFailed])
        #expect(result.diagnostics.first?.message.contains("inside the report's Content/ folder") == true)
        #expect(try snapshot(report) == before)
    }

    @Test func aWriteThatFailsLeavesTheSiteAsItWas() throws {
        let output = temporaryPath("write").appendingPathComponent("Public")
        try WriteStage.write(files(["index.html": "good"]), to: output)
        // A file where the new site needs a folder makes the write fail half-way.
        #expect(throws: (any Error).self) {
            try WriteStage.write(files(["index.html": "bad", "index.html/x": "impossible"]), to: output)
        }
        #expect(try contents(of: output) == ["index.html": "good"])
    }
}
