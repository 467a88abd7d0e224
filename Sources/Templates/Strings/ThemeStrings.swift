import Diagnostics
import Foundation

/// A theme's strings: the language the report is written in, read from `strings/`, and the keys of
/// the English reference the templates are checked against.
struct ThemeStrings {
    /// The words of the report's language (empty when the theme has no strings and needs none).
    var strings: Strings
    /// The text keys templates may use as `{{t.key}}`: English's. Nil when the theme has no
    /// English file, so that every `t.` name is reported.
    var templateKeys: Set<String>?
    var problems: [Diagnostic] = []

    /// Reads `<language>.yaml` of `files` (the texts of `strings/`, by language; else the file of the
    /// tag's first part, `en` for `en-GB`), checking it and every other language's file against the
    /// English reference. `languageAt` is where `site.yaml` names the language; `required` says
    /// whether the theme must have strings at all (a theme for the pipeline must; a test's theme need not).
    static func load(_ files: [String: String?], displayPath: String, language: String, languageAt: SourceLocation?, required: Bool) -> ThemeStrings {
        guard let english = files[Strings.reference] else {
            var result = ThemeStrings(strings: Strings(language: language, entries: [:]), templateKeys: nil)
            if required {
                result.problems.append(Diagnostic(.error, at: SourceLocation(file: "\(displayPath)/\(Strings.reference).yaml", line: 1, column: 1),
                    code: .stringsMissing, "the theme has no \(displayPath)/\(Strings.reference).yaml, the English words every language is checked against",
                    hint: "copy Templates/strings/ from the bundled report"))
            }
            return result
        }
        let reference = StringsFile(text: english, file: "\(displayPath)/\(Strings.reference).yaml")
        // Only a theme the engine renders with must give the engine's own phrases.
        var problems = required ? reference.check(against: nil, language: Strings.reference) : reference.problems
        // Every language of the theme is held to English, not only the report's: a key added to
        // English without its translation is found when it is added.
        let names = files.keys.sorted()
        var read = [Strings.reference: reference]
        for name in names where name != Strings.reference {
            let translation = StringsFile(text: files[name] ?? nil, file: "\(displayPath)/\(name).yaml")
            problems += translation.check(against: reference, language: name)
            read[name] = translation
        }
        let keys = Set(reference.entries.compactMap { key, entry in if case .text = entry { key } else { nil } })
        let primary = language.split(separator: "-").first.map(String.init) ?? language
        guard let chosen = read[language] ?? read[primary] else {
            problems.append(Diagnostic(.error, at: languageAt ?? SourceLocation(file: "Content/site.yaml", line: 1, column: 1),
                code: .stringsMissing, "the theme has no words in '\(language)': there is no \(displayPath)/\(primary).yaml",
                hint: "translate \(displayPath)/\(Strings.reference).yaml into \(displayPath)/\(primary).yaml, or use one of: " + names.joined(separator: ", ")))
            return ThemeStrings(strings: Strings(language: language, entries: reference.entries), templateKeys: keys, problems: problems)
        }
        return ThemeStrings(strings: Strings(language: language, entries: chosen.entries), templateKeys: keys, problems: problems)
    }
}

extension Strings {
    /// The language every theme's strings are checked against.
    public static let reference = "en"
}
