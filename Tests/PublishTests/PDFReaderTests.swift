import Foundation
import Testing
import TestSupport
@testable import Publish

/// A small PDF written by hand, with a page tree two levels deep, named destinations, an outline
/// and a document information dictionary, its cross-reference table computed as it is written.
func handWrittenPDF() -> Data {
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R /Dests 6 0 R /Outlines 7 0 R >>",
        "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        "<< /Type /Pages /Parent 2 0 R /Kids [5 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 4 0 R /MediaBox [0 0 595 842] >>",
        "<< /countries [5 0 R /XYZ 0 800 0] /overview [3 0 R /XYZ 0 800 0] /country#2Dbelarus << /D [5 0 R /Fit] >> >>",
        "<< /Type /Outlines /First 8 0 R /Last 8 0 R /Count 1 >>",
        "<< /Title (The 201st base in\\nTajikistan \\(2004\\)) /Parent 7 0 R /Dest [5 0 R /XYZ 0 800 0] >>",
        "<< /Title (Draft) /Producer (Skia/PDF m156) /CreationDate (D:20260101000000Z) >>",
    ]
    var text = "%PDF-1.4\n%\u{E2}\u{E3}\n"
    var offsets: [Int] = []
    for (index, object) in objects.enumerated() {
        offsets.append(text.utf8.count)
        text += "\(index + 1) 0 obj\n\(object)\nendobj\n"
    }
    let xref = text.utf8.count
    text += "xref\n0 \(objects.count + 1)\n0000000000 65535 f\r\n" + offsets.map { String(format: "%010d 00000 n\r\n", $0) }.joined()
    text += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R /Info 9 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
    return Data(text.utf8)
}

@Suite struct PDFReaderTests {
    @Test func readsThePageTreeInOrderAndEachDestinationsPage() throws {
        let document = try PDFDocument(handWrittenPDF())
        #expect(try document.pages() == [3, 5])
        #expect(try document.destinationPages() == ["overview": 1, "countries": 2, "country-belarus": 2])
        #expect(try document.information()["Producer"]?.text == "Skia/PDF m156")
        #expect(try document.outlineItems().map { $0.item["Title"]?.text } == ["The 201st base in\nTajikistan (2004)"])
    }

    @Test func anUpdateReplacesTheInformationAndRepairsBookmarksKeepingEveryEarlierByte() throws {
        let original = handWrittenPDF()
        let document = try PDFDocument(original)
        var update = PDFUpdate()
        try update.repairOutline(of: document, headings: ["The 201st base in Tajikistan (2004)", "Elsewhere"])
        let info = PDFDocumentInfo(title: "Россия и постсоветское пространство", author: "A. Author, Dossier", subject: "The region", keywords: ["CIS", "CSTO"])
        try info.write(into: &update, of: document)
        let updated = try update.applied(to: document)
        #expect(updated.starts(with: original))
        let reread = try PDFDocument(updated)
        let entries = try reread.information()
        #expect(entries["Title"]?.text == info.title)
        #expect(entries["Author"]?.text == "A. Author, Dossier")
        #expect(entries["Keywords"]?.text == "CIS, CSTO")
        #expect(entries["Creator"]?.text == "Dossier")
        #expect(entries["Producer"]?.text == "Skia/PDF m156", "Chromium's own entries are kept")
        #expect(try reread.outlineItems().map { $0.item["Title"]?.text } == ["The 201st base in Tajikistan (2004)"])
        #expect(try reread.destinationPages()["countries"] == 2)
    }

    @Test(.requires(.poppler)) func popplerReadsTheUpdate() throws {
        let document = try PDFDocument(handWrittenPDF())
        var update = PDFUpdate()
        try PDFDocumentInfo(title: "Россия", author: "A. Author", subject: nil, keywords: ["CIS"]).write(into: &update, of: document)
        let file = try temporaryFolder("pdf").appendingPathComponent("updated.pdf")
        try update.applied(to: document).write(to: file)
        let info = try #require(ExternalTool.find("pdfinfo")).check([file.path]).standardOutput
        #expect(info.contains("Title:           Россия"))
        #expect(info.contains("Author:          A. Author"))
        #expect(info.contains("Keywords:        CIS"))
        #expect(info.contains("Pages:           2"))
    }

    @Test func refusesWhatIsNotAPDF() {
        #expect(throws: PDFError.self) { try PDFDocument(Data("<!DOCTYPE html>".utf8)) }
        #expect(throws: PDFError.self) { try PDFDocument(Data("%PDF-1.7\nno table here\n".utf8)) }
    }
}

@Suite struct PrintEditionTests {
    static let page = """
        <nav class="report-contents"><ol>
        <li><a href="#a">A</a><span class="page-ref" data-ref="a"></span><ol><li><a href="#a1">A1</a><span class="page-ref" data-ref="a1"></span></li></ol></li>
        <li><a href="#b">B</a><span class="page-ref" data-ref="b"></span><ol><li><a href="#b1">B1</a><span class="page-ref" data-ref="b1"></span></li></ol></li>
        <li><a href="#c">C</a><span class="page-ref" data-ref="c"></span></li></ol></nav>
        <section class="report-section" id="a"><h2>A &amp; its <em>kin</em></h2></section>
        <section class="report-section" id="b"><h2>B&#39;s\npart</h2></section>
        <section class="report-section" id="c"></section>
        """

    @Test func findsWhatItFillsIn() {
        let edition = PrintEdition(html: Self.page)
        #expect(edition.references == ["a", "a1", "b", "b1", "c"])
        #expect(edition.parts == ["a", "b", "c"])
        #expect(edition.headings == ["A & its kin", "B's part"])
    }

    @Test func writesNumbersWithThePlaceholderForTheUnknownAndBlankPagesBeforeParts() {
        let html = PrintEdition(html: Self.page).html(numbers: ["a": 5, "b1": 12], blankBefore: ["b"])
        #expect(html.contains(#"data-ref="a">5</span>"#))
        #expect(html.contains(#"data-ref="a1">000</span>"#))
        #expect(html.contains(#"data-ref="b1">12</span>"#))
        #expect(html.contains(#"<div class="blank-page" aria-hidden="true"></div><section class="report-section" id="b">"#))
        #expect(!html.contains(#"</div><section class="report-section" id="a">"#))
    }

    @Test func partsOnEvenPagesGetABlankPageAndLaterNumbersMoveWithIt() throws {
        let edition = PrintEdition(html: Self.page)
        let landed = ["a": 4, "a1": 5, "b": 8, "b1": 9, "c": 11]
        let next = try #require(edition.nextLayout(landed: landed, blanks: []))
        // a moves to 5 with a blank page; b is then on 9, odd; c, on 12, gets a second blank page.
        #expect(next.numbers == ["a": 5, "a1": 6, "b": 9, "b1": 10, "c": 13])
        #expect(next.blanks == ["a", "c"])
        #expect(edition.nextLayout(landed: next.numbers, blanks: next.blanks) == nil)
        // A blank page that put its part on an even page is taken out again, which moves c to an even page.
        let undo = try #require(edition.nextLayout(landed: ["a": 3, "a1": 3, "b": 6, "b1": 7, "c": 9], blanks: ["b"]))
        #expect(undo.blanks == ["c"])
        #expect(undo.numbers == ["a": 3, "a1": 3, "b": 5, "b1": 6, "c": 9])
    }
}
