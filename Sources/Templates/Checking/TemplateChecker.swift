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

    /// Templates that exist but could not be read or parsed: reported already, so not missing.
    private let unloaded: Set<String>
    /// The keys `{{t.key}}` may name (the English strings file's texts); nil when the theme has none.
    private let stringKeys: Set<String>?

    /// Reads the tags of every template, by name (`country`, `partials/members-table`); `unloaded`
    /// names the templates whose files exist but did not load, `strings` the keys of the theme's strings.
    init(_ sources: [String: Source], unloaded: Set<String> = [], strings: Set<String>? = nil) {
        tags = sources.mapValues { TemplateScanner.tags(in: $0.text) }
        files = sources.mapValues(\.file)
        self.unloaded = unloaded
        stringKeys = strings
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
            tags.filter { ($0.kind == .partial || $0.kind == .parent) && self.tags[$0.name] == nil && !unloaded.contains($0.name) }.map { tag in
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
        /// The templates being walked, outermost first, each with the innermost view model it was
        /// entered with and the number of open sections that had entered a value of the data.
        var chain: [(template: String, innermost: String, descents: Int)] = []

        /// Walks `template` with the view models `start` in scope, inside `descents` open sections
        /// that entered a value of the data.
        mutating func walk(_ template: String, stack start: [any ViewModel.Type], descents: Int = 0) {
            let key = template + "|" + start.map { String(describing: $0) }.joined(separator: ",")
            guard visited.insert(key).inserted, let tags = checker.tags[template] else { return }
            chain.append((template, start.last.map { String(describing: $0) } ?? "", descents))
            defer { chain.removeLast() }
            // Each open tag pushes a frame: the view model it enters (nil when it enters none), and
            // whether it goes down into a value of the innermost view model.
            var frames: [(model: (any ViewModel.Type)?, descends: Bool)] = []
            var stack: [any ViewModel.Type] { start + frames.compactMap(\.model) }
            var open: Int { descents + frames.filter(\.descends).count }
            for tag in tags {
                switch tag.kind {
                case .close:
                    _ = frames.popLast()
                case .block:
                    frames.append((nil, false))
                case .parent:
                    include(tag, from: template, stack: stack, descents: open)
                    frames.append((nil, false))
                case .partial:
                    include(tag, from: template, stack: stack, descents: open)
                case .variable, .section, .invertedSection:
                    let found = resolve(tag, in: template, stack: stack)
                    if tag.kind == .variable { continue }
                    let entersValue = tag.kind == .section && tag.transforms.allSatisfy { !["empty", "count"].contains($0) }
                    let model = entersValue ? found.flatMap(TemplateFields.viewModel(in:)) : nil
                    let first = tag.name.split(separator: ".").first.map(String.init) ?? tag.name
                    frames.append((model, model != nil && stack.last?.fieldTypes[first] != nil))
                }
            }
        }

        /// Walks the template `tag` includes. Including a template already being walked is a
        /// recursion, which ends only if each level goes down into the data through a section (into
        /// a nested list of the current item, whose values are finite): without one, every level
        /// renders the same values again, without end, and the include is an error. Once a level
        /// descends into the same view model type as the one before, the next levels are checked alike.
        private mutating func include(_ tag: TemplateTag, from template: String, stack: [any ViewModel.Type], descents: Int) {
            guard let entry = chain.lastIndex(where: { $0.template == tag.name }) else {
                walk(tag.name, stack: stack, descents: descents)
                return
            }
            guard descents == chain[entry].descents else {
                let innermost = stack.last.map { String(describing: $0) } ?? ""
                if innermost != chain[entry].innermost, chain.count < Self.deepestChain { walk(tag.name, stack: stack, descents: descents) }
                return
            }
            let location = checker.location(of: tag, in: template)
            let loop = (chain[entry...].map(\.template) + [tag.name]).map { "'\($0)'" }.joined(separator: " → ")
            problems[location] = Diagnostic(.error, at: location, code: .templateRecursion,
                "'\(tag.name)' includes itself (\(loop)) without going down into the data, so rendering it would never end",
                hint: "remove the include, or put it inside a section over a nested list of the current item")
        }

        /// How many templates deep the walk follows includes; a theme nests a few.
        static let deepestChain = 64

        private mutating func resolve(_ tag: TemplateTag, in template: String, stack: [any ViewModel.Type]) -> Any.Type? {
            // `.` and transforms of the current item (`first()`) name the item itself.
            guard !tag.name.isEmpty, tag.name != "." else { return nil }
            if tag.name == "t" || tag.name.hasPrefix("t.") { return resolveString(tag, in: template) }
            if let found = TemplateFields.resolve(tag.name, on: stack) { return found }
            let location = checker.location(of: tag, in: template)
            let known = Set(stack.flatMap { $0.fieldTypes.keys })
            problems[location] = Diagnostic(.warning, at: location, code: .templateUnknownVariable,
                "no view model provides '\(tag.name)' here, so it renders as empty text",
                hint: Suggestion.hint(for: tag.name, in: known) ?? "names in scope: \(known.sorted().joined(separator: ", "))")
            return nil
        }

        /// `t.key` names the words of `key` in the theme's strings, which every template can reach.
        private mutating func resolveString(_ tag: TemplateTag, in template: String) -> Any.Type? {
            let key = String(tag.name.dropFirst(2))
            if checker.stringKeys?.contains(key) == true { return String.self }
            let location = checker.location(of: tag, in: template)
            let keys = checker.stringKeys ?? []
            problems[location] = Diagnostic(.error, at: location, code: .templateUnknownString,
                "the theme's strings have no '\(key)', so '{{\(tag.name)}}' renders as empty text",
                hint: Suggestion.closest(to: key, in: keys).map { "did you mean 't.\($0)'?" }
                    ?? (keys.isEmpty ? "the theme has no strings/\(Strings.reference).yaml" : "add it to strings/\(Strings.reference).yaml and every other language's file"))
            return nil
        }
    }
}
