import Foundation
import Publish

/// Folders and tools the deploy tests work with: real git, rsync, AWS CLI and a local S3 server.
enum Fixture {
    /// The repository, holding the bundled report's `Templates/`.
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A new empty folder under the system's temporary folder.
    static func folder(_ name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A built-site-like folder holding `files` (path → text).
    static func site(_ files: [String: String]) throws -> URL {
        let site = try folder("site")
        try write(files, into: site)
        return site
    }

    /// Writes `files` (path → text) below `folder`, creating subfolders.
    static func write(_ files: [String: String], into folder: URL) throws {
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    /// Every file below `folder` as text, by relative path, leaving out `.git`.
    static func contents(of folder: URL) throws -> [String: String] {
        var files: [String: String] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) where !path.hasPrefix(".git") {
            var isFolder: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = try String(contentsOf: url, encoding: .utf8)
            }
        }
        return files
    }

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

    /// git, which every deploy test machine has.
    static var git: ExternalTool { ExternalTool.find("git")! }

    /// A report folder that is a git repository with one commit, for the deploy message to name.
    static func sourceRepository() throws -> (folder: URL, commit: String) {
        let source = try folder("source")
        try write(["Content/site.yaml": "title: T\nas_of: 2006\n"], into: source)
        let identity = ["GIT_AUTHOR_NAME": "Editor", "GIT_AUTHOR_EMAIL": "editor@example.org",
                        "GIT_COMMITTER_NAME": "Editor", "GIT_COMMITTER_EMAIL": "editor@example.org"]
        try git.check(["init", "--quiet", "--initial-branch=main", source.path])
        try git.check(["-C", source.path, "add", "."])
        try git.check(["-C", source.path, "commit", "--quiet", "-m", "Brief on Belarus"], environment: identity)
        let commit = try git.check(["-C", source.path, "rev-parse", "--short=12", "HEAD"]).lines[0]
        return (source, commit)
    }
}
