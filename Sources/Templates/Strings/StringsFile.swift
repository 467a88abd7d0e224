import Content
import Diagnostics
import Foundation
import Yams

/// One strings file as written: its entries, where each key stands, and what is wrong with it alone.
struct StringsFile {
    /// Where the file is shown in diagnostics (`Templates/strings/ru.yaml`).
    var file: String
    var entries: [String: Strings.Entry] = [:]
    /// Where each key is written.
    var locations: [String: SourceLocation] = [:]
    var problems: [Diagnostic] = []

    /// Reads `url`: a mapping of keys to a text, or to a mapping of plural categories to texts.
    init(_ url: URL, file: String) {
        self.init(text: try? String(contentsOf: url, encoding: .utf8), file: file)
    }

    /// Reads `text`, the file's contents (nil when it is not UTF-8 text).
    init(text: String?, file: String) {
        self.file = file
        guard let text else {
            problems.append(Diagnostic(.error, at: start, code: .stringsInvalidEntry, "cannot read the strings file as UTF-8 text"))
            return
        }
        let document: YAMLDocument
        do throws(DiagnosticError) {
            document = try YAMLDocument(text, file: file)
        } catch {
            problems += error.diagnostics
            return
        }
        guard let mapping = document.root.mapping else {
            problems.append(Diagnostic(.error, at: document.location(of: document.root), code: .stringsInvalidEntry,
                                       "a strings file is a mapping of keys to words", hint: "write one 'key: words' per line"))
            return
        }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let location = document.location(of: keyNode)
            locations[key] = location
            if let words = value.scalar?.string, !words.isEmpty {
                entries[key] = .text(words)
            } else if let forms = value.mapping {
                var counted: [PluralCategory: String] = [:]
                for (formNode, formValue) in forms {
                    guard let category = PluralCategory(rawValue: formNode.string ?? ""), let words = formValue.scalar?.string else {
                        problems.append(Diagnostic(.error, at: document.location(of: formNode), code: .stringsInvalidEntry,
                            "'\(formNode.string ?? "")' under '\(key)' is not a plural form with its words",
                            hint: "a counted phrase gives one line per plural form: " + PluralCategory.allCases.map(\.rawValue).joined(separator: ", ")))
                        continue
                    }
                    counted[category] = words
                }
                entries[key] = .counted(counted)
            } else {
                problems.append(Diagnostic(.error, at: document.location(of: value), code: .stringsInvalidEntry,
                                           "'\(key)' gives no words", hint: "write 'key: words', or a form per plural category for a counted phrase"))
            }
        }
        problems += Self.nested(locations)
    }

    /// The top of the file, where what it lacks is reported.
    var start: SourceLocation { SourceLocation(file: file, line: 1, column: 1) }

    /// A key that continues another (`a.b` beside `a`): `{{t.a.b}}` would look inside the words of `a`.
    private static func nested(_ locations: [String: SourceLocation]) -> [Diagnostic] {
        locations.keys.sorted().compactMap { key in
            let parts = key.split(separator: ".")
            guard let outer = parts.indices.dropLast().map({ parts[...$0].joined(separator: ".") }).first(where: { locations[$0] != nil }) else { return nil }
            return Diagnostic(.error, at: locations[key]!, code: .stringsInvalidEntry,
                              "'\(key)' continues the key '\(outer)', so '{{t.\(key)}}' would look inside the words of '\(outer)'",
                              hint: "join the last parts with a hyphen ('\(parts.dropLast().joined(separator: "."))-\(parts.last ?? "")')")
        }
    }

    /// Every problem of the file held against `reference` (English), or, for English itself, against
    /// what the engine writes: keys missing or unknown, a counted phrase given as text or the other
    /// way round, plural forms the language does not have or lacks, and placeholders English does not use.
    func check(against reference: StringsFile?, language: String) -> [Diagnostic] {
        var problems = self.problems
        let rule = PluralRule.of(language: language)
        let expected: [String: Bool]  // key → counted
        if let reference {
            expected = reference.entries.mapValues { if case .counted = $0 { true } else { false } }
        } else {
            expected = Dictionary(uniqueKeysWithValues: Strings.engineTexts.map { ($0, false) } + Strings.engineCounted.map { ($0, true) })
        }
        let referenceName = reference.map { URL(fileURLWithPath: $0.file).lastPathComponent }
        for key in expected.keys.sorted() where entries[key] == nil {
            problems.append(Diagnostic(.error, at: start, code: .stringsMissingKey,
                reference == nil ? "the strings file has no '\(key)', which the engine writes" : "the strings file has no '\(key)', which \(referenceName!) has",
                hint: reference.flatMap { $0.entries[key] }.map { "\(referenceName!) says: \(Self.describe($0))" }))
        }
        for (key, entry) in entries.sorted(by: { $0.key < $1.key }) {
            let location = locations[key] ?? start
            guard let counted = expected[key] else {
                if reference != nil {
                    problems.append(Diagnostic(.warning, at: location, code: .stringsUnknownKey,
                        "'\(key)' is not a key of \(referenceName!), so nothing shows it",
                        hint: Suggestion.hint(for: key, in: expected.keys) ?? "every language has the keys of \(referenceName!)"))
                }
                continue
            }
            switch (entry, counted) {
            case (.text, true):
                problems.append(Diagnostic(.error, at: location, code: .stringsInvalidEntry, "'\(key)' is a counted phrase, given as one text",
                    hint: "give a form per plural category of '\(language)': " + rule.categories.map(\.rawValue).joined(separator: ", ")))
            case (.counted, false):
                problems.append(Diagnostic(.error, at: location, code: .stringsInvalidEntry, "'\(key)' takes one text, not plural forms"))
            case (.counted(let forms), true):
                let missing = rule.categories.filter { forms[$0] == nil }
                let extra = forms.keys.filter { !rule.categories.contains($0) && $0 != .other }.sorted()
                if !missing.isEmpty || !extra.isEmpty {
                    problems.append(Diagnostic(.error, at: location, code: .stringsInvalidEntry,
                        "'\(key)' needs the plural forms of '\(language)', " + rule.categories.map(\.rawValue).joined(separator: ", ")
                            + (missing.isEmpty ? "" : "; it lacks " + missing.map(\.rawValue).joined(separator: ", "))
                            + (extra.isEmpty ? "" : "; '\(language)' has no " + extra.map(\.rawValue).joined(separator: ", ")),
                        hint: "with whole numbers, '\(language)' uses " + rule.categories.map(\.rawValue).joined(separator: ", ")))
                }
            case (.text, false):
                break
            }
            if let reference, let known = reference.entries[key].map(Self.placeholders) {
                for unknown in Self.placeholders(entry).subtracting(known).sorted() {
                    problems.append(Diagnostic(.error, at: location, code: .stringsInvalidEntry,
                        "'{\(unknown)}' in '\(key)' is not filled in, so it would show as written",
                        hint: Suggestion.hint(for: unknown, in: known) ?? (known.isEmpty ? "'\(key)' has no placeholders" : "its placeholders: " + known.sorted().map { "{\($0)}" }.joined(separator: ", "))))
                }
            }
        }
        return problems
    }

    static func placeholders(_ entry: Strings.Entry) -> Set<String> {
        switch entry {
        case .text(let text): Strings.placeholders(in: text)
        case .counted(let forms): forms.values.reduce(into: []) { $0.formUnion(Strings.placeholders(in: $1)) }
        }
    }

    static func describe(_ entry: Strings.Entry) -> String {
        switch entry {
        case .text(let text): "'\(text)'"
        case .counted(let forms): forms.sorted { $0.key < $1.key }.map { "\($0.key.rawValue): '\($0.value)'" }.joined(separator: ", ")
        }
    }
}
