import Pipeline
import Foundation
import Site

/// `dossier pdf`: prints the built site's one-page report to PDF with headless Chromium.
public struct PDFPrinter: Sendable {
    /// The browser's names on `PATH`, in order of preference.
    public static let browsers = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// The browser found, or nil.
    public let browser: ExternalTool?

    /// A printer with the first browser found on `PATH`.
    public init() {
        browser = Self.browsers.lazy.compactMap { ExternalTool.find($0) }.first
    }

    /// Prints `site`'s `report/index.html` to `pdf`.
    public func print(site: URL, to pdf: URL) throws(DeployError) {
        guard let browser else {
            throw DeployError("no Chromium found (looked for \(Self.browsers.joined(separator: ", "))); install it (Debian: apt-get install chromium), or open \(Route.report.path)index.html in a browser and print to PDF")
        }
        let page = site.appendingPathComponent(Route.report.outputFile)
        guard FileManager.default.fileExists(atPath: page.path) else { throw DeployError("\(page.path) does not exist; build the site first") }
        try? FileManager.default.removeItem(at: pdf)
        // --no-sandbox: Chromium refuses to start its sandbox as root, which is how CI and containers run.
        try browser.check(["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                           "--print-to-pdf=\(pdf.path)", page.absoluteString])
        guard FileManager.default.fileExists(atPath: pdf.path) else { throw DeployError("\(browser.name) wrote no PDF at \(pdf.path)") }
    }
}
