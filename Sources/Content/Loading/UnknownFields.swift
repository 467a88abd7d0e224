import Diagnostics
import Yams

/// Warns about front-matter keys no schema knows, at the top level and inside the items of list
/// fields (`members`, `leaders`, …) and of fields holding one mapping (`pdf`), with a "did you mean" for likely typos.
public enum UnknownFields {
    /// The warnings for keys of `document` that are not in `known` (or, inside the items of the list
    /// fields named in `items`, not in that field's names).
    ///
    /// - Parameter place: what the keys are, for messages: `country front matter`, `site.yaml`.
    public static func check(_ document: YAMLDocument, known: [String], items: [String: [String]] = [:], in place: String) -> [Diagnostic] {
        guard let root = document.root.mapping else { return [] }
        var problems = unknown(in: root, known: known, where: place, document: document)
        for (field, itemFields) in items.sorted(by: { $0.key < $1.key }) {
            // A field holding one mapping (`pdf: {paper: a4}`) is checked like a list's item.
            if let mapping = root[field]?.mapping {
                problems += unknown(in: mapping, known: itemFields, where: "'\(field)'", document: document)
            }
            for item in root[field]?.sequence ?? [] {
                guard let mapping = item.mapping else { continue }
                problems += unknown(in: mapping, known: itemFields, where: "an item of '\(field)'", document: document)
            }
        }
        return problems
    }

    private static func unknown(in mapping: Node.Mapping, known: [String], where place: String, document: YAMLDocument) -> [Diagnostic] {
        mapping.compactMap { pair in
            let name = pair.key.string ?? ""
            guard !known.contains(name) else { return nil }
            return Diagnostic(.warning, at: document.location(of: pair.key), code: .unknownField,
                              "unknown field '\(name)' in \(place)",
                              hint: Suggestion.hint(for: name, in: known) ?? "known fields: \(known.joined(separator: ", "))")
        }
    }
}
