/// The plural categories of Unicode CLDR that a count can fall into.
public enum PluralCategory: String, CaseIterable, Sendable, Comparable {
    case zero, one, two, few, many, other

    public static func < (lhs: PluralCategory, rhs: PluralCategory) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// How a language picks the form of a word for a whole count: the integer cases of CLDR's plural
/// rules (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html) for the
/// languages a report of the region is likely written in. Counts in a report are whole numbers of
/// pages, members or briefs, so the rules for fractions are left out. Browsers apply the same rules
/// with `Intl.PluralRules`, which the search script uses.
public struct PluralRule: Sendable {
    /// The categories the language distinguishes for whole numbers, which its strings file must give.
    public let categories: [PluralCategory]
    private let choose: @Sendable (Int) -> PluralCategory

    /// The category of `count`.
    public func category(of count: Int) -> PluralCategory { choose(abs(count)) }

    /// The rule of `language` (a BCP 47 tag; only its first part counts): languages CLDR gives
    /// no singular form get `other` alone, the East Slavic languages and Polish their three forms,
    /// French and Armenian treat 0 as singular, and the rest — English, German, Georgian, Kazakh,
    /// Uzbek, Azerbaijani and Turkish among them — have `one` for 1 and `other` beyond.
    public static func of(language: String) -> PluralRule {
        let primary = language.split(separator: "-").first.map { $0.lowercased() } ?? ""
        switch primary {
        case "ru", "uk", "be":
            return PluralRule(categories: [.one, .few, .many]) { n in
                if n % 10 == 1 && n % 100 != 11 { return .one }
                if (2...4).contains(n % 10) && !(12...14).contains(n % 100) { return .few }
                return .many
            }
        case "pl":
            return PluralRule(categories: [.one, .few, .many]) { n in
                if n == 1 { return .one }
                if (2...4).contains(n % 10) && !(12...14).contains(n % 100) { return .few }
                return .many
            }
        case "fr", "hy":
            return PluralRule(categories: [.one, .other]) { $0 <= 1 ? .one : .other }
        case "ja", "zh", "ko", "vi", "th", "id", "ms":
            return PluralRule(categories: [.other]) { _ in .other }
        default:
            return PluralRule(categories: [.one, .other]) { $0 == 1 ? .one : .other }
        }
    }
}
