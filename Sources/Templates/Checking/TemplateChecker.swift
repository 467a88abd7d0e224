import Diagnostics

/// Finds what swift-mustache would silently render as empty text: partials or parent templates
/// that do not exist (errors), and names no view model provides (warnings).
struct TemplateChecker {
    /// A template's source and where it is shown in diagnostics.
    struct Source {
        var text: String
        var file: String
    }

    private let tags: [String: [TemplateTag]]
    private let files: [String: String]

    /// Reads the tags of every template, by name (`country`, `partials/members-table`).
    init(_ sources: [String: Source]) {
        tags = sources.mapValues { TemplateScanner.tags(in: $0.text) }
        files = sources.mapValues(\.file)
    }

    /// Every problem, checking each template in `roots` with the view models it renders.
    func check(roots: [String: [any ViewModel.Type]]) -> [Diagnostic] {
        var problems = missingTemplates()
        var walker = Walker(checker: self)
        for (name, models) in roots.sorted(by: { $0.key < $1.key }) where tags[name] != nil {
            walker.walk(name, stack: models)
        }
        problems += walker.problems.values
        return problems.sorted()
    }

    private func missingTemplates() -> [Diagnostic] {
        tags.flatMap { name, tags in
            tags.filter { ($0.kind == .partial || $0.kind == .parent) && self.tags[$0.name] == nil }.map { tag in
                Diagnostic(.error, at: location(of: tag, in: name), code: .templateUnknownPartial,
                           "\(tag.kind == .parent ? "parent template" : "partial") '\(tag.name)' does not exist",
                           hint: Suggestion.hint(for: tag.name, in: self.tags.keys) ?? "templates are named by their path below Templates/ without '.mustache'")
            }
        }
    }

    func location(of tag: TemplateTag, in template: String) -> SourceLocation {
        SourceLocation(file: files[template] ?? template, line: tag.line, column: tag.column)
    }

    /// Follows sections, partials and parents with the stack of view models in scope.
    private struct Walker {
        let checker: TemplateChecker
        var problems: [SourceLocation: Diagnostic] = [:]
        var visited: Set<String> = []

        mutating func walk(_ template: String, stack start: [any ViewModel.Type]) {
            let key = template + "|" + start.map { String(describing: $0) }.joined(separator: ",")
            guard visited.insert(key).inserted, let tags = checker.tags[template] else { return }
            // Each open tag pushes a frame: the view model it enters, or nil when it enters none.
            var frames: [(any ViewModel.Type)?] = []
            var stack: [any ViewModel.Type] { start + frames.compactMap { $0 } }
            for tag in tags {
                switch tag.kind {
                case .close:
                    _ = frames.popLast()
                case .block:
                    frames.append(nil)
                case .parent:
                    walk(tag.name, stack: stack)
                    frames.append(nil)
                case .partial:
                    walk(tag.name, stack: stack)
                case .variable, .section, .invertedSection:
                    let found = resolve(tag, in: template, stack: stack)
                    if tag.kind == .variable { continue }
                    let entersValue = tag.kind == .section && tag.transforms.allSatisfy { !["empty", "count"].contains($0) }
                    frames.append(entersValue ? found.flatMap(TemplateFields.viewModel(in:)) : nil)
                }
            }
        }

        private mutating func resolve(_ tag: TemplateTag, in template: String, stack: [any ViewModel.Type]) -> Any.Type? {
            // `.` and transforms of the current item (`first()`) name the item itself.
            guard !tag.name.isEmpty, tag.name != "." else { return nil }
            if let found = TemplateFields.resolve(tag.name, on: stack) { return found }
            let location = checker.location(of: tag, in: template)
            let known = Set(stack.flatMap { $0.fieldTypes.keys })
            problems[location] = Diagnostic(.warning, at: location, code: .templateUnknownVariable,
                "no view model provides '\(tag.name)' here, so it renders as empty text",
                hint: Suggestion.hint(for: tag.name, in: known) ?? "names in scope: \(known.sorted().joined(separator: ", "))")
            return nil
        }
    }
}
