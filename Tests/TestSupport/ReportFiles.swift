import Foundation
import Testing

/// A copy of the bundled report (its `Content/` and `Templates/`) in a temporary folder, for a test
/// to edit or break. The copy is outside the repository, so it cannot read the earlier editions
/// `site.yaml` lists, and would say so; its `site.yaml` leaves them out (`EditionsFixture` tests editions).
public func copyOfBundledReport() throws -> URL {
    let folder = try temporaryFolder("report")
    for part in ["Content", "Templates"] {
        try FileManager.default.copyItem(at: Repository.file(part), to: folder.appendingPathComponent(part))
    }
    let site = folder.appendingPathComponent("Content/site.yaml")
    var inEditions = false
    let lines = try String(contentsOf: site, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).filter { line in
        if line.hasPrefix("editions:") { inEditions = true; return false }
        if inEditions, line.hasPrefix("  ") { return false }
        inEditions = false
        return true
    }
    try lines.joined(separator: "\n").write(to: site, atomically: true, encoding: .utf8)
    return folder
}

/// A report in a temporary folder made of `files` (path below the report → text), with the
/// repository's theme unless `theme` is false.
public func temporaryReport(_ files: [String: String], theme: Bool = true) throws -> URL {
    let folder = try temporaryFolder("report")
    if theme {
        try FileManager.default.copyItem(at: Repository.file("Templates"), to: folder.appendingPathComponent("Templates"))
    }
    try write(files, into: folder)
    return folder
}

/// Writes `files` (path → text) below `folder`, creating the folders they need.
public func write(_ files: [String: String], into folder: URL) throws {
    for (path, text) in files {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}

/// Replaces the first occurrence of `old` in the file `path` of `folder`, as an editor saving it
/// would (a new file renamed over the old one); a text that is not there fails the test.
public func edit(_ folder: URL, _ path: String, replacing old: String, with new: String,
                 sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = folder.appendingPathComponent(path)
    let text = try String(contentsOf: url, encoding: .utf8)
    let range = try #require(text.range(of: old), "'\(old)' not found in \(path)", sourceLocation: sourceLocation)
    try text.replacingCharacters(in: range, with: new).write(to: url, atomically: true, encoding: .utf8)
}

/// Appends `text` to the file `path` of `folder`.
public func append(_ text: String, to path: String, in folder: URL) throws {
    let url = folder.appendingPathComponent(path)
    try (try String(contentsOf: url, encoding: .utf8) + text).write(to: url, atomically: true, encoding: .utf8)
}

/// Every file below `folder` with its bytes, by path relative to it; `.git` is left out.
public func snapshot(_ folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) where path != ".git" && !path.hasPrefix(".git/") {
        var isFolder: ObjCBool = false
        let url = folder.appendingPathComponent(path)
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
            files[path] = try Data(contentsOf: url)
        }
    }
    return files
}

/// Every file below `folder` as UTF-8 text, by relative path; `.git` is left out.
public func textSnapshot(_ folder: URL) throws -> [String: String] {
    try snapshot(folder).mapValues { String(decoding: $0, as: UTF8.self) }
}
