import Foundation

/// A PDF read through its cross-reference tables: its pages in order, its named destinations (the
/// page each HTML id landed on), and its document information. A small reader of our own rather
/// than a PDF library or poppler: it needs only what Chromium's Skia writer produces (classic
/// `xref` tables, plain dictionaries), and it lets `dossier pdf` need nothing but Chromium.
struct PDFDocument {
    let bytes: [UInt8]
    /// Where each object starts, by object number (the newest revision's).
    private(set) var offsets: [Int: Int] = [:]
    /// The newest trailer dictionary.
    let trailer: [String: PDFValue]
    /// Where the newest cross-reference section starts, for an incremental update's `/Prev`.
    let startXref: Int

    init(_ data: Data) throws(PDFError) {
        bytes = [UInt8](data)
        guard bytes.starts(with: Array("%PDF-".utf8)) else { throw PDFError("not a PDF (it does not start with %PDF-)") }
        guard let marker = Self.lastRange(of: Array("startxref".utf8), in: bytes) else { throw PDFError("no startxref at the end") }
        var parser = PDFParser(bytes, at: marker + 9)
        guard let start = Int(parser.word()) else { throw PDFError("startxref is not followed by an offset") }
        startXref = start
        var section: Int? = start
        var newest: [String: PDFValue]?
        var seen: Set<Int> = []
        // Newest section first: an object keeps the first offset found for it.
        while let offset = section, seen.insert(offset).inserted {
            let trailer = try Self.readSection(at: offset, bytes: bytes, into: &offsets)
            if newest == nil { newest = trailer }
            section = trailer["Prev"]?.integer
        }
        trailer = newest ?? [:]
    }

    /// Reads one `xref` table and its trailer, adding offsets not already known.
    private static func readSection(at offset: Int, bytes: [UInt8], into offsets: inout [Int: Int]) throws(PDFError) -> [String: PDFValue] {
        var parser = PDFParser(bytes, at: offset)
        guard parser.expect("xref") else {
            throw PDFError("the cross-reference section at byte \(offset) is not an xref table (cross-reference streams are not read)")
        }
        while !parser.expect("trailer") {
            guard let first = Int(parser.word()), let count = Int(parser.word()) else { throw PDFError("a bad xref subsection near byte \(parser.position)") }
            for number in first..<(first + count) {
                let entryOffset = parser.word()
                _ = parser.word()
                let kind = parser.word()
                if kind == "n", offsets[number] == nil, let at = Int(entryOffset) { offsets[number] = at }
            }
        }
        guard case .dictionary(let trailer) = try parser.value() else { throw PDFError("the trailer is not a dictionary") }
        return trailer
    }

    private static func lastRange(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in stride(from: haystack.count - needle.count, through: 0, by: -1) where haystack[start] == needle[0] {
            if Array(haystack[start..<start + needle.count]) == needle { return start }
        }
        return nil
    }

    /// Object `number` (its newest revision).
    func object(_ number: Int) throws(PDFError) -> PDFValue {
        guard let offset = offsets[number] else { throw PDFError("object \(number) is not in the cross-reference table") }
        var parser = PDFParser(bytes, at: offset)
        guard Int(parser.word()) == number, Int(parser.word()) != nil, parser.expect("obj") else {
            throw PDFError("object \(number) is not where the cross-reference table says (byte \(offset))")
        }
        return try parser.value()
    }

    /// `value`, with a reference followed to its object.
    func resolve(_ value: PDFValue?) throws(PDFError) -> PDFValue? {
        guard let value else { return nil }
        if let target = value.reference { return try object(target.number) }
        return value
    }

    /// The document catalog.
    func catalog() throws(PDFError) -> PDFValue {
        guard let root = try resolve(trailer["Root"]), root.dictionary != nil else { throw PDFError("the trailer has no /Root catalog") }
        return root
    }

    /// The page objects' numbers, in reading order (the page tree walked depth first).
    func pages() throws(PDFError) -> [Int] {
        var result: [Int] = []
        var visited: Set<Int> = []
        func walk(_ reference: PDFValue?) throws(PDFError) {
            guard let target = reference?.reference, visited.insert(target.number).inserted else { return }
            let node = try object(target.number)
            if node["Type"]?.name == "Page" {
                result.append(target.number)
            } else {
                for kid in try resolve(node["Kids"])?.array ?? [] { try walk(kid) }
            }
        }
        try walk(try catalog()["Pages"])
        return result
    }

    /// Each named destination's page, numbered from 1: where Chromium placed the element with that
    /// id (it names a destination for every id a link points at). Reads both the catalog's `/Dests`
    /// dictionary (which Chromium writes) and the `/Names` tree of later PDF versions.
    func destinationPages() throws(PDFError) -> [String: Int] {
        let pageNumbers = Dictionary(try pages().enumerated().map { ($1, $0 + 1) }, uniquingKeysWith: { first, _ in first })
        var named: [String: PDFValue] = [:]
        let catalog = try catalog()
        for (name, destination) in try resolve(catalog["Dests"])?.dictionary ?? [:] { named[name] = destination }
        func walkTree(_ node: PDFValue?) throws(PDFError) {
            guard let node = try resolve(node) else { return }
            let pairs = try resolve(node["Names"])?.array ?? []
            for index in stride(from: 0, to: pairs.count - 1, by: 2) {
                if let key = pairs[index].text { named[key] = pairs[index + 1] }
            }
            for kid in try resolve(node["Kids"])?.array ?? [] { try walkTree(kid) }
        }
        try walkTree(try resolve(catalog["Names"])?["Dests"])
        var result: [String: Int] = [:]
        for (name, destination) in named {
            var target = try resolve(destination)
            if let explicit = target?["D"] { target = try resolve(explicit) }
            if let page = target?.array?.first?.reference, let number = pageNumbers[page.number] { result[name] = number }
        }
        return result
    }

    /// The bookmarks, each with its object number, depth first in reading order.
    func outlineItems() throws(PDFError) -> [(number: Int, item: PDFValue)] {
        var result: [(number: Int, item: PDFValue)] = []
        var visited: Set<Int> = []
        func walk(_ first: PDFValue?) throws(PDFError) {
            var next = first
            while let reference = next?.reference, visited.insert(reference.number).inserted {
                let item = try object(reference.number)
                result.append((reference.number, item))
                try walk(item["First"])
                next = item["Next"]
            }
        }
        try walk(try resolve(try catalog()["Outlines"])?["First"])
        return result
    }

    /// The document information dictionary (title, author …), or an empty one.
    func information() throws(PDFError) -> [String: PDFValue] {
        try resolve(trailer["Info"])?.dictionary ?? [:]
    }
}
