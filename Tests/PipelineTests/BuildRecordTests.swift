import Foundation
import TestSupport
import Testing
@testable import Pipeline

/// The persistent build cache: a build answered from the record beside its output leaves the site
/// a clean build makes, byte for byte, and a build that changes nothing rewrites no file.
@Suite struct BuildRecordTests {
    /// Each file below `folder` with its inode and modification time.
    func stamps(_ folder: URL) throws -> [String: BuildRecord.FileStamp] {
        try #require(BuildRecord.stamps(of: folder))
    }

    @Test func aBuildWithNothingChangedRewritesNoFileAndIsAnsweredFromTheRecord() throws {
        let report = try copyOfBundledReport()
        let output = temporaryPath("record").appendingPathComponent("Public")
        let builder = Builder(writingInto: output, keepingRecord: true)
        let first = builder.run(BuildOptions(source: report))
        #expect(first.succeeded && !first.reused)
        #expect(FileManager.default.fileExists(atPath: OutputFolder(output).record.path))
        let before = try stamps(output)

        let second = builder.run(BuildOptions(source: report))
        #expect(second.reused)
        #expect(second.pageCount == first.pageCount)
        #expect(second.diagnostics == first.diagnostics)
        #expect(try stamps(output) == before)

        // Without the record the whole build runs again, and still rewrites nothing.
        BuildRecord.remove(for: output)
        let third = builder.run(BuildOptions(source: report))
        #expect(third.succeeded && !third.reused)
        #expect(try stamps(output) == before)
    }

    @Test func aCachedBuildAfterAnEditIsByteIdenticalToACleanOneAndRewritesOnlyWhatChanged() throws {
        let report = try copyOfBundledReport()
        let output = temporaryPath("record").appendingPathComponent("Public")
        let builder = Builder(writingInto: output, keepingRecord: true)
        #expect(builder.run(BuildOptions(source: report)).succeeded)
        #expect(builder.run(BuildOptions(source: report)).reused)
        let before = try stamps(output)
        try edit(report, "Content/countries/belarus.md", replacing: "On paper no state", with: "On paper, no state")

        let edited = builder.run(BuildOptions(source: report))
        #expect(edited.succeeded && !edited.reused)
        let clean = temporaryPath("clean").appendingPathComponent("Public")
        #expect(Builder(writingInto: clean).run(BuildOptions(source: report)).succeeded)
        #expect(try snapshot(output) == snapshot(clean))

        let after = try stamps(output)
        let rewritten = Set(after.keys.filter { after[$0] != before[$0] })
        #expect(rewritten.contains("countries/belarus/index.html"))
        // The page's text, the search index, the feed and the one-page report show the sentence; the rest keep their inodes.
        #expect(rewritten.count < after.count / 4, "\(rewritten.sorted())")
        for file in after.keys where !rewritten.contains(file) {
            #expect(try Data(contentsOf: output.appendingPathComponent(file)) == Data(contentsOf: clean.appendingPathComponent(file)))
        }
    }

    @Test func aTouchedOutputOrOtherOptionsMeanAFullBuild() throws {
        let report = try copyOfBundledReport()
        let output = temporaryPath("record").appendingPathComponent("Public")
        let builder = Builder(writingInto: output, keepingRecord: true)
        #expect(builder.run(BuildOptions(source: report)).succeeded)
        let page = output.appendingPathComponent("index.html")
        let original = try Data(contentsOf: page)
        try Data("edited by hand".utf8).write(to: page)
        let repaired = builder.run(BuildOptions(source: report))
        #expect(!repaired.reused)
        #expect(try Data(contentsOf: page) == original)

        let offline = builder.run(BuildOptions(source: report, explicitIndex: true))
        #expect(!offline.reused)
        #expect(try String(contentsOf: page, encoding: .utf8).contains("index.html\""))
    }

    @Test func aWriteOfTheSameFilesSwapsNothingAndLinksUnchangedFilesIntoTheNewSite() throws {
        let output = temporaryPath("write").appendingPathComponent("Public")
        let site = ["index.html": Data("one".utf8), "countries/a/index.html": Data("a".utf8)]
        try WriteStage.write(site, to: output)
        let first = try stamps(output)
        try WriteStage.write(site, to: output)
        #expect(try stamps(output) == first)

        try WriteStage.write(site.merging(["index.html": Data("two".utf8)]) { $1 }, to: output)
        let second = try stamps(output)
        #expect(second["countries/a/index.html"] == first["countries/a/index.html"])
        #expect(second["index.html"] != first["index.html"])
        // The spare tree shares the unchanged file; writing a change into it must not reach the live site.
        try WriteStage.write(site.merging(["countries/a/index.html": Data("b".utf8)]) { $1 }, to: output)
        #expect(try String(contentsOf: output.appendingPathComponent("countries/a/index.html"), encoding: .utf8) == "b")
        #expect(try String(contentsOf: OutputFolder(output).spare.appendingPathComponent("countries/a/index.html"), encoding: .utf8) == "a")
    }
}
