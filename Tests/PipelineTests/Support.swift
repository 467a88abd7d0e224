import Foundation
import FoundationXML
import Testing
@testable import Pipeline

/// The repository, which holds the bundled report.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A fresh folder under the system's temporary folder.
func temporaryFolder(_ name: String) -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("dossier-\(name)-\(UUID().uuidString)")
}

/// A copy of the bundled report (Content/ and Templates/) that a test may break.
func copyOfBundledReport() throws -> URL {
    let folder = temporaryFolder("report")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for part in ["Content", "Templates"] {
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent(part), to: folder.appendingPathComponent(part))
    }
    return folder
}

/// A generated page parsed as XML: the theme writes well-formed HTML, so a strict parser both reads it
/// and proves it well formed.
struct ParsedPage {
    let document: XMLDocument

    init(_ url: URL) throws {
        document = try XMLDocument(data: Data(contentsOf: url), options: [])
    }

    func nodes(_ xpath: String) throws -> [XMLNode] { try document.nodes(forXPath: xpath) }

    func texts(_ xpath: String) throws -> [String] {
        try nodes(xpath).map { ($0.stringValue ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
    }
}

/// Replaces the first occurrence of `old` in a file of the report copy.
func edit(_ report: URL, _ file: String, replacing old: String, with new: String) throws {
    let url = report.appendingPathComponent(file)
    let text = try String(contentsOf: url, encoding: .utf8)
    let range = try #require(text.range(of: old), "'\(old)' not found in \(file)")
    try text.replacingCharacters(in: range, with: new).write(to: url, atomically: true, encoding: .utf8)
}

/// Every file below `folder` with its bytes, by relative path.
func snapshot(_ folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
        var isFolder: ObjCBool = false
        let url = folder.appendingPathComponent(path)
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
            files[path] = try Data(contentsOf: url)
        }
    }
    return files
}
