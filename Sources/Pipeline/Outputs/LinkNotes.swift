import Foundation
import Templates

/// The external links of one part of the one-page report, numbered as notes: the printed edition
/// shows a note number after each link and the addresses once, in a list at the end of the part,
/// rather than after every link (the screen hides both). A link to an address the part already
/// cited gets that address's number again.
struct LinkNotes {
    /// The part's id, which the notes' ids start with.
    let part: String
    /// The addresses in the order first cited.
    private(set) var addresses: [String] = []
    private var numbers: [String: Int] = [:]

    init(part: String) { self.part = part }

    /// The id of note `number`.
    func id(_ number: Int) -> String { "\(part)-note-\(number)" }

    /// `html` with a note number after each external link (`<a href="http…">…</a>`), numbering
    /// addresses not cited before. A scan of the bytes: a regular expression took a tenth of a
    /// 1,000-page build here.
    mutating func mark(_ html: String) -> String {
        var text = html
        let marked: String? = text.withUTF8 { bytes in
            var output: [UInt8] = []
            var copied = 0
            var from = 0
            while let link = Self.externalLink(in: bytes, from: from) {
                // The address as written in the attribute (escaped), which is how the list prints it too.
                let address = String(decoding: UnsafeBufferPointer(rebasing: bytes[link.address]), as: UTF8.self)
                let number = numbers[address] ?? {
                    addresses.append(address)
                    numbers[address] = addresses.count
                    return addresses.count
                }()
                if output.isEmpty { output.reserveCapacity(bytes.count + 1024) }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<link.end]))
                output.append(contentsOf: ##"<sup class="link-note"><a href="#\##(id(number))">\##(number)</a></sup>"##.utf8)
                copied = link.end
                from = link.end
            }
            guard copied > 0 else { return nil }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return String(decoding: output, as: UTF8.self)
        }
        // Most entries link nothing outside the report: they keep their text as it is, uncopied.
        return marked ?? html
    }

    /// The first external link at or after `from`: where its address lies and where it ends (after
    /// the first `</a>` following its start tag).
    private static func externalLink(in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> (address: Range<Int>, end: Int)? {
        var start = from
        while let open = find(opening, in: bytes, from: start) {
            start = open + 1
            let address = open + opening.count
            guard hasPrefix(http, in: bytes, at: address) || hasPrefix(https, in: bytes, at: address),
                  let quoteEnd = bytes[address...].firstIndex(of: UInt8(ascii: "\"")),
                  let tagEnd = bytes[quoteEnd...].firstIndex(of: UInt8(ascii: ">")),
                  let close = find(closing, in: bytes, from: tagEnd + 1) else { continue }
            return (address..<quoteEnd, close + closing.count)
        }
        return nil
    }

    private static let opening = Array(#"<a href=""#.utf8)
    private static let closing = Array("</a>".utf8)
    private static let http = Array("http://".utf8)
    private static let https = Array("https://".utf8)

    private static func hasPrefix(_ prefix: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index + prefix.count <= bytes.count && prefix.indices.allSatisfy { bytes[index + $0] == prefix[$0] }
    }

    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        ByteSearch.first(needle, in: UnsafeRawBufferPointer(bytes), from: from)
    }

    /// The list at the end of the part.
    var views: [LinkNoteView] {
        addresses.enumerated().map { LinkNoteView(id: id($0.offset + 1), number: $0.offset + 1, address: $0.element) }
    }
}
