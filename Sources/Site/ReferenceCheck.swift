import Diagnostics
import Content

/// Checks a slug written in front matter or a directive (`members`, `parties`, `affects`, `org:`)
/// against the entities it may name: unknown slugs get a "did you mean", drafts left out of the
/// build are reported as such, like links to them.
public enum ReferenceCheck {
    /// The problem with `slug`, or nil when it names an entity of one of `kinds` in this build.
    ///
    /// - Parameter field: where the slug is written, for the message (`members`, `affects`).
    public static func problem(with slug: Located<String>, kinds: [ContentKind], in field: String, graph: ReportGraph) -> Diagnostic? {
        let refs = kinds.map { EntityRef($0, slug.value) }
        // A file with errors of its own is reported there; naming it is not a second mistake.
        guard !refs.contains(where: { graph.contains($0) || graph.isUnreadable($0) }) else { return nil }
        let noun = kinds.map(\.noun).joined(separator: " or ")
        if let draft = refs.first(where: graph.isDraft) {
            return Diagnostic(.error, at: slug.location, code: "link-to-draft",
                              "\(draft.kind.noun) '\(slug.value)' in \(field) is a draft left out of this build",
                              hint: "build with --drafts, or publish the page")
        }
        return Diagnostic(.error, at: slug.location, code: "unknown-reference", "unknown \(noun) '\(slug.value)' in \(field)",
                          hint: Suggestion.hint(for: slug.value, in: kinds.flatMap(graph.slugs(of:))))
    }
}
