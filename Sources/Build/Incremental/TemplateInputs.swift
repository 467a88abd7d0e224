import Content
import Foundation

/// The fingerprint of each template of `Templates/` together with everything it includes, so a
/// change to a partial reaches exactly the pages whose templates use it.
enum TemplateInputs {
    /// By template name (path below `Templates/` without `.mustache`).
    static func fingerprints(of folder: URL) -> [String: Int] {
        var texts: [String: String] = [:]
        let files = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".mustache") }
        for file in files {
            texts[String(file.dropLast(".mustache".count))] = (try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)) ?? ""
        }
        let includes = texts.mapValues { text in
            // A template that changes its delimiters or names a partial dynamically could include anything.
            text.contains("{{=") || text.contains("{{>*") ? Set(texts.keys) : Self.includes(in: text)
        }
        var result: [String: Int] = [:]
        for name in texts.keys {
            var hasher = Hasher()
            for included in closure(of: name, includes: includes).sorted() {
                hasher.combine(included)
                hasher.combine(texts[included].map(SourceFingerprint.hash))
            }
            result[name] = hasher.finalize()
        }
        return result
    }

    /// The names a template pulls in with `{{>partial}}` or `{{<parent}}`.
    static func includes(in text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = text[...]
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            guard let close = rest.range(of: "}}") else { break }
            let tag = rest[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            if let sigil = tag.first, sigil == ">" || sigil == "<" {
                names.insert(tag.dropFirst().trimmingCharacters(in: .whitespaces))
            }
            rest = rest[close.upperBound...]
        }
        return names
    }

    /// `name` and everything it includes, directly or not.
    static func closure(of name: String, includes: [String: Set<String>]) -> Set<String> {
        var seen: Set<String> = [name]
        var queue = [name]
        while let next = queue.popLast() {
            for included in includes[next] ?? [] where seen.insert(included).inserted { queue.append(included) }
        }
        return seen
    }
}
