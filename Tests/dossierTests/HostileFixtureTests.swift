import Foundation
import Testing
import TestSupport

/// One case of `Tests/Fixtures/hostile/`: a tiny report (the `base` report with the case's files laid
/// over it) with one problem, and what Dossier must do with it, read from the case's `case.json`.
struct HostileCase: Decodable, CustomTestStringConvertible, Sendable {
    /// A file the test writes, too large to keep in the repository: `prefix`, then `count` times
    /// `repeat` (or `lines` with `{indent}` as two spaces per line before it, or `ramp` repeated 1, 2 … `count`
    /// times with spaces between), then `suffix`.
    struct Generated: Decodable, Sendable {
        var file: String
        var prefix: String
        var `repeat`: String?
        var lines: String?
        var ramp: String?
        var count: Int
        var suffix: String

        var text: String {
            var text = prefix
            if let `repeat` { text += String(repeating: `repeat`, count: count) }
            if let lines {
                for level in 0..<count { text += lines.replacingOccurrences(of: "{indent}", with: String(repeating: "  ", count: level)) }
            }
            if let ramp {
                for length in 1...count { text += String(repeating: ramp, count: length) + " " }
            }
            return text + suffix
        }
    }

    var name = ""
    /// What the case is, in a few words.
    var about: String
    /// The command and its arguments (default `build`), to which `--source`, `--format json` and
    /// `--output` are added after the command; `{report}` is the report folder.
    var args: [String]?
    /// The exit status.
    var status: Int32
    /// The code of the diagnostic that must be reported, or nil for none.
    var code: String?
    /// Where it must be reported, `file:line:col`.
    var at: String?
    /// Text standard error must contain (for refusals, which are not diagnostics).
    var stderr: String?
    /// Texts no page or feed of the built site may contain (markup that would have escaped).
    var absent: [String]?
    /// Symbolic links to make, path → destination.
    var links: [String: String]?
    /// Text to add to the end of a file of the report, path → text.
    var append: [String: String]?
    var generate: [Generated]?

    var testDescription: String { "\(name): \(about)" }

    enum CodingKeys: String, CodingKey { case about, args, status, code, at, stderr, absent, links, append, generate }

    static let folder = Repository.file("Tests/Fixtures/hostile")

    /// Every case, by folder name.
    static let all: [HostileCase] = {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0 != "base" }.sorted()
        return names.compactMap { name in
            guard let data = try? Data(contentsOf: folder.appendingPathComponent("\(name)/case.json")),
                  var loaded = try? JSONDecoder().decode(HostileCase.self, from: data) else { return nil }
            loaded.name = name
            return loaded
        }
    }()

    /// Lays the case out in `scratch/report`, with a file outside the report (`scratch/outside/secret.md`)
    /// for links to reach for.
    func layOut(in scratch: URL) throws -> URL {
        let manager = FileManager.default
        let report = scratch.appendingPathComponent("report")
        try manager.copyItem(at: Self.folder.appendingPathComponent("base"), to: report)
        try manager.copyItem(at: Repository.file("Templates"), to: report.appendingPathComponent("Templates"))
        let own = Self.folder.appendingPathComponent(name)
        for path in try manager.subpathsOfDirectory(atPath: own.path) where path != "case.json" {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: own.appendingPathComponent(path).path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            let target = report.appendingPathComponent(path)
            try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? manager.removeItem(at: target)
            try manager.copyItem(at: own.appendingPathComponent(path), to: target)
        }
        try manager.createDirectory(at: scratch.appendingPathComponent("outside"), withIntermediateDirectories: true)
        try Data("---\ntitle: Secret\n---\n\nNot part of the report.\n".utf8).write(to: scratch.appendingPathComponent("outside/secret.md"))
        for (path, destination) in links ?? [:] {
            try manager.createSymbolicLink(atPath: report.appendingPathComponent(path).path, withDestinationPath: destination)
        }
        for (path, text) in append ?? [:] {
            let url = report.appendingPathComponent(path)
            try (try Data(contentsOf: url) + Data(text.utf8)).write(to: url)
        }
        for file in generate ?? [] {
            try Data(file.text.utf8).write(to: report.appendingPathComponent(file.file))
        }
        return report
    }
}

/// Each hostile case ends in the exit status and diagnostic its `case.json` names, at its position,
/// without a crash, and changes nothing but the output folder.
@Suite struct HostileFixtureTests {
    @Test func thereAreAtLeastFortyCases() {
        #expect(HostileCase.all.count >= 40)
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: HostileCase.folder.path))?.filter { $0 != "base" } ?? []
        #expect(HostileCase.all.count == folders.count, "a case folder without a readable case.json")
    }

    @Test(arguments: HostileCase.all)
    func endsAsExpected(_ hostile: HostileCase) throws {
        let scratch = try temporaryFolder("hostile-\(hostile.name)")
        let report = try hostile.layOut(in: scratch)
        let output = report.appendingPathComponent("Public")
        let before = try tree(scratch)
        let given = (hostile.args ?? ["build"]).map { $0.replacingOccurrences(of: "{report}", with: report.path) }
        var arguments = Array(given.prefix(1)) + ["--source", report.path, "--format", "json"]
        if ["build", "deploy", "pdf"].contains(given[0]), !given.contains("--output") { arguments += ["--output", output.path] }
        arguments += given.dropFirst()
        // Run in the scratch folder, so whatever an injected command would make there is seen.
        let result = try DossierExecutable.run(arguments, in: scratch)
        #expect(result.status == hostile.status, "\(result.standardError)")
        // Standard output is the JSON list of diagnostics, or nothing (a refusal before any check):
        // anything else (a crash's text, broken JSON) fails here rather than reading as "no errors".
        let entries = result.standardOutput.isEmpty ? []
            : try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]], "\(result.standardOutput)")
        let reported = entries.map { entry in
            "\(entry["code"] ?? ""): \(entry["file"] ?? ""):\(entry["line"] ?? 0):\(entry["column"] ?? 0)"
        }
        if let code = hostile.code {
            #expect(reported.contains("\(code): \(hostile.at ?? "")"), "reported: \(reported)")
        } else {
            #expect(!entries.contains { $0["severity"] as? String == "error" }, "reported: \(reported)")
        }
        if let stderr = hostile.stderr { #expect(result.standardError.contains(stderr), "\(result.standardError)") }
        // Only the output, its spare tree and its lock may have changed.
        let produced: Set<String> = ["report/Public", "report/.Public.previous", "report/.Public.lock", "report/.Public.cache"]
        let after = try tree(scratch).filter { path, _ in !produced.contains { path == $0 || path.hasPrefix($0 + "/") } }
        #expect(after == before.filter { path, _ in !produced.contains { path == $0 || path.hasPrefix($0 + "/") } })
        for text in hostile.absent ?? [] {
            let site = try tree(output)
            #expect(!site.isEmpty, "no site was built")
            // Markup matters where a browser or feed reader parses it; data files and the search
            // index (a JavaScript string) carry the author's text as it was written.
            let leaks = site.filter { ($0.key.hasSuffix(".html") || $0.key.hasSuffix(".xml")) && $0.value.range(of: Data(text.utf8)) != nil }.map(\.key)
            #expect(leaks.isEmpty, "'\(text)' appears in \(leaks)")
        }
    }
}
