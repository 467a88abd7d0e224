/// What the archetypes of every kind share: the body's hint, vocabularies as comments, titles from slugs.
/// Each kind's archetype is written next to its front matter (`CountryFrontMatter.archetype(slug:)`).
public enum Archetype {
    /// The body of a new file: how to write and link. Examples sit in code spans so they are not
    /// links to pages that may not exist.
    public static let bodyHint = """
        Write the text here in Markdown. Link other pages with `[Belarus](country:belarus)`,
        `[CSTO](org:csto)`, `[the gas dispute](relation:russia--ukraine)`, `[a scenario](scenario:turn-east)`
        or `[a page](page:methodology)`; add `#heading-id` to point at a section.
        """

    /// The `judgments` line of every new file, with what an item takes.
    public static let judgmentsLine = "judgments: []       # - {text: …, likelihood: \(words(Likelihood.self)), "
        + "confidence: \(words(Confidence.self)), basis: …, key: false, cites: [source ids]}"

    /// A vocabulary's words as a comment lists them: `ally | balancer | …`.
    public static func words<Words: Vocabulary>(_ vocabulary: Words.Type) -> String {
        Words.allCases.map(\.rawValue).joined(separator: " | ")
    }

    /// `union-state` → `Union State`.
    public static func titleCase(_ slug: String) -> String {
        slug.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}
