import Pipeline
import Foundation
import Site

/// `dossier pdf`: prints the built site's one-page report to PDF with headless Chromium, in passes:
/// the first lays the report out with placeholders in the contents; the printer reads from that
/// PDF's named destinations the page each part and entry landed on, writes the numbers into the
/// contents (and a blank page before any part that would start on a left-hand page), prints again
/// and checks that every heading landed where the contents says. The document information
/// (author, subject, keywords) is then added, since Chromium writes only the title.
public struct PDFPrinter: Sendable {
    /// The browser's names on `PATH`, in order of preference.
    public static let browsers = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// The most printing passes before the contents' numbers must have settled: the second pass
    /// normally confirms the first's layout; a third is there for a layout the numbers move.
    static let maximumPasses = 4

    /// The browser found, or nil.
    public let browser: ExternalTool?

    /// A printer with the first browser found on `PATH`.
    public init() {
        browser = Self.browsers.lazy.compactMap { ExternalTool.find($0) }.first
    }

    /// What one printing told: how many passes it took and where each contents entry landed.
    public struct Printed: Sendable {
        /// The printing passes Chromium ran.
        public var passes: Int
        /// The page of each part and entry the contents lists, by id.
        public var pages: [String: Int]
        /// The report's language and the hyphenation dictionary its text was hyphenated with, if one was installed.
        public var language: String
        public var hyphenation: String?

        /// What to say of the hyphenation: the dictionary used, or how to get one.
        public var hyphenationNote: String {
            if let hyphenation { return "hyphenated with \(hyphenation)" }
            return "not hyphenated: no hyphenation dictionary for '\(language)' is installed (Debian's hyphen-* packages, e.g. hyphen-en-us or hyphen-ru; ./scripts/setup-pdf-tools installs those two)"
        }
    }

    /// The one line said when no browser is installed.
    public static var missingBrowser: String {
        "no Chromium found (looked for \(browsers.joined(separator: ", "))); install it (Debian: apt-get install chromium), or open \(Route.report.path)index.html in a browser and print to PDF"
    }

    /// Prints `site`'s `report/index.html` to `pdf`, with `info` as its document information.
    @discardableResult
    public func print(site: URL, to pdf: URL, info: PDFDocumentInfo) throws(DeployError) -> Printed {
        guard let browser else { throw DeployError(Self.missingBrowser) }
        let page = site.appendingPathComponent(Route.report.outputFile)
        guard let html = try? String(contentsOf: page, encoding: .utf8) else { throw DeployError("\(page.path) does not exist; build the site first") }
        let language = PrintEdition.language(of: html) ?? "en"
        let hyphenation = Hyphenation.installed(for: language)
        let edition = PrintEdition(html: html, hyphenation: hyphenation)
        // The copy each pass prints sits beside the report page, so its relative links to the stylesheet hold.
        let copy = page.deletingLastPathComponent().appendingPathComponent(".dossier-print-\(UUID().uuidString).html")
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-pdf-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: copy)
            try? FileManager.default.removeItem(at: work)
        }
        do {
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        } catch {
            throw DeployError("cannot make a temporary folder for printing: \(error.localizedDescription)")
        }
        let draft = work.appendingPathComponent("pass.pdf")
        var numbers: [String: Int] = [:]
        var blanks: Set<String> = []
        for pass in 1...Self.maximumPasses {
            do {
                try Data(edition.html(numbers: numbers, blankBefore: blanks).utf8).write(to: copy)
            } catch {
                throw DeployError("cannot write \(copy.path): \(error.localizedDescription)")
            }
            try printOnce(copy, to: draft, with: browser, profile: work.appendingPathComponent("profile"))
            let landed: [String: Int]
            do {
                landed = try PDFDocument(Data(contentsOf: draft)).destinationPages()
            } catch {
                throw DeployError("cannot read the PDF \(browser.name) wrote: \(error)")
            }
            let missing = edition.references.filter { landed[$0] == nil }
            guard missing.isEmpty else {
                throw DeployError("\(browser.name) placed no destination for \(missing.joined(separator: ", ")), so their page numbers are unknown")
            }
            let pages = landed.filter { edition.references.contains($0.key) }
            if let next = edition.nextLayout(landed: pages, blanks: blanks) {
                (numbers, blanks) = next
            } else if pages == numbers {
                try finish(draft, to: pdf, info: info, headings: edition.headings)
                return Printed(passes: pass, pages: pages, language: language, hyphenation: hyphenation?.name)
            } else {
                numbers = pages
            }
        }
        throw DeployError("the contents' page numbers did not settle after \(Self.maximumPasses) printings; the layout moves with its own numbers")
    }

    /// Runs Chromium once on `page`.
    private func printOnce(_ page: URL, to pdf: URL, with browser: ExternalTool, profile: URL) throws(DeployError) {
        try? FileManager.default.removeItem(at: pdf)
        // --no-sandbox: Chromium refuses to start its sandbox as root, which is how CI and containers run.
        // A profile of its own: printers running at once must not hand their work to one another's browser.
        try browser.check(["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-pdf-header-footer",
                           "--generate-pdf-document-outline", "--user-data-dir=\(profile.path)",
                           "--print-to-pdf=\(pdf.path)", page.absoluteString])
        guard FileManager.default.fileExists(atPath: pdf.path) else { throw DeployError("\(browser.name) wrote no PDF at \(pdf.path)") }
    }

    /// Adds the document information to the last pass's PDF, gives wrapped headings' bookmarks
    /// their spaces back, and writes it to `pdf`.
    private func finish(_ draft: URL, to pdf: URL, info: PDFDocumentInfo, headings: [String]) throws(DeployError) {
        do {
            let document = try PDFDocument(Data(contentsOf: draft))
            var update = PDFUpdate()
            try update.repairOutline(of: document, headings: headings)
            try info.write(into: &update, of: document)
            try update.applied(to: document).write(to: pdf, options: .atomic)
        } catch let error as PDFError {
            throw DeployError("cannot add the document information: \(error)")
        } catch {
            throw DeployError("cannot write \(pdf.path): \(error.localizedDescription)")
        }
    }
}
