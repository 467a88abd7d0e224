import Foundation

/// The one-page report's HTML as each printing pass gets it. The theme marks what the printer
/// fills in: each contents entry's page number as an empty `<span class="page-ref" data-ref="ID">`,
/// and each part as a `<section class="report-section" id="ID">`. A pass writes the page numbers
/// into the spans and puts a `<div class="blank-page">` before each part that would otherwise
/// start on a left-hand (even) page, since Chromium does not honour `break-before: right`.
/// With hyphenation patterns for the page's language, its text gets soft hyphens (the site's own
/// page stays as built: browsers on screen hyphenate with their own dictionaries).
struct PrintEdition {
    /// The report page as built, hyphenated when patterns were given.
    let html: String
    /// The ids the contents gives page numbers for, in order.
    let references: [String]
    /// The ids of the parts, in reading order.
    let parts: [String]

    /// What a pass writes in a page-number span before the numbers are known: as wide as any
    /// number the report reaches, so the first pass lays the pages out as the last one will.
    static let placeholder = "000"

    nonisolated(unsafe) private static let headingPattern = /<h[1-6][^>]*>(.*?)<\/h[1-6]>/.dotMatchesNewlines()
    nonisolated(unsafe) private static let tagPattern = /<[^>]*>/
    nonisolated(unsafe) private static let referencePattern = /<span class="page-ref" data-ref="([^"]+)"><\/span>/
    nonisolated(unsafe) private static let partPattern = /<section class="report-section" id="([^"]+)"/

    nonisolated(unsafe) private static let languagePattern = /<html[^>]*\slang="([^"]+)"/

    init(html: String, hyphenation: Hyphenation? = nil) {
        self.html = hyphenation?.hyphenating(html: html) ?? html
        references = html.matches(of: Self.referencePattern).map { String($0.output.1) }
        parts = html.matches(of: Self.partPattern).map { String($0.output.1) }
    }

    /// The language the page declares on its `<html>` element (`en`), or nil.
    static func language(of html: String) -> String? {
        html.firstMatch(of: languagePattern).map { String($0.output.1) }
    }

    /// The text of every heading of the page, as a reader sees it: tags left out, the escapes the
    /// theme writes decoded, white space run together.
    var headings: [String] {
        html.matches(of: Self.headingPattern).map { match in
            let text = String(match.output.1).replacing(Self.tagPattern, with: "")
            return Self.decoded(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
    }

    /// `text` with HTML's character references decoded: the named ones Mustache and cmark write, and numeric ones.
    static func decoded(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}"]
        return text.replacing(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-z]+);/) { match in
            let name = String(match.output.1)
            if name.hasPrefix("#") {
                let hex = name.dropFirst().first.map { $0 == "x" || $0 == "X" } ?? false
                let code = UInt32(hex ? String(name.dropFirst(2)) : String(name.dropFirst()), radix: hex ? 16 : 10)
                return code.flatMap(Unicode.Scalar.init).map { String(Character($0)) } ?? String(match.output.0)
            }
            return named[name] ?? String(match.output.0)
        }
    }

    /// The page with `numbers` in the contents (the placeholder where a number is not known) and a
    /// blank page before each part in `blankBefore`.
    func html(numbers: [String: Int], blankBefore: Set<String>) -> String {
        var page = html.replacing(Self.referencePattern) { match in
            let id = String(match.output.1)
            return #"<span class="page-ref" data-ref="\#(id)">\#(numbers[id].map(String.init) ?? Self.placeholder)</span>"#
        }
        page = page.replacing(Self.partPattern) { match in
            let tag = String(match.output.0)
            return blankBefore.contains(String(match.output.1)) ? #"<div class="blank-page" aria-hidden="true"></div>"# + tag : tag
        }
        return page
    }

    /// The layout for the next pass, from where a pass with `blanks` put every id (`landed`):
    /// each part on an even page gains a blank page before it (or loses the one it has, which
    /// put it there), and every later number moves with the pages added or taken away.
    /// Returns nil when every part already starts on an odd page.
    func nextLayout(landed: [String: Int], blanks: Set<String>) -> (numbers: [String: Int], blanks: Set<String>)? {
        var blanks = blanks
        var shift = 0
        var shiftAtPart: [String: Int] = [:]
        var changed = false
        for part in parts {
            guard let page = landed[part] else { continue }
            if (page + shift) % 2 == 0 {
                changed = true
                if blanks.remove(part) != nil { shift -= 1 } else { blanks.insert(part); shift += 1 }
            }
            shiftAtPart[part] = shift
        }
        guard changed else { return nil }
        // Each id moves by the shift of the last part starting at or before it.
        var numbers: [String: Int] = [:]
        var current = 0
        for id in references {
            if let partShift = shiftAtPart[id] { current = partShift }
            if let page = landed[id] { numbers[id] = page + current }
        }
        return (numbers, blanks)
    }
}
