import Foundation
import Publish
import TestSupport
import Testing
@testable import Pipeline

/// Fingerprinted assets and the links that reach them; the site opened from disk.
@Suite struct AssetAndLinkTests {
    static let site = BuiltSite("assets")

    /// The SHA-256 of a file in hex, computed by coreutils, independently of the build.
    static func sha256(of file: URL) throws -> String {
        let output = try #require(ExternalTool.find("sha256sum")).check([file.path])
        return String(output.standardOutput.prefix(64))
    }

    @Test(.requires(.sha256sum)) func everyAssetIsNamedAfterItsContentHash() throws {
        #expect(Self.site.report.succeeded)
        let assets = try FileManager.default.subpathsOfDirectory(atPath: Self.site.folder.appendingPathComponent("assets").path)
        #expect(assets.count >= 3)
        for asset in assets {
            let parts = asset.split(separator: ".")
            #expect(parts.count == 3, "\(asset) is not name.hash.ext")
            let digest = try Self.sha256(of: Self.site.folder.appendingPathComponent("assets/\(asset)"))
            #expect(digest.hasPrefix(String(parts[1])) && parts[1].count == AssetFingerprint.length, "\(asset): sha256 \(digest)")
        }
        #expect(assets.contains { $0.hasPrefix("site.") && $0.hasSuffix(".css") })
        #expect(assets.contains { $0.hasPrefix("search.") && $0.hasSuffix(".js") })
        #expect(assets.contains { $0.hasPrefix("search-index.") && $0.hasSuffix(".js") })
    }

    @Test func everyStylesheetAndScriptReferenceResolves() throws {
        var references = 0
        for file in try Self.site.pages() {
            let page = try ParsedPage(Self.site.folder.appendingPathComponent(file))
            for reference in try page.texts("//link[@rel='stylesheet']/@href | //script/@src") {
                let target = try #require(SiteLinks.target(of: reference, in: file, folder: Self.site.folder, sitePath: "/dossier/"))
                #expect(FileManager.default.fileExists(atPath: target.path), "\(file): \(reference)")
                #expect(AssetFingerprint.isFingerprinted(String(target.path.dropFirst(Self.site.folder.path.count + 1))))
                references += 1
            }
        }
        #expect(references > 50)
        let notFound = try ParsedPage(Self.site.folder.appendingPathComponent("404.html"))
        let stylesheet = try #require(try notFound.texts("//link[@rel='stylesheet']/@href").first)
        #expect(stylesheet.hasPrefix("/dossier/assets/site.") && AssetFingerprint.isFingerprinted(String(stylesheet.dropFirst("/dossier/".count))))
    }

    @Test func stylesheetURLsAreRewrittenToo() {
        let css = "body { background: url(\"../img/bg.png\") } .a { background: url(logo.svg) } .b { background: url(https://x.org/y.png) }"
        let renamed = ["assets/img/bg.png": "assets/img/bg.0123456789abcdef.png", "assets/css/logo.svg": "assets/css/logo.fedcba9876543210.svg"]
        let rewritten = AssetNames.rewriteStylesheet(css, file: "assets/css/site.css", renamed: renamed)
        #expect(rewritten == "body { background: url(\"../img/bg.0123456789abcdef.png\") } .a { background: url(logo.fedcba9876543210.svg) } .b { background: url(https://x.org/y.png) }")
    }

    @Test func offlineBuildLinksEveryPageToAFile() throws {
        let site = BuiltSite("offline", explicitIndex: true)
        let output = site.folder
        #expect(site.report.succeeded)
        var checked = 0
        for file in try site.pages() {
            let page = try ParsedPage(output.appendingPathComponent(file))
            for reference in try page.texts("//a/@href | //link/@href | //script/@src | //form/@action") {
                guard let target = SiteLinks.target(of: reference, in: file, folder: output, sitePath: "/dossier/") else { continue }
                // Every link names a file: a folder's link would need a server to add its index.
                #expect(!reference.split(separator: "#", omittingEmptySubsequences: false)[0].hasSuffix("/"), "\(file): \(reference) names a folder")
                var isFolder: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder)
                #expect(exists && !isFolder.boolValue, "\(file): \(reference) does not name a file")
                checked += 1
            }
        }
        #expect(checked > 1000)
    }

    @Test func siteReferencesResolveFromTheirFile() {
        #expect(SiteReference("../../countries/", in: "countries/belarus/index.html")?.file == "countries/index.html")
        #expect(SiteReference("../data/a.csv#x", in: "report/index.html")?.fragment == "x")
        #expect(SiteReference("/dossier/assets/site.css", in: "404.html", sitePath: "/dossier/")?.file == "assets/site.css")
        #expect(SiteReference("../../..", in: "countries/belarus/index.html") == nil)
        #expect(SiteReference("https://example.org/", in: "index.html") == nil)
        #expect(SiteReference("mailto:a@b.org", in: "index.html") == nil)
        #expect(SiteReference("../countries/belarus/", in: "search/index.html")?.relative(from: "report/index.html") == "../countries/belarus/")
    }
}
