import Foundation
import TestSupport
import Testing

/// `dossier pdf` as a user runs it, with the Chromium installed here (and without any).
@Suite(.requires(.dossierExecutable)) struct PDFCommandTests {
    @Test(.requires(.chromium), .requires(.hyphenation)) func printsTheReportToTheFileNamed() throws {
        let report = try commandReport()
        let result = try DossierProcess.run(["pdf", "brief.pdf", "--source", report.path], in: report)
        #expect(result.status == 0, "\(result.errors)")
        #expect(try Regex(#"^wrote brief\.pdf from Public/report/ \([2-4] printings to settle the contents' page numbers; hyphenated with hyph_en_US\.dic\)\n$"#).wholeMatch(in: result.output) != nil,
                "\(result.output)")
        let pdf = try Data(contentsOf: report.appendingPathComponent("brief.pdf"))
        #expect(pdf.starts(with: Data("%PDF-".utf8)))
        #expect(pdf.count > 1_000)
    }

    @Test func writesNoPDFWhenTheBuildHasErrors() throws {
        let report = try commandReport(brokenBrief)
        let result = try DossierProcess.run(["pdf", "--source", report.path], in: report)
        #expect(result.status == 1)
        #expect(result.errorLines.last == "pdf: the build has errors; no PDF written")
        #expect(!FileManager.default.fileExists(atPath: report.appendingPathComponent("report.pdf").path))
    }

    /// Without a Chromium on `PATH` it says so, what it looked for and what to do instead.
    @Test func saysSoWhenNoChromiumIsInstalled() throws {
        let report = try commandReport()
        let empty = try temporaryFolder("no-browsers")
        let result = try DossierProcess.run(["pdf", "--source", report.path], in: report, environment: ["PATH": empty.path])
        #expect(result.status == 1)
        #expect(result.errors.contains("pdf: no Chromium found (looked for chromium, chromium-browser, google-chrome, google-chrome-stable)"),
                "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: report.appendingPathComponent("report.pdf").path))
    }
}

/// `dossier new` as a user runs it: one file per kind, never overwriting, slugs checked first.
@Suite(.requires(.dossierExecutable)) struct NewCommandTests {
    @Test(arguments: [("country", "moldova", "Content/countries/moldova.md"),
                      ("organization", "guuam", "Content/organizations/guuam.md"),
                      ("relation", "belarus--russia", "Content/relations/belarus--russia.md"),
                      ("scenario", "frozen-conflicts", "Content/scenarios/frozen-conflicts.md"),
                      ("page", "glossary", "Content/pages/glossary.md")])
    func writesADraftOfItsKind(_ kind: String, _ slug: String, _ file: String) throws {
        let report = try commandReport()
        let result = try DossierProcess.run(["new", kind, slug, "--source", report.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output == "created \(file)\n")
        let text = try String(contentsOf: report.appendingPathComponent(file), encoding: .utf8)
        #expect(text.hasPrefix("---\n") && text.contains("\ndraft: true"), "\(text)")
        let build = try DossierProcess.run(["build", "--source", report.path, "--output", temporaryPath("site").path])
        #expect(build.status == 0, "a draft is left out of the build: \(build.errors)")
    }

    @Test func neverOverwritesAFile() throws {
        let report = try commandReport()
        let brief = report.appendingPathComponent("Content/countries/belarus.md")
        let before = try Data(contentsOf: brief)
        let result = try DossierProcess.run(["new", "country", "belarus", "--source", report.path])
        #expect(result.status == 1)
        #expect(result.errors == "error: Content/countries/belarus.md already exists; not overwritten\n")
        #expect(try Data(contentsOf: brief) == before)
    }

    @Test(arguments: [
        (["new", "planet", "mars"], "'planet' is not a kind of page; choose one of "),
        (["new", "country", "Not_A_Slug"], "'Not_A_Slug' is not a valid slug: use lower-case letters, digits and single hyphens"),
        (["new", "relation", "russia"], "a relation's slug joins its two parties with '--', e.g. 'russia--ukraine'"),
        (["new", "country", "russia--ukraine"], "only a relation's slug may contain '--'"),
        (["new", "country"], "Missing expected argument '<slug>'"),
    ])
    func badUsageExitsTwoAndWritesNothing(_ arguments: [String], _ message: String) throws {
        let report = try commandReport()
        let before = try snapshot(report)
        let result = try DossierProcess.run(arguments + ["--source", report.path])
        #expect(result.status == 2)
        #expect(result.errors.contains(message), "\(result.errors)")
        #expect(try snapshot(report) == before)
    }
}
