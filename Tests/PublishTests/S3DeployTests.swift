import Content
import Foundation
import TestSupport
import Testing
@testable import Publish

/// `s3://BUCKET/prefix` through the AWS CLI against a local moto server.
@Suite struct S3DeployTests {
    @Test(.requires(.aws, .moto)) func syncsWithContentTypesAndCacheHeadersAndDeletes() async throws {
        let server = try await LocalS3Server()
        defer { server.stop() }
        try server.aws(["s3api", "create-bucket", "--bucket", "reports"])
        let site = try Fixture.site(Fixture.sampleSite)
        let deployer = S3Deployer(bucket: "reports", prefix: "dossier", endpoint: server.endpoint, environment: LocalS3Server.credentials)

        try deployer.deploy(site, dryRun: false) { _ in }
        #expect(try server.keys("reports", prefix: "dossier/") == Set(Fixture.sampleSite.keys.map { "dossier/" + $0 }))
        for (path, text) in Fixture.sampleSite {
            #expect(try server.text("reports", "dossier/" + path) == text, "\(path) differs")
        }
        let expected: [String: (type: String, cache: String)] = [
            "index.html": ("text/html; charset=utf-8", ObjectHeaders.revalidate),
            "countries/belarus/index.html": ("text/html; charset=utf-8", ObjectHeaders.revalidate),
            "assets/site.0123456789abcdef.css": ("text/css; charset=utf-8", ObjectHeaders.immutable),
            "feed.xml": ("application/atom+xml", ObjectHeaders.revalidate),
            "sitemap.xml": ("application/xml", ObjectHeaders.revalidate),
            "data/gas-prices.csv": ("text/csv; charset=utf-8", ObjectHeaders.revalidate),
        ]
        for (path, headers) in expected {
            let head = try server.head("reports", "dossier/" + path)
            #expect(head["ContentType"] as? String == headers.type, "\(path)")
            #expect(head["CacheControl"] as? String == headers.cache, "\(path)")
        }

        try server.aws(["s3", "cp", "-", "s3://reports/dossier/old/stale.txt"])
        try FileManager.default.removeItem(at: site.appendingPathComponent("countries/ukraine"))
        try write(["index.html": "<!DOCTYPE html><title>Home, revised</title>"], into: site)
        var plan: [String] = []
        try deployer.deploy(site, dryRun: true) { plan.append($0) }
        // Compared by content: exactly the changed page, the deleted page and the stale object.
        #expect(plan == ["would upload: s3://reports/dossier/index.html",
                         "would delete: s3://reports/dossier/countries/ukraine/index.html",
                         "would delete: s3://reports/dossier/old/stale.txt",
                         "would change 3 objects in s3://reports/dossier/"])
        #expect(try server.keys("reports", prefix: "dossier/countries/ukraine/").count == 1, "a dry run changes nothing")

        try deployer.deploy(site, dryRun: false) { _ in }
        #expect(try server.keys("reports", prefix: "dossier/") == Set(try Fixture.contents(of: site).keys.map { "dossier/" + $0 }))
        #expect(try server.text("reports", "dossier/index.html") == "<!DOCTYPE html><title>Home, revised</title>")
        #expect(try server.head("reports", "dossier/index.html")["ContentType"] as? String == "text/html; charset=utf-8")
        var again: [String] = []
        try deployer.deploy(site, dryRun: true) { again.append($0) }
        #expect(again == ["would change 0 objects in s3://reports/dossier/"])
    }

    /// S3 deletes at most 1,000 keys a request: 1,234 stale objects take two, and none is left.
    @Test(.requires(.aws, .moto)) func deletesMoreThanAThousandObjects() async throws {
        let server = try await LocalS3Server()
        defer { server.stop() }
        try server.aws(["s3api", "create-bucket", "--bucket", "reports"])
        let stale = try Fixture.site(Dictionary(uniqueKeysWithValues: (0..<1_234).map { ("old/page-\($0).html", "\($0)") }))
        try server.aws(["s3", "sync", stale.path, "s3://reports/dossier/", "--no-progress", "--only-show-errors"])
        #expect(try server.keys("reports", prefix: "dossier/old/").count == 1_234, "the stale objects are there to delete")

        let site = try Fixture.site(Fixture.sampleSite)
        let deployer = S3Deployer(bucket: "reports", prefix: "dossier", endpoint: server.endpoint, environment: LocalS3Server.credentials)
        var log: [String] = []
        try deployer.deploy(site, dryRun: false) { log.append($0) }
        #expect(log.filter { $0.hasPrefix("delete: s3://reports/dossier/old/page-") }.count == 1_234)
        #expect(log.last == "changed \(1_234 + Fixture.sampleSite.count) objects in s3://reports/dossier/")
        #expect(try server.keys("reports", prefix: "dossier/") == Set(Fixture.sampleSite.keys.map { "dossier/" + $0 }))
    }

    @Test func passesCoverEveryFileOnceWithItsHeaders() {
        let passes = S3Deployer.passes(for: Fixture.sampleSite.keys.sorted())
        let immutable = passes.filter { $0.cacheControl == ObjectHeaders.immutable }
        #expect(immutable.map(\.filters) == [["--exclude", "*", "--include", "assets/site.0123456789abcdef.css"]])
        #expect(passes.contains { $0.filters == ["--exclude", "*", "--include", "feed.xml"] && $0.contentType == "application/atom+xml" })
        #expect(passes.contains { $0.filters == ["--exclude", "*", "--include", "*.xml", "--exclude", "feed.xml"] })
        let rest = passes.last!
        #expect(rest.contentType == nil && rest.filters.contains("*.html") && !rest.filters.contains("--include"))
    }
}
