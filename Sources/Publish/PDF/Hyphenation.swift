import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Liang's hyphenation patterns for one language, as the hyphenation dictionaries of LibreOffice
/// and Debian's `hyphen-*` packages ship them (`hyph_en_US.dic`: TeX's patterns, one a line, after
/// a line naming the file's encoding), and the places they allow a word to break.
///
/// Headless Chromium has no hyphenation dictionaries on Linux, so `hyphens: auto` does nothing in
/// the printed edition; the printer writes soft hyphens where these patterns allow a break instead.
public struct Hyphenation: Sendable {
    /// The folders searched for dictionaries: where Debian's `hyphen-*` packages, LibreOffice and
    /// Homebrew's `hyphen` put them.
    public static let folders = ["/usr/share/hyphen", "/usr/local/share/hyphen", "/opt/homebrew/share/hyphen"]

    /// The dictionary's file name, for saying which one was used.
    public let name: String
    /// The fewest letters left before and after a break.
    public let leftMinimum: Int
    public let rightMinimum: Int
    /// Each pattern's letters (with `.` for a word's edge) and the value between and around them.
    private let patterns: [String: [UInt8]]
    private let longestPattern: Int

    /// The patterns of a dictionary's text (its first line, the encoding, already read), called `name`.
    /// Lines of libhyphen's own (`LEFTHYPHENMIN 2`) set the minimums; comments and the
    /// non-standard patterns with replacements (`/`) are left out; a second level of compound
    /// patterns (after `NEXTLEVEL`) is not read, since the first holds the word patterns.
    init(name: String, text: String) {
        var left = 2, right = 2
        var patterns: [String: [UInt8]] = [:]
        var longest = 0
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let line = line.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("%") || line.hasPrefix("#") || line.contains("/") { continue }
            if line == "NEXTLEVEL" { break }
            let words = line.split(separator: " ")
            if words.count == 2, let value = Int(words[1]) {
                if words[0] == "LEFTHYPHENMIN" { left = value }
                if words[0] == "RIGHTHYPHENMIN" { right = value }
                continue
            }
            guard words.count == 1 else { continue }
            var letters = ""
            var values: [UInt8] = [0]
            for character in line {
                if let digit = character.wholeNumberValue, character.isASCII {
                    values[values.count - 1] = UInt8(digit)
                } else {
                    letters.append(character)
                    values.append(0)
                }
            }
            guard !letters.isEmpty else { continue }
            patterns[letters] = values
            longest = max(longest, letters.count)
        }
        self.name = name
        self.patterns = patterns
        longestPattern = longest
        leftMinimum = max(left, 1)
        rightMinimum = max(right, 1)
    }

    /// How many patterns there are.
    public var count: Int { patterns.count }

    /// The dictionary for `language` (`en`, `ru`, `en-GB`), or nil when none is installed:
    /// `hyph_<language>.dic` (`hyph_en_GB.dic` for `en-GB`), else the first `hyph_<language>_*.dic`.
    public static func installed(for language: String, in folders: [String] = folders) -> Hyphenation? {
        let wanted = language.replacingOccurrences(of: "-", with: "_")
        let primary = String(wanted.prefix { $0 != "_" })
        for folder in folders {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            let candidates = ["hyph_\(wanted).dic", "hyph_\(primary).dic"]
                + names.filter { $0.hasPrefix("hyph_\(primary)_") && $0.hasSuffix(".dic") }.sorted()
            for name in candidates where names.contains(name) {
                let url = URL(fileURLWithPath: folder).appendingPathComponent(name)
                if let data = try? Data(contentsOf: url), let text = decoded(data) {
                    return Hyphenation(name: url.resolvingSymlinksInPath().lastPathComponent, text: text)
                }
            }
        }
        return nil
    }

    /// A dictionary's bytes as text, in the encoding its first line names (`UTF-8`, `ISO8859-1`,
    /// `KOI8-R`), converted with the C library's iconv.
    static func decoded(_ data: Data) -> String? {
        let firstLine = data.prefix { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") }
        guard let encoding = String(data: firstLine, encoding: .ascii)?.trimmingCharacters(in: .whitespaces), !encoding.isEmpty else {
            return nil
        }
        if ["UTF8", "UTF-8"].contains(encoding.uppercased()) { return String(data: data, encoding: .utf8) }
        let converter = iconv_open("UTF-8", encoding)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = [CChar](data.map { CChar(bitPattern: $0) })
        // UTF-8 needs at most four bytes for a character any single-byte encoding has.
        var output = [CChar](repeating: 0, count: data.count * 4 + 4)
        let written: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress, outPointer = outBuffer.baseAddress
                var inLeft = inBuffer.count, outLeft = outBuffer.count
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                return result == -1 || inLeft > 0 ? nil : outBuffer.count - outLeft
            }
        }
        guard let written else { return nil }
        return String(decoding: output.prefix(written).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Where `word` may break: the number of letters before each break, in increasing order.
    public func breaks(in word: String) -> [Int] {
        let letters = Array(word.lowercased())
        guard letters.count == word.count, letters.count >= leftMinimum + rightMinimum else { return [] }
        let padded: [Character] = ["."] + letters + ["."]
        var values = [UInt8](repeating: 0, count: padded.count + 1)
        for start in padded.indices {
            for end in (start + 1)...min(padded.count, start + longestPattern) {
                guard let pattern = patterns[String(padded[start..<end])] else { continue }
                for (offset, value) in pattern.enumerated() where value > values[start + offset] {
                    values[start + offset] = value
                }
            }
        }
        // The value before the word's letter k sits at k + 1 (after the leading dot); odd allows a break.
        return (leftMinimum...(letters.count - rightMinimum)).filter { values[$0 + 1] % 2 == 1 }
    }
}
