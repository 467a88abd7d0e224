/// Warns about front-matter keys no schema knows, with a "did you mean" for likely typos.
enum UnknownFields {
    static func check(_ document: YAMLDocument, known: [String], kind: String) -> [Diagnostic] {
        document.topLevelKeys.compactMap { key in
            guard !known.contains(key.name) else { return nil }
            return Diagnostic(.warning, at: document.location(of: key.node), code: "unknown-field",
                              "unknown field '\(key.name)' in \(kind) front matter",
                              hint: Suggestion.hint(for: key.name, in: known))
        }
    }
}
