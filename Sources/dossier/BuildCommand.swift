import ArgumentParser
import Pipeline
import Foundation
import Publish

/// `dossier build`: compiles the report into a static site.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the report into a static site (default: Public/).",
        discussion: """
            The site is written beside the output folder and swapped in only when the build succeeds, so a failed build leaves the previous site untouched. \
            Files whose bytes did not change are not rewritten, and a build of unchanged inputs into an untouched output \
            stops at once (the record of the last build is kept beside the output, as .NAME.cache).
            """)

    @OptionGroup var source: SourceOptions

    @OptionGroup var output: OutputOptions

    @Flag(help: "Include pages marked 'draft: true'.")
    var drafts = false

    @Flag(help: "Print how long each build stage took.")
    var timings = false

    @Flag(help: "Also print the whole report into the site as report.pdf (with headless Chromium), linked from the overview and /report/.")
    var pdf = false

    @OptionGroup var site: SiteOptions

    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        try output.check(source: source)
        let sourceURL = source.url
        var options = site.buildOptions(source: sourceURL, includeDrafts: drafts)
        if pdf { options.printedEdition = try PrintedEditionOption.step(for: "build") }
        let progress = ProgressLine()
        let report = Builder(writingInto: output.url, keepingRecord: true).run(options, progress: progress?.progress)
        progress?.finish()
        diagnostics.printer(root: sourceURL).print(report.diagnostics)
        if timings {
            let lines = report.timings.map { "  \($0.stage.padding(toLength: 9, withPad: " ", startingAt: 0)) \(String(format: "%7.1f", $0.seconds * 1000)) ms\n" }
            FileHandle.standardError.write(Data(lines.joined().utf8))
        }
        guard report.succeeded else {
            let errors = report.diagnostics.filter { $0.severity == .error }.count
            FileHandle.standardError.write(Data("build failed: \(errors) error\(errors == 1 ? "" : "s"); \(output.output)/ left as it was\n".utf8))
            throw ExitCode(1)
        }
        let warnings = report.diagnostics.count
        let line = "built \(report.pageCount) pages into \(output.output)/ in \(Int((report.seconds * 1000).rounded())) ms"
            + (warnings > 0 ? " with \(warnings) warning\(warnings == 1 ? "" : "s")" : "")
            + (report.reused ? " (nothing changed since the last build: no file rewritten)" : "") + "\n"
        // With JSON on standard output, the status line goes to standard error so the output stays parseable.
        (diagnostics.format == .json ? FileHandle.standardError : FileHandle.standardOutput).write(Data(line.utf8))
    }
}

/// `--source DIR`, shared by every command that reads a report.
struct SourceOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "The report folder, holding Content/ and Templates/.")
    var source: String = "."

    var url: URL {
        URL(fileURLWithPath: source, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
    }

    /// A report folder that does not exist, or a folder that is not a report at all, is a mistyped
    /// command rather than a broken report: one clear line instead of a diagnostic per missing file.
    func validate() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError("no such folder: \(source)")
        }
        guard FileManager.default.fileExists(atPath: url.appendingPathComponent("Content/site.yaml").path) else {
            throw ValidationError("\(source) is not a Dossier report: it has no Content/site.yaml (run dossier in the report's folder, or pass --source DIR)")
        }
    }
}
