import Content

/// The words a theme shows readers, in the report's language: `Templates/strings/<language>.yaml`,
/// a flat mapping of keys (`nav.label`, `relation.trend.warming`) to text. Templates reach them as
/// `{{t.nav.label}}`; views made in Swift ask for the engine's own phrases, vocabulary words, counted
/// phrases and dates. English (`en.yaml`) is the reference every other language is checked against.
public struct Strings: Sendable {
    /// One key's words: a text, or for a phrase with a count, a form per plural category.
    public enum Entry: Sendable, Equatable {
        case text(String)
        case counted([PluralCategory: String])
    }

    /// The language tag the words are in (`en`, `ru`).
    public let language: String
    /// The words, by key.
    public let entries: [String: Entry]
    /// How the language picks a counted phrase's form.
    public let rule: PluralRule

    /// The words of `entries`, in `language`.
    public init(language: String, entries: [String: Entry]) {
        self.language = language
        self.entries = entries
        rule = PluralRule.of(language: language)
    }

    /// The text under `key`, with each `{name}` replaced by `values[name]`. The theme's checks make
    /// sure every key the engine and the templates use is there; a key that is not shows as itself.
    public func text(_ key: String, _ values: [String: String] = [:]) -> String {
        switch entries[key] {
        case .text(let text)?: Self.fill(text, values)
        case .counted(let forms)?: Self.fill(forms[.other] ?? forms.values.first ?? key, values)
        case nil: key
        }
    }

    /// The form of the counted phrase `key` for `count`, its `{count}` written as a number.
    public func counted(_ key: String, count: Int, _ values: [String: String] = [:]) -> String {
        guard case .counted(let forms)? = entries[key] else { return text(key, values.merging(["count": number(count)]) { $1 }) }
        let form = forms[rule.category(of: count)] ?? forms[.other] ?? key
        return Self.fill(form, values.merging(["count": number(count)]) { given, _ in given })
    }

    /// `value` with its digits grouped in threes by the language's `number.group` separator (none below 10,000
    /// in languages that, like Russian, leave four-digit numbers whole: `number.group-from`).
    public func number(_ value: Int) -> String {
        let digits = String(value.magnitude)
        let from = Int(text("number.group-from")) ?? 1000
        guard value.magnitude >= from, case .text(let separator)? = entries["number.group"] else {
            return value < 0 ? "-" + digits : digits
        }
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (value < 0 ? "-" : "") + groups.joined(separator: separator)
    }

    /// A date as precise as it is written, in the language's words: `date.day` (`1 March 2006`),
    /// `date.month` (`March 2006`) or `date.year` (`2006`), with the month's name after a day
    /// (`month.with-day.3`, the genitive in Russian) or on its own (`month.3`).
    public func date(_ date: ReportDate) -> String {
        let year = String(date.year)
        guard let month = date.month else { return text("date.year", ["year": year]) }
        guard let day = date.day else { return text("date.month", ["month": text("month.\(month)"), "year": year]) }
        return text("date.day", ["day": String(day), "month": text("month.with-day.\(month)"), "year": year])
    }

    /// The word readers see for a vocabulary value (`relation.trend.warming`).
    public func word<Word: Vocabulary>(_ word: Word) -> String { text(Self.key(of: word)) }

    /// The key of a vocabulary value: the vocabulary's `wordsKey`, then the value with spaces as hyphens.
    public static func key<Word: Vocabulary>(of word: Word) -> String {
        // Not Foundation's replacingOccurrences: views ask for words per table cell, and its bridging was a percent of a build.
        Word.wordsKey + "." + String(word.rawValue.map { $0 == " " ? "-" : $0 })
    }

    /// `text` with each `{name}` of `values` filled in.
    /// A `{name}` with no value stays as written.
    static func fill(_ text: String, _ values: [String: String]) -> String {
        // Looked for in the bytes: most words have no placeholder, and views ask for words per cell.
        guard text.utf8.contains(UInt8(ascii: "{")) else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let value = values[String(rest[afterOpen..<close])] {
                result += value
                rest = rest[rest.index(after: close)...]
            } else {
                result.append("{")
                rest = rest[afterOpen...]
            }
        }
        return result + rest
    }

    /// The `{name}` placeholders `text` holds.
    static func placeholders(in text: String) -> Set<String> {
        // A scan of the bytes, not a Swift regex: the theme's files are checked on every build,
        // and the regex took longer than loading the templates.
        let bytes = Array(text.utf8)
        var names: Set<String> = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "{") else { index += 1; continue }
            var end = index + 1
            guard end < bytes.count, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[end]) else { index += 1; continue }
            while end < bytes.count, Self.isPlaceholderByte(bytes[end]) { end += 1 }
            if end < bytes.count, bytes[end] == UInt8(ascii: "}") {
                names.insert(String(decoding: bytes[(index + 1)..<end], as: UTF8.self))
                index = end + 1
            } else {
                index += 1
            }
        }
        return names
    }

    private static func isPlaceholderByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
    }
}
