import Content
import Foundation
import FoundationXML
import Pipeline
import Testing
import TestSupport
@testable import Publish

/// The bundled report built and printed once, then read back with poppler's tools: what a reader
/// of the PDF sees, checked independently of the printer's own PDF reader.
struct PrintedReport: Sendable {
    /// One line of the contents as the report's HTML gives it.
    struct Entry: Sendable {
        var id: String
        var title: String
        /// Whether it is a part (Countries …) rather than a page of one.
        var isPart: Bool
    }

    let pdf: URL
    let site: SiteConfig
    let printed: PDFPrinter.Printed
    /// Each page's text as pdftotext lays it out, numbered from 1 (`pages[0]` is page 1).
    let pages: [String]
    /// The contents' entries, in order, from the built `/report/` page.
    let contents: [Entry]
    /// The text of every heading of the report's parts (h2–h4), white space run together.
    let headings: Set<String>
    /// The text of every `<text>` of the visuals in the report, by the visual's id.
    let visualTexts: [String: [String]]
    /// The key judgments' heading and texts on `/report/`, white space run together.
    let keyJudgmentsHeading: String
    let keyJudgments: [String]
    /// The report page's text and its words, for telling a word a line break split from a compound.
    let reportText: String
    let words: Set<String>

    /// The one printing all the tests read; nil when Chromium is missing (the suite is then skipped).
    static let shared: Result<PrintedReport, any Error> = Result { try PrintedReport() }

    private init() throws {
        let output = temporaryPath("pdf-site")
        let build = Builder(writingInto: output).run(BuildOptions(source: Repository.root))
        guard build.succeeded, let site = build.content?.site else {
            throw PDFError("the bundled report does not build: \(build.diagnostics.filter { $0.severity == .error })")
        }
        self.site = site
        pdf = output.deletingLastPathComponent().appendingPathComponent(output.lastPathComponent + ".pdf")
        printed = try PDFPrinter().print(site: output, to: pdf, info: PDFDocumentInfo(site: site))
        let text = try Self.poppler("pdftotext", ["-layout", pdf.path, "-"])
        var split = text.components(separatedBy: "\u{0C}")
        if split.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { split.removeLast() }
        pages = split
        let page = try ParsedPage(output.appendingPathComponent("report/index.html"))
        contents = try page.nodes("//nav[@class='report-contents']//li/span[@class='contents-line']").map { line in
            let link = try #require(try line.nodes(forXPath: "a").first as? XMLElement)
            let href = link.attribute(forName: "href")?.stringValue ?? ""
            let depth = try line.nodes(forXPath: "ancestor::ol").count
            return Entry(id: String(href.dropFirst()), title: (link.stringValue ?? "").trimmingCharacters(in: .whitespacesAndNewlines), isPart: depth == 1)
        }
        let joined = { (text: String) in text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        headings = Set(try page.nodes("//article//*[self::h2 or self::h3 or self::h4]").map { joined($0.stringValue ?? "") })
        var visualTexts: [String: [String]] = [:]
        for svg in try page.nodes("//*[local-name()='svg'][contains(@class, 'visual-svg')]") {
            // Read by name: swift-corelibs-foundation's attribute(forName:) finds nothing in SVG's namespace.
            let id = (svg as? XMLElement)?.attributes?.first { $0.name == "id" }?.stringValue ?? ""
            visualTexts[id, default: []] += try svg.nodes(forXPath: ".//*[local-name()='text']").map { joined($0.stringValue ?? "") }
        }
        self.visualTexts = visualTexts
        keyJudgmentsHeading = try page.nodes("//*[@id='key-judgments-heading']").first.map { joined($0.stringValue ?? "") } ?? ""
        keyJudgments = try page.nodes("//*[@id='key-judgments']//p[@class='judgment-text']").map { joined($0.stringValue ?? "") }
        reportText = try page.nodes("//main").first?.stringValue ?? ""
        words = Set(reportText.split { !$0.isLetter }.map(String.init))
    }

    /// A poppler tool's standard output.
    static func poppler(_ tool: String, _ arguments: [String]) throws -> String {
        let program = try #require(ExternalTool.find(tool))
        return try program.check(arguments).standardOutput
    }

    /// The page's lines, trimmed, without empty ones.
    func lines(ofPage number: Int) -> [String] {
        pages[number - 1].split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The pages the contents takes: from the one headed "Contents" to the one before the first part.
    var contentsPages: ClosedRange<Int> {
        let first = pages.firstIndex { $0.contains("Contents") }.map { $0 + 1 } ?? 2
        let firstPart = contents.first.flatMap { printed.pages[$0.id] } ?? first + 1
        return first...max(first, firstPart - 1)
    }

    /// Each contents line's title and the page number printed at its end, as pdftotext reads them.
    var printedContents: [(title: String, page: Int)] {
        contentsPages.flatMap { lines(ofPage: $0) }.compactMap { line in
            guard let match = line.wholeMatch(of: /(.*\S)\s+(\d+)/), let page = Int(match.output.2) else { return nil }
            return (String(match.output.1), page)
        }
    }
}

@Suite(.requires(.chromium, .poppler), .serialized)
struct PDFEditionTests {
    func report() throws -> PrintedReport { try PrintedReport.shared.get() }

    @Test func isA4WithTheReportsMetadataTaggedAndWithItsFontsEmbedded() throws {
        let report = try report()
        let info = try PrintedReport.poppler("pdfinfo", [report.pdf.path])
        func field(_ name: String) -> String? {
            info.split(separator: "\n").first { $0.hasPrefix(name + ":") }.map { $0.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces) }
        }
        #expect(field("Page size")?.hasSuffix("(A4)") == true, "\(info)")
        #expect(field("Title") == report.site.title)
        #expect(field("Author") == (report.site.authors.map(\.name) + [report.site.organization].compactMap { $0 }).joined(separator: ", "))
        #expect(field("Subject") == report.site.description)
        #expect(field("Keywords") == report.site.keywords.joined(separator: ", "))
        #expect(!report.site.keywords.isEmpty && report.site.organization != nil && report.site.edition != nil)
        #expect(field("Tagged") == "yes")
        // poppler does not show the catalog's language; the printer's own reader does.
        #expect(try PDFDocument(Data(contentsOf: report.pdf)).catalog()["Lang"]?.text == report.site.language)
        #expect(Int(field("Pages") ?? "") == report.pages.count)
        let fonts = try PrintedReport.poppler("pdffonts", [report.pdf.path]).split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        for font in fonts {
            // pdffonts' columns: name type encoding emb sub uni object ID; "emb" is the fourth from the end.
            let columns = font.split(separator: " ", omittingEmptySubsequences: true)
            #expect(columns.count >= 7 && columns[columns.count - 5] == "yes", "not embedded: \(font)")
        }
    }

    @Test func theCoverShowsTitleSubtitleDateEditionAuthorsAndOrganizationAndNoPageNumber() throws {
        let report = try report()
        let cover = report.pages[0].split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let site = report.site
        for text in [site.title, site.subtitle ?? "", "Report date: \(site.asOf.longDescription)", site.edition ?? "",
                     site.organization ?? ""] + site.authors.map(\.name) {
            #expect(cover.contains(text), "the cover lacks '\(text)': \(cover)")
        }
        #expect(!report.lines(ofPage: 1).contains("1"))
    }

    /// A reader who opens the report meets its bottom line first: the key judgments on the page after
    /// the cover, before the contents.
    @Test func theKeyJudgmentsFollowTheCoverBeforeTheContents() throws {
        let report = try report()
        #expect(report.keyJudgments.count == 9 && !report.keyJudgmentsHeading.isEmpty)
        // The page's words run together: without the soft hyphens Chromium's text keeps, and with the
        // words a line break split (ending in the hyphen it draws, U+2010) joined again.
        let second = report.pages[1].replacingOccurrences(of: "\u{AD}", with: "").replacing(/\u{2010}[ ]*\n\s*/, with: "")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(second.hasPrefix(report.keyJudgmentsHeading), "\(second.prefix(200))")
        for judgment in report.keyJudgments {
            #expect(second.contains(judgment), "page 2 lacks '\(judgment)'")
        }
        #expect(report.contentsPages.lowerBound > 2)
    }

    @Test func everyContentsEntryGivesThePageItsHeadingIsOn() throws {
        let report = try report()
        let printed = report.printedContents
        #expect(printed.count == report.contents.count, "\(printed)")
        for (entry, line) in zip(report.contents, printed) {
            #expect(line.title == entry.title)
            #expect(line.page == report.printed.pages[entry.id])
            // The heading's text is on that page as lines of its own (a long one wraps).
            let lines = report.lines(ofPage: line.page)
            let headed = lines.indices.contains { start in
                var text = ""
                for line in lines[start...] where text.count < entry.title.count {
                    text += (text.isEmpty ? "" : " ") + line
                }
                return text == entry.title
            }
            #expect(headed, "'\(entry.title)' is not a line of page \(line.page): \(lines)")
        }
        #expect(printed.map(\.page) == printed.map(\.page).sorted())
    }

    @Test func partsStartOnARightHandPageAfterABlankOne() throws {
        let report = try report()
        for entry in report.contents where entry.isPart {
            let page = try #require(report.printed.pages[entry.id])
            #expect(page % 2 == 1, "\(entry.title) starts on page \(page), a left-hand page")
            #expect(report.lines(ofPage: page).contains(entry.title))
        }
        // A page left blank before a part carries no running head and no number.
        for number in 2...report.pages.count where report.lines(ofPage: number).isEmpty {
            let next = number + 1
            #expect(report.contents.contains { $0.isPart && report.printed.pages[$0.id] == next }, "page \(number) is blank but no part follows it")
        }
    }

    @Test func everyPageButTheCoverAndBlankOnesEndsWithItsNumberAndPartsHaveRunningHeads() throws {
        let report = try report()
        let shortTitle = report.site.shortTitle ?? report.site.title
        let parts = report.contents.filter(\.isPart).compactMap { entry in report.printed.pages[entry.id].map { ($0, entry.title) } }.sorted { $0.0 < $1.0 }
        for number in 2...report.pages.count {
            let lines = report.lines(ofPage: number)
            guard !lines.isEmpty else { continue }
            #expect(lines.last == String(number), "page \(number) ends with '\(lines.last ?? "")'")
            guard let part = parts.last(where: { $0.0 <= number }) else { continue }
            let head = lines[0]
            #expect(head.hasPrefix(shortTitle) && head.hasSuffix(part.1), "page \(number)'s running head is '\(head)', not '\(shortTitle) … \(part.1)'")
        }
    }

    @Test func theOutlineHasEveryPartAndPageAtItsPage() throws {
        let report = try report()
        let xml = try PrintedReport.poppler("pdftohtml", ["-xml", "-i", "-stdout", "-q", report.pdf.path])
        let outline = try ParsedPage(data: Data(xml.utf8))
        let items = try outline.nodes("//outline/item").map { item in
            ((item.stringValue ?? "").trimmingCharacters(in: .whitespacesAndNewlines), Int((item as? XMLElement)?.attribute(forName: "page")?.stringValue ?? "") ?? 0)
        }
        for entry in report.contents {
            let page = try #require(report.printed.pages[entry.id])
            #expect(items.contains { $0.0 == entry.title && $0.1 == page }, "no bookmark '\(entry.title)' at page \(page)")
        }
    }

    /// A heading at the foot of a page, its text on the next, is what print CSS's `break-after:
    /// avoid` is for: read from where the lines land, no page's last line of text is a heading.
    @Test func noHeadingEndsAPage() throws {
        let report = try report()
        for number in 2...report.pages.count {
            var lines = report.lines(ofPage: number)
            if lines.last == String(number) { lines.removeLast() }
            guard lines.count > 1 else { continue }
            // A heading may wrap: its last one to three lines.
            for count in 1...min(3, lines.count - 1) {
                let tail = lines.suffix(count).joined(separator: " ")
                #expect(!report.headings.contains(tail), "page \(number) ends with the heading '\(tail)'")
            }
        }
    }

    /// The visuals are drawn as vector graphics: the PDF holds no image at all, and the text of
    /// every label of the report's visuals is in the PDF's text (it would not be, rasterised).
    @Test func visualsStayVectorGraphicsWithTheirText() throws {
        let report = try report()
        let images = try PrintedReport.poppler("pdfimages", ["-list", report.pdf.path]).split(separator: "\n").dropFirst(2)
        #expect(images.isEmpty, "raster images in the PDF: \(images)")
        let text = try PrintedReport.poppler("pdftotext", ["-raw", report.pdf.path, "-"]).filter { !$0.isWhitespace }
        #expect(report.visualTexts.count >= 2, "\(report.visualTexts.keys)")
        for (id, labels) in report.visualTexts {
            let words = labels.filter { $0.contains(where: \.isLetter) }
            #expect(!words.isEmpty, "\(id) has no text")
            for label in words {
                #expect(text.contains(label.filter { !$0.isWhitespace }), "\(id)'s '\(label)' is not text in the PDF")
            }
        }
    }

    /// The text is hyphenated with the report language's patterns: lines end in a hyphen the
    /// report's own words do not have, and the word joined back is one of the report's.
    @Test(.requires(.hyphenation)) func runningTextIsHyphenated() throws {
        let report = try report()
        #expect(report.printed.hyphenation == "hyph_en_US.dic")
        var broken: [String] = []
        for page in report.pages {
            // Chromium's text keeps the soft hyphens (U+00AD) where they are, and a line broken at one
            // ends with the hyphen it draws (U+2010).
            let lines = page.split(separator: "\n").map { $0.replacingOccurrences(of: "\u{AD}", with: "").trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            for (line, next) in zip(lines, lines.dropFirst()) {
                guard let match = line.firstMatch(of: /(\p{L}+)\u{2010}$/), let rest = next.firstMatch(of: /^\p{Ll}+/) else { continue }
                let word = String(match.output.1) + String(rest.output)
                if report.words.contains(word), !report.reportText.contains(String(match.output.1) + "-" + String(rest.output)) { broken.append(word) }
            }
        }
        #expect(broken.count >= 10, "\(broken)")
    }

    @Test func printingTwoPassesSettlesTheNumbers() throws {
        let report = try report()
        #expect((2...PDFPrinter.maximumPasses).contains(report.printed.passes))
        #expect(Set(report.printed.pages.keys) == Set(report.contents.map(\.id)))
    }
}
