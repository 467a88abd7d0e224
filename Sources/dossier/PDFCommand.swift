import ArgumentParser
import Pipeline
import Foundation
import Publish

/// `dossier pdf`: builds the site and prints its one-page report to PDF with headless Chromium.
struct PDFCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pdf",
        abstract: "Build the site and print the whole report (/report/) to a PDF with headless Chromium.")

    @Argument(help: ArgumentHelp("The PDF to write.", valueName: "file"))
    var file: String = "report.pdf"

    @OptionGroup var source: SourceOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var site: SiteOptions
    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        try output.check(source: source)
        let printer = PDFPrinter()
        let report = Builder().run(site.buildOptions(source: source.url, output: output.url))
        diagnostics.printer(root: source.url).print(report.diagnostics)
        guard report.succeeded else {
            FileHandle.standardError.write(Data("pdf: the build has errors; no PDF written\n".utf8))
            throw ExitCode(1)
        }
        let pdf = URL(fileURLWithPath: file, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
        do {
            try printer.print(site: output.url, to: pdf)
        } catch {
            FileHandle.standardError.write(Data("pdf: \(error)\n".utf8))
            throw ExitCode(1)
        }
        print("wrote \(file) from \(output.output)/report/")
    }
}
