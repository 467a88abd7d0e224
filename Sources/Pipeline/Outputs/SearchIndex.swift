import Content
import Foundation
import Site
import Templates

/// The client-side search index: for every page its title, address, kind, summary, headings and the
/// distinct words of its text, written as a script (`var DOSSIER_SEARCH = {…};`) so the search page
/// also works opened straight from disk, where browsers refuse to fetch a JSON file.
struct SearchIndex: Codable {
    /// One searchable page; short keys keep the file small.
    struct Page: Codable, Sendable {
        /// Title.
        var t: String
        /// Address, relative to the search page.
        var u: String
        /// Page kind (`country`, `scenario`, …).
        var k: String
        /// Summary.
        var s: String?
        /// Headings as `[text, id]`.
        var h: [[String]]
        /// The distinct words of the body, folded to lower case without diacritics, space-separated.
        var w: String
    }

    /// What the search script says to readers, in the report's language.
    struct Words: Codable, Sendable {
        /// What each page kind is called in the results (`country`: "Country brief").
        var kinds: [String: String]
        /// What any other page (a section's index) is called.
        var other: String
        /// The status when no page matches, with `{query}`.
        var none: String
        /// The status when pages match, by plural category (`one`, `few`…), with `{count}` and `{query}`.
        var found: [String: String]

        init(_ strings: Strings) {
            let kinds: [String: Phrase] = [
                "home": .searchKindHome, "country": .searchKindCountry, "organization": .searchKindOrganization,
                "relation": .searchKindRelation, "scenario": .searchKindScenario, "event": .searchKindEvent,
                "page": .searchKindPage, "memberships": .searchKindMemberships,
            ]
            self.kinds = kinds.mapValues { strings[$0] }
            other = strings[.searchKindIndex]
            none = strings[.searchNone]
            if case .counted(let forms)? = strings.entries[CountedPhrase.searchFound.rawValue] {
                found = Dictionary(uniqueKeysWithValues: forms.map { ($0.key.rawValue, $0.value) })
            } else {
                found = ["other": strings.text(CountedPhrase.searchFound.rawValue)]
            }
        }
    }

    // The index as its script holds it, for reading it back; `script` writes it.
    var pages: [Page]
    var words: Words

    /// The site file the index is written to.
    static let file = "assets/search-index.js"
    /// The name the index script gives the index.
    static let variable = "DOSSIER_SEARCH"

    /// The script that defines the index of `plans`, with their rendered bodies; links are made
    /// for the search page. Each page's entry is encoded once and kept in `cache` while its title,
    /// summary, address and body are unchanged, so a preview rebuild encodes only the pages an edit
    /// reached (encoding the whole index again was a tenth of a rebuild). The entries are joined
    /// as `JSONEncoder` would join them: compact, keys sorted.
    static func script(plans: [PagePlan], bodies: [Route: RenderedBody], linker: Linker, cache: BuildCache, parallel: Bool = true) -> Data {
        let pages = plans.concurrentMap(inParallel: parallel) { plan in
            let body = bodies[plan.route]
            var key = Hasher()
            key.combine(plan.title)
            key.combine(plan.summary)
            key.combine(body?.fingerprint)
            key.combine(linker.url(plan.route))
            return cache.memo("search:" + plan.route.path, key: key.finalize()) {
                encoded(Page(t: plan.title, u: linker.url(plan.route), k: plan.kind, s: plan.summary,
                             h: (body?.headings ?? []).map { [$0.text, $0.id] },
                             // The body's words, found when it was processed, are found again after the
                             // title's and summary's: the same words in the same first-seen order.
                             w: Self.words(in: [plan.title, plan.summary ?? "", body?.searchWords ?? ""].joined(separator: " "))))
            }
        }
        var script = Data("var \(Self.variable) = {\"pages\":[".utf8)
        for (number, page) in pages.enumerated() {
            if number > 0 { script.append(UInt8(ascii: ",")) }
            script.append(page)
        }
        script.append(contentsOf: "],\"words\":".utf8)
        script.append(encoded(Words(linker.strings)))
        script.append(contentsOf: "};\n".utf8)
        return script
    }

    /// `value` as compact JSON with sorted keys. JSONEncoder fails only on non-finite numbers and
    /// on values that encode nothing; the index is strings and lists of strings, so it cannot fail.
    private static func encoded(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return try! encoder.encode(value)
    }

    /// The distinct words of `text` in first-seen order, folded as the search script folds a query
    /// (lower case, diacritics dropped); words are runs of letters and digits, two or more long.
    /// ASCII, nearly all of a brief, is folded byte by byte; Unicode's tables serve the rest.
    static func words(in text: String) -> String {
        // Words are kept as bytes: a `String`'s hash normalizes it first, which was most of the time here.
        var seen: Set<WordBytes> = []
        var words: [UInt8] = []
        var word: [UInt8] = []
        var needsFolding = false
        func finish() {
            defer {
                word.removeAll(keepingCapacity: true)
                needsFolding = false
            }
            guard word.count > 1 else { return }
            let folded = needsFolding
                ? Array(String(decoding: word, as: UTF8.self).lowercased().folding(options: .diacriticInsensitive, locale: nil).utf8)
                : word
            guard seen.insert(WordBytes(bytes: folded)).inserted else { return }
            if !words.isEmpty { words.append(UInt8(ascii: " ")) }
            words += folded
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let lower = value | 0x20
                if value >= 0x30 && value <= 0x39 {
                    word.append(UInt8(value))
                } else if lower >= 0x61 && lower <= 0x7A {
                    word.append(UInt8(lower))
                } else {
                    finish()
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                word.append(contentsOf: String(scalar).utf8)
                needsFolding = true
            } else {
                finish()
            }
        }
        finish()
        return String(decoding: words, as: UTF8.self)
    }

    /// A word's bytes, hashed as one run of bytes.
    private struct WordBytes: Hashable {
        var bytes: [UInt8]

        func hash(into hasher: inout Hasher) {
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }
}
