import Foundation

/// An incremental update (ISO 32000-1 §7.5.6): objects replaced or added by appending their new
/// versions, a cross-reference section for them and a trailer pointing back at the previous one,
/// so every byte Chromium wrote is kept and any reader sees the newest versions.
struct PDFUpdate {
    /// The objects to write, by number (their generation stays 0, as Chromium writes them).
    var objects: [Int: PDFValue] = [:]
    /// Entries to set in the new trailer (`/Info`).
    var trailer: [String: PDFValue] = [:]

    /// `document`'s bytes with this update appended.
    func applied(to document: PDFDocument) throws(PDFError) -> Data {
        guard let size = document.trailer["Size"]?.integer, document.trailer["Root"]?.reference != nil else {
            throw PDFError("the trailer has no /Root or /Size")
        }
        var data = Data(document.bytes)
        if data.last != 10 { data.append(10) }
        var offsets: [Int: Int] = [:]
        for (number, value) in objects.sorted(by: { $0.key < $1.key }) {
            offsets[number] = data.count
            data.append(Data("\(number) 0 obj\n\(value.serialized)\nendobj\n".utf8))
        }
        let xref = data.count
        var section = "xref\n"
        for (number, offset) in offsets.sorted(by: { $0.key < $1.key }) {
            section += "\(number) 1\n" + String(format: "%010d 00000 n\r\n", offset)
        }
        var newTrailer = document.trailer.merging(trailer) { _, new in new }
        newTrailer["Size"] = .number(Double(max(size, (objects.keys.max() ?? 0) + 1)))
        newTrailer["Prev"] = .number(Double(document.startXref))
        newTrailer["XRefStm"] = nil
        section += "trailer\n\(PDFValue.dictionary(newTrailer).serialized)\nstartxref\n\(xref)\n%%EOF\n"
        data.append(Data(section.utf8))
        return data
    }

    /// Gives each bookmark whose title is a heading's text run together (Chromium drops the space
    /// where a heading wraps: "base inTajikistan") that heading's text.
    mutating func repairOutline(of document: PDFDocument, headings: [String]) throws(PDFError) {
        var byLetters: [String: String] = [:]
        for heading in headings { byLetters[heading.filter { !$0.isWhitespace }] = heading }
        for (number, item) in try document.outlineItems() {
            guard var entries = item.dictionary, let title = item["Title"]?.text,
                  let heading = byLetters[title.filter { !$0.isWhitespace }], heading != title else { continue }
            entries["Title"] = .string(PDFValue.textBytes(heading))
            objects[number] = .dictionary(entries)
        }
    }
}
