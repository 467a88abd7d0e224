import Foundation
import TestSupport
import Testing

/// `dossier check` and `dossier new`, run as the built executable.
@Suite(.requires(.dossierExecutable)) struct CommandLineTests {
    @Test func theBundledReportChecksClean() throws {
        let result = try DossierProcess.run(["check", "--strict", "--source", DossierProcess.repository.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.contains("check: no problems"))
    }

    /// `check` makes the site in memory only: it names no output folder, so nothing appears beside the
    /// report's own files, and they stay as they were.
    @Test func checkWritesNothing() throws {
        // The report sits alone in a folder of its own: the test run's shared folder fills with other
        // tests' reports while this one runs.
        let parent = try temporaryFolder("check-alone")
        let root = parent.appendingPathComponent("report")
        try FileManager.default.moveItem(at: try commandReport(), to: root)
        let before = try snapshot(root)
        let neighbours = try FileManager.default.contentsOfDirectory(atPath: parent.path)
        #expect(try DossierProcess.run(["check", "--source", root.path]).status == 0)
        #expect(try snapshot(root) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == neighbours)
    }

    @Test func errorsExitOneWithSourceLineAndCaret() throws {
        let root = try DossierProcess.copyOfBundledReport()
        let file = root.appendingPathComponent("Content/organizations/csto.md")
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "country: uzbekistan", with: "country: uzbekstan")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try DossierProcess.run(["check", "--source", root.path])
        #expect(result.status == 1)
        let lines = result.errors.split(separator: "\n", omittingEmptySubsequences: false)
        let index = try #require(lines.firstIndex { $0.hasSuffix("error: unknown country 'uzbekstan' in members [unknown-reference]") })
        let location = lines[index].split(separator: ":").prefix(3).joined(separator: ":")
        let column = try #require(Int(lines[index].split(separator: ":")[2]))
        #expect(location.hasPrefix("Content/organizations/csto.md:"))
        #expect(lines[index + 1] == "    - country: uzbekstan")
        #expect(lines[index + 2] == "  " + String(repeating: " ", count: column - 1) + "^")
        #expect(lines[index + 3] == "  hint: did you mean 'uzbekistan'?")
    }

    @Test func warningsFailOnlyWithStrict() throws {
        let root = try DossierProcess.copyOfBundledReport()
        let file = root.appendingPathComponent("Content/pages/about.md")
        try (try String(contentsOf: file, encoding: .utf8) + "\n![](../assets/site.css)\n").write(to: file, atomically: true, encoding: .utf8)
        #expect(try DossierProcess.run(["check", "--source", root.path]).status == 0)
        #expect(try DossierProcess.run(["check", "--strict", "--source", root.path]).status == 1)
    }

    @Test func jsonOutputFollowsItsSchema() throws {
        let root = try DossierProcess.copyOfBundledReport()
        let file = root.appendingPathComponent("Content/pages/about.md")
        try (try String(contentsOf: file, encoding: .utf8) + "\n[x](country:belarusia) ![](../assets/site.css)\n").write(to: file, atomically: true, encoding: .utf8)
        let result = try DossierProcess.run(["check", "--format", "json", "--source", root.path])
        #expect(result.status == 1)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        #expect(entries.count == 2)
        for entry in entries {
            #expect(Set(entry.keys) == ["file", "line", "column", "severity", "code", "message", "hint"])
            #expect(entry["file"] is String && entry["line"] is Int && entry["column"] is Int)
            #expect(["error", "warning"].contains(entry["severity"] as? String))
            #expect(entry["code"] is String && entry["message"] is String)
            #expect(entry["hint"] is String || entry["hint"] is NSNull)
        }
        #expect(entries.map { $0["code"] as? String } == ["unknown-reference", "image-missing-alt"])
        #expect(entries[0]["hint"] as? String == "did you mean 'belarus'?")
    }

    @Test func badUsageExitsTwo() throws {
        #expect(try DossierProcess.run(["check", "--format", "xml"]).status == 2)
        let missing = try DossierProcess.run(["check", "--source", "/no/such/report"])
        #expect(missing.status == 2)
        #expect(missing.errors.contains("no such folder: /no/such/report"))
        let notAReport = try temporaryFolder("empty")
        let empty = try DossierProcess.run(["build", "--source", notAReport.path])
        #expect(empty.status == 2)
        #expect(empty.errors.contains("is not a Dossier report: it has no Content/site.yaml"))
    }

    @Test func newWritesAFileThatChecksAndNeverOverwrites() throws {
        let root = try DossierProcess.copyOfBundledReport()
        let created = try DossierProcess.run(["new", "relation", "belarus--ukraine", "--source", root.path])
        #expect(created.status == 0)
        #expect(created.output == "created Content/relations/belarus--ukraine.md\n")
        let check = try DossierProcess.run(["check", "--drafts", "--format", "json", "--source", root.path])
        #expect(check.status == 0, "\(check.output)")
        let again = try DossierProcess.run(["new", "relation", "belarus--ukraine", "--source", root.path])
        #expect(again.status == 1)
        #expect(again.errors.contains("already exists"))
    }

    /// Without a browser on PATH, `dossier pdf` says so in one line and exits 1, before building anything.
    @Test func pdfWithoutChromiumSaysSoInOneLine() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-pdf-\(UUID().uuidString)")
        let result = try DossierProcess.run(["pdf", "--source", DossierProcess.repository.path, "--output", output.path,
                                             output.path + ".pdf"], environment: ["PATH": "/nonexistent"])
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(result.errors.hasPrefix("pdf: no Chromium found (looked for chromium, "))
        #expect(result.errors.split(separator: "\n").count == 1, "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: output.path) && !FileManager.default.fileExists(atPath: output.path + ".pdf"))
    }

    /// `dossier build --pdf` puts the printed edition into the site, linked from the overview and
    /// /report/; a build without it links to no PDF.
    @Test(.requires(.chromium)) func buildWithPDFPutsTheReportIntoTheSite() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-build-pdf-\(UUID().uuidString)")
        let result = try DossierProcess.run(["build", "--pdf", "--source", DossierProcess.repository.path, "--output", output.path])
        #expect(result.status == 0, "\(result.errors)")
        let pdf = try Data(contentsOf: output.appendingPathComponent("report.pdf"))
        #expect(pdf.starts(with: Data("%PDF-".utf8)) && pdf.count > 500_000)
        let home = try ParsedPage(output.appendingPathComponent("index.html"))
        #expect(try home.texts("//p[@class='download']/a/@href") == ["report.pdf"])
        let report = try ParsedPage(output.appendingPathComponent("report/index.html"))
        #expect(try report.texts("//p[@class='download']/a/@href") == ["../report.pdf"])
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: output.path).filter { $0.contains(".dossier-print") }
        #expect(leftovers.isEmpty)
        let plain = output.appendingPathExtension("plain")
        #expect(try DossierProcess.run(["build", "--source", DossierProcess.repository.path, "--output", plain.path]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: plain.appendingPathComponent("report.pdf").path))
        #expect(try ParsedPage(plain.appendingPathComponent("index.html")).texts("//p[@class='download']").isEmpty)
    }
}
