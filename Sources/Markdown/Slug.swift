/// The slugger behind heading ids, reusable wherever an id or anchor is made from text.
public enum Slug {
    /// Makes a URL-fragment-friendly slug from text.
    ///
    /// Letters (any script) and digits are kept, lower-cased; apostrophes (`'`, `’`, `ʼ`) are
    /// dropped, so `Russia’s` gives `russias`; every other run of characters (spaces,
    /// punctuation, dashes, symbols) becomes one `-`, with none at either end. Combining marks
    /// stay with their letter. Text with no letters or digits gives `section`.
    ///
    /// `Slug.make("The gas war")` is `the-gas-war`; `Slug.make("Россия и ЕС")` is `россия-и-ес`.
    public static func make(_ text: String) -> String {
        var slug = String.UnicodeScalarView()
        var separatorPending = false
        for scalar in text.lowercased().unicodeScalars {
            let properties = scalar.properties
            let isMark = [.nonspacingMark, .spacingMark, .enclosingMark].contains(properties.generalCategory)
            if properties.isAlphabetic || properties.generalCategory == .decimalNumber || (isMark && !slug.isEmpty && !separatorPending) {
                if separatorPending, !slug.isEmpty { slug.append("-") }
                separatorPending = false
                slug.append(scalar)
            } else if !apostrophes.contains(scalar) {
                separatorPending = true
            }
        }
        return slug.isEmpty ? "section" : String(slug)
    }

    private static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{02BC}"]

    /// Returns `base`, or `base-2`, `base-3`, … — the first not in `used` — and records it in `used`.
    static func unique(_ base: String, in used: inout Set<String>) -> String {
        var candidate = base
        var number = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        used.insert(candidate)
        return candidate
    }
}
