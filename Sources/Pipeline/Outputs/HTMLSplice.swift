import Foundation

/// Pre-rendered HTML too large to pass through a template by value: the template is given a short
/// placeholder for each piece, and `assembled` puts the pieces in its place in one pass, into a
/// buffer of the exact size.
///
/// swift-mustache builds its output by appending, so a piece inside a section is copied again at
/// every level it passes through, in buffers that grow by doubling. For the one-page report of a
/// 10,000-page site (80 MB) that was most of its rendering time and a tenth of the build's peak memory.
struct HTMLSplice: Sendable {
    /// A placeholder is this, the piece's number, and `closing`: noncharacters (which text never
    /// interchanges) around a nonce of this splice, so nothing a report says can be taken for one.
    private let opening: [UInt8]
    /// U+FDD1 in UTF-8 (Swift takes no noncharacter in a string literal).
    private static let closing: [UInt8] = [0xEF, 0xB7, 0x91]
    private var pieces: [String] = []

    /// A splice with no pieces yet.
    init() {
        // U+FDD0 in UTF-8, then the nonce.
        opening = [0xEF, 0xB7, 0x90] + Array((UUID().uuidString + ":").utf8)
    }

    /// The text a template is given in place of `html`.
    mutating func placeholder(for html: String) -> String {
        pieces.append(html)
        return String(decoding: opening, as: UTF8.self) + String(pieces.count - 1) + String(decoding: Self.closing, as: UTF8.self)
    }

    /// `rendered` with each placeholder replaced by its piece.
    func assembled(_ rendered: String) -> String {
        guard !pieces.isEmpty else { return rendered }
        var rendered = rendered
        return rendered.withUTF8 { source in
            let parts = self.parts(of: source)
            return String(unsafeUninitializedCapacity: parts.size) { buffer in
                self.write(parts.list, from: source, into: UnsafeMutableRawBufferPointer(buffer))
            }
        }
    }

    /// `rendered` with each placeholder replaced by its piece, as the bytes of a file.
    func assembledData(_ rendered: String) -> Data {
        var rendered = rendered
        return rendered.withUTF8 { source in
            let parts = self.parts(of: source)
            var data = Data(count: parts.size)
            data.withUnsafeMutableBytes { _ = self.write(parts.list, from: source, into: $0) }
            return data
        }
    }

    /// A run of the rendered text, or a piece.
    private enum Part {
        case text(Range<Int>)
        case piece(Int)
    }

    /// The rendered text cut at its placeholders, and the size of the assembled whole.
    private func parts(of source: UnsafeBufferPointer<UInt8>) -> (list: [Part], size: Int) {
        var list: [Part] = []
        var size = 0
        var from = 0  // the start of the text not yet in `list`
        var search = 0
        while let start = ByteSearch.first(opening, in: UnsafeRawBufferPointer(source), from: search) {
            var index = start + opening.count
            var number = 0
            while index < source.count, (0x30...0x39).contains(source[index]) {
                number = number * 10 + Int(source[index] - 0x30)
                index += 1
            }
            guard index > start + opening.count, number < pieces.count,
                  source.count - index >= Self.closing.count, Array(source[index..<index + Self.closing.count]) == Self.closing
            else {
                search = start + 1
                continue
            }
            list.append(.text(from..<start))
            list.append(.piece(number))
            size += start - from + pieces[number].utf8.count
            from = index + Self.closing.count
            search = from
        }
        list.append(.text(from..<source.count))
        return (list, size + source.count - from)
    }

    /// Writes the parts into `buffer`, which is exactly their size; returns the size.
    private func write(_ parts: [Part], from source: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableRawBufferPointer) -> Int {
        var offset = 0
        func copy(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
            (buffer.baseAddress! + offset).copyMemory(from: base, byteCount: bytes.count)
            offset += bytes.count
        }
        for part in parts {
            switch part {
            case .text(let range): copy(UnsafeBufferPointer(rebasing: source[range]))
            case .piece(let number):
                var piece = pieces[number]
                piece.withUTF8 { copy($0) }
            }
        }
        return offset
    }
}
