import Diagnostics
import ArgumentParser
import Pipeline
import Content
import Foundation

/// `dossier check`: every validation of a build, without writing the site.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the report for every problem a build would find, without writing anything.",
        discussion: "Exit status: 0 clean, 1 errors (or warnings with --strict), 2 bad usage.")

    @OptionGroup var source: SourceOptions

    @Flag(help: "Check pages marked 'draft: true' too.")
    var drafts = false

    @Flag(help: "Fail on warnings as well as errors.")
    var strict = false

    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        let root = source.url
        let report = Builder().run(BuildOptions(source: root, includeDrafts: drafts))
        let found = report.diagnostics
        diagnostics.printer(root: root).print(found)
        FileHandle.standardError.write(Data("check: \(DiagnosticFormatter.summary(found))\n".utf8))
        if found.hasErrors || (strict && !found.isEmpty) { throw ExitCode(1) }
    }
}
