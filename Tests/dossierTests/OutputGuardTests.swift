import Foundation
import Testing

/// Every file, folder and link below `folder` (hidden ones too) with its bytes or link target, by
/// relative path; links are not followed, so a link loop is read as the link it is.
func tree(_ folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    func visit(_ relative: String) throws {
        let url = relative.isEmpty ? folder : folder.appendingPathComponent(relative)
        for name in try FileManager.default.contentsOfDirectory(atPath: url.path) {
            let path = relative.isEmpty ? name : relative + "/" + name
            let child = folder.appendingPathComponent(path)
            switch try FileManager.default.attributesOfItem(atPath: child.path)[.type] as? FileAttributeType {
            case .typeSymbolicLink?: files[path] = Data(try FileManager.default.destinationOfSymbolicLink(atPath: child.path).utf8)
            case .typeDirectory?:
                files[path + "/"] = Data()
                try visit(path)
            default: files[path] = try Data(contentsOf: child)
            }
        }
    }
    try visit("")
    return files
}

/// `dossier build`, `deploy` and `pdf` refuse an output folder whose replacement would lose work,
/// with one line and exit 2, and leave every file of the report and of the refused folder as it was.
@Suite struct OutputGuardTests {
    /// A place a command may be pointed at, built in a scratch folder holding a copy of the report in `report/`.
    struct Place: CustomTestStringConvertible, Sendable {
        var name: String
        /// The output path, given the scratch folder and the report inside it.
        var output: @Sendable (_ scratch: URL, _ report: URL) throws -> String
        /// What the refusal must say.
        var reason: String
        var testDescription: String { name }
    }

    static let refused: [Place] = [
        Place(name: "the report folder", output: { $1.path }, reason: "it is the report folder itself"),
        Place(name: "the report folder through '.'", output: { $1.path + "/Content/.." }, reason: "it is the report folder itself"),
        Place(name: "a link to the report folder", output: { scratch, report in
            let link = scratch.appendingPathComponent("shortcut")
            try FileManager.default.createSymbolicLink(at: link, withDestinationURL: report)
            return link.path
        }, reason: "it is the report folder itself"),
        Place(name: "an ancestor of the report", output: { scratch, _ in scratch.path }, reason: "it holds the report"),
        Place(name: "Content/", output: { $1.appendingPathComponent("Content").path }, reason: "inside the report's Content/ folder"),
        Place(name: "a folder inside Content/", output: { $1.appendingPathComponent("Content/countries/site").path },
              reason: "inside the report's Content/ folder"),
        Place(name: "Templates/", output: { $1.appendingPathComponent("Templates").path }, reason: "inside the report's Templates/ folder"),
        Place(name: "another report", output: { scratch, report in
            let other = scratch.appendingPathComponent("other")
            try FileManager.default.createDirectory(at: other.appendingPathComponent("Templates"), withIntermediateDirectories: true)
            try Data("keep".utf8).write(to: other.appendingPathComponent("Templates/layout.mustache"))
            return other.path
        }, reason: "it holds a Templates/ folder"),
        Place(name: "the root folder", output: { _, _ in "/" }, reason: "it is the root folder"),
        Place(name: "the home folder", output: { scratch, _ in scratch.appendingPathComponent("home").path }, reason: "it is your home folder"),
        Place(name: "a folder of someone's files", output: { scratch, _ in
            let notes = scratch.appendingPathComponent("notes")
            try FileManager.default.createDirectory(at: notes, withIntermediateDirectories: true)
            try Data("draft".utf8).write(to: notes.appendingPathComponent("ideas.txt"))
            return notes.path
        }, reason: "it is not empty and Dossier did not make it"),
        Place(name: "a file", output: { scratch, _ in
            let file = scratch.appendingPathComponent("thesis.txt")
            try Data("chapter one".utf8).write(to: file)
            return file.path
        }, reason: "it is a file"),
        Place(name: "a folder whose spare tree is someone's files", output: { scratch, _ in
            let spare = scratch.appendingPathComponent(".site.previous")
            try FileManager.default.createDirectory(at: spare, withIntermediateDirectories: true)
            try Data("mine".utf8).write(to: spare.appendingPathComponent("letter.txt"))
            return scratch.appendingPathComponent("site").path
        }, reason: "the folder beside it that holds the previous build"),
    ]

    /// A scratch folder with a copy of the bundled report and a home folder holding a file.
    func scratch() throws -> (scratch: URL, report: URL) {
        let report = try DossierProcess.copyOfBundledReport()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-guard-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch.appendingPathComponent("home"), withIntermediateDirectories: true)
        try Data("settings".utf8).write(to: scratch.appendingPathComponent("home/.profile"))
        try FileManager.default.moveItem(at: report, to: scratch.appendingPathComponent("report"))
        return (scratch, scratch.appendingPathComponent("report"))
    }

    @Test(arguments: refused, ["build", "deploy", "pdf"])
    func refusesWithOneLineAndTouchesNothing(place: Place, command: String) throws {
        let (scratch, report) = try scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = try place.output(scratch, report)
        let before = try tree(scratch)
        let arguments = [command] + (command == "deploy" ? ["rsync:\(scratch.path)/mirror"] : [])
            + ["--source", report.path, "--output", output]
        let result = try DossierProcess.run(arguments, environment: ["HOME": scratch.appendingPathComponent("home").path])
        #expect(result.status == 2)
        #expect(result.errors.hasPrefix("refusing to") && result.errors.contains(place.reason), "\(result.errors)")
        #expect(result.errors.filter { $0 == "\n" }.count == 1, "one line: \(result.errors)")
        #expect(try tree(scratch) == before)
    }

    @Test func buildsIntoNewEmptyAndOwnFoldersAndMarksThem() throws {
        let (scratch, report) = try scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let empty = scratch.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        for output in [scratch.appendingPathComponent("fresh/Public"), empty] {
            let first = try DossierProcess.run(["build", "--source", report.path, "--output", output.path])
            #expect(first.status == 0, "\(first.errors)")
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(".dossier-output").path))
            // Without the record of the first build, the second is a whole one and writes the spare tree.
            try FileManager.default.removeItem(at: output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).cache"))
            let second = try DossierProcess.run(["build", "--source", report.path, "--output", output.path])
            #expect(second.status == 0, "\(second.errors)")
            let spare = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).previous")
            #expect(FileManager.default.fileExists(atPath: spare.appendingPathComponent(".dossier-output").path))
        }
    }

    /// A site built before outputs carried the marker is recognised by its home page, sitemap and
    /// assets folder, rebuilt, and marked.
    @Test func acceptsAnUnmarkedSiteOfAnEarlierBuild() throws {
        let (scratch, report) = try scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("Public")
        #expect(try DossierProcess.run(["build", "--source", report.path, "--output", output.path]).status == 0)
        for folder in [output, scratch.appendingPathComponent(".Public.previous")] {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(".dossier-output"))
        }
        let again = try DossierProcess.run(["build", "--source", report.path, "--output", output.path])
        #expect(again.status == 0, "\(again.errors)")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(".dossier-output").path))
        // Without its sitemap, the same folder is no longer taken for a site.
        try FileManager.default.removeItem(at: output.appendingPathComponent(".dossier-output"))
        try FileManager.default.removeItem(at: output.appendingPathComponent("sitemap.xml"))
        let refused = try DossierProcess.run(["build", "--source", report.path, "--output", output.path])
        #expect(refused.status == 2)
        #expect(refused.errors.contains("rm -r '\(output.path)'"), "\(refused.errors)")
    }
}
