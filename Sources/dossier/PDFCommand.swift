import ArgumentParser
import Pipeline
import Foundation
import Publish

/// `dossier pdf`: builds the site and prints its one-page report to PDF with headless Chromium.
struct PDFCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pdf",
        abstract: "Build the site and print the whole report (/report/) to a PDF with headless Chromium.",
        discussion: "The PDF has a cover, a contents page with the page of every part and entry (checked against where each heading landed), running heads, page numbers, bookmarks and the report's metadata.")

    @Argument(help: ArgumentHelp("The PDF to write.", valueName: "file"))
    var file: String = "report.pdf"

    @OptionGroup var source: SourceOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var site: SiteOptions
    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        try output.check(source: source)
        let printer = PDFPrinter()
        // Said before building: without a browser there is nothing to print with.
        guard printer.browser != nil else {
            FileHandle.standardError.write(Data("pdf: \(PDFPrinter.missingBrowser)\n".utf8))
            throw ExitCode(1)
        }
        let report = Builder(writingInto: output.url).run(site.buildOptions(source: source.url))
        diagnostics.printer(root: source.url).print(report.diagnostics)
        guard report.succeeded, let config = report.content?.site else {
            FileHandle.standardError.write(Data("pdf: the build has errors; no PDF written\n".utf8))
            throw ExitCode(1)
        }
        let pdf = URL(fileURLWithPath: file, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
        do {
            let printed = try printer.print(site: output.url, to: pdf, info: PDFDocumentInfo(site: config))
            print("wrote \(file) from \(output.output)/report/ (\(printed.passes) printings to settle the contents' page numbers; \(printed.hyphenationNote))")
        } catch {
            FileHandle.standardError.write(Data("pdf: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}
