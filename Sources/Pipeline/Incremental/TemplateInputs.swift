import Content
import Templates

/// The fingerprint of each template of `Templates/` together with everything it includes and the
/// theme's strings, so a change to a partial reaches exactly the pages whose templates use it.
enum TemplateInputs {
    /// By template name (path below `Templates/` without `.mustache`).
    static func fingerprints(of theme: ThemeFiles) -> [String: Int] {
        var texts: [String: String] = [:]
        for (file, text) in theme.templates { texts[String(file.dropLast(".mustache".count))] = text ?? "" }
        let includes = texts.mapValues { text in
            // A template that names a partial dynamically could include anything.
            text.contains("{{>*") ? Set(texts.keys) : TemplateScanner.includes(in: text)
        }
        // Every template can show the theme's strings, and the views write them too: a change to
        // any strings file reaches every template's pages.
        var wordsHasher = Hasher()
        for language in theme.strings.keys.sorted() {
            wordsHasher.combine(language)
            wordsHasher.combine(theme.strings[language]?.map(SourceFingerprint.hash))
        }
        let words = wordsHasher.finalize()
        var result: [String: Int] = [:]
        for name in texts.keys {
            var hasher = Hasher()
            hasher.combine(words)
            for included in TemplateScanner.closure(of: name, includes: includes).sorted() {
                hasher.combine(included)
                hasher.combine(texts[included].map(SourceFingerprint.hash))
            }
            result[name] = hasher.finalize()
        }
        return result
    }
}
