import Foundation
import Publish
import TestSupport

/// Folders and tools the deploy tests work with: real git, rsync, AWS CLI and a local S3 server.
enum Fixture {
    /// A new empty folder of this test run (TestSupport removes it when the run ends).
    static func folder(_ name: String) throws -> URL { try temporaryFolder(name) }

    /// A built-site-like folder holding `files` (path → text).
    static func site(_ files: [String: String]) throws -> URL {
        let site = try folder("site")
        try write(files, into: site)
        return site
    }

    /// Every file below `folder` as text, by relative path, leaving out `.git`.
    static func contents(of folder: URL) throws -> [String: String] { try textSnapshot(folder) }
    /// A small site with a page in a folder, a fingerprinted stylesheet and a feed.
    static let sampleSite: [String: String] = [
        "index.html": "<!DOCTYPE html><title>Home</title>",
        "countries/belarus/index.html": "<!DOCTYPE html><title>Belarus</title>",
        "countries/ukraine/index.html": "<!DOCTYPE html><title>Ukraine</title>",
        "assets/site.0123456789abcdef.css": "body { color: #222 }",
        "feed.xml": "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"/>",
        "sitemap.xml": "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"/>",
        "data/gas-prices.csv": "country,price\nukraine,95\n",
        "CNAME": "reports.example.org\n",
    ]

    /// git; a test using it is gated on `.requires(.git)`, so a machine without it skips (or, in
    /// CI, fails) that test with what to install instead of crashing the whole run.
    static func git() throws -> ExternalTool { try ExternalTool.require("git", install: Need.git.howToGet) }

    /// A report folder that is a git repository with one commit, for the deploy message to name.
    static func sourceRepository() throws -> (folder: URL, commit: String) {
        let source = try folder("source")
        try write(["Content/site.yaml": "title: T\nas_of: 2006\n"], into: source)
        let identity = ["GIT_AUTHOR_NAME": "Editor", "GIT_AUTHOR_EMAIL": "editor@example.org",
                        "GIT_COMMITTER_NAME": "Editor", "GIT_COMMITTER_EMAIL": "editor@example.org"]
        try git().check(["init", "--quiet", "--initial-branch=main", source.path])
        try git().check(["-C", source.path, "add", "."])
        try git().check(["-C", source.path, "commit", "--quiet", "-m", "Brief on Belarus"], environment: identity)
        let commit = try git().check(["-C", source.path, "rev-parse", "--short=12", "HEAD"]).lines[0]
        return (source, commit)
    }
}
