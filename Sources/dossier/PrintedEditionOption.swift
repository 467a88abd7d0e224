import ArgumentParser
import Foundation
import Pipeline
import Publish

/// `--pdf` of `build` and `deploy`: the printed edition put into the site as `report.pdf`, printed
/// with headless Chromium from the new site before it is swapped in (and so before it is published).
enum PrintedEditionOption {
    /// The step that prints it; without a browser, says so in one line after `command` and exits 1,
    /// before anything is built.
    static func step(for command: String) throws -> PrintedEditionStep {
        let printer = PDFPrinter()
        guard printer.browser != nil else {
            FileHandle.standardError.write(Data("\(command): --pdf: \(PDFPrinter.missingBrowser)\n".utf8))
            throw ExitCode(1)
        }
        return PrintedEditionStep { site, file, config in
            try printer.print(site: site, to: file, info: PDFDocumentInfo(site: config))
        }
    }
}
