import Content
import Foundation
import TestSupport
import Testing
@testable import Publish

/// `rsync:DEST` into a real local folder.
@Suite(.requires(.rsync))
struct RsyncDeployTests {
    /// The site files of a local mirror, after checking it carries the marker that lets later
    /// deploys (and the output guard) know it for Dossier's.
    func mirrored(_ destination: URL) throws -> [String: String] {
        var files = try Fixture.contents(of: destination)
        #expect(files.removeValue(forKey: ".dossier-output") != nil, "the mirror has no marker")
        return files
    }

    @Test func mirrorsTheSiteAndRemovesDeletedPages() throws {
        let site = try Fixture.site(Fixture.sampleSite)
        let source = try Fixture.folder("report")
        let deployer = DeployTarget("rsync:mirror/www")!.deployer(source: source)
        let destination = source.appendingPathComponent("mirror/www")

        try deployer.deploy(site, dryRun: false) { _ in }
        #expect(try mirrored(destination) == Fixture.sampleSite)

        try FileManager.default.removeItem(at: site.appendingPathComponent("countries/ukraine"))
        try write(["countries/georgia/index.html": "<!DOCTYPE html><title>Georgia</title>"], into: site)
        var plan: [String] = []
        try deployer.deploy(site, dryRun: true) { plan.append($0) }
        #expect(plan.contains { $0.hasPrefix("*deleting") && $0.hasSuffix("countries/ukraine/index.html") })
        #expect(plan.contains { $0.hasPrefix(">f+++++++++") && $0.hasSuffix("countries/georgia/index.html") })
        #expect(!plan.contains { $0.hasSuffix("countries/belarus/index.html") }, "unchanged files are not listed")
        #expect(FileManager.default.fileExists(atPath: destination.appendingPathComponent("countries/ukraine/index.html").path))

        try deployer.deploy(site, dryRun: false) { _ in }
        #expect(try mirrored(destination) == (try Fixture.contents(of: site)))
        #expect(!FileManager.default.fileExists(atPath: destination.appendingPathComponent("countries/ukraine").path))
    }
}
