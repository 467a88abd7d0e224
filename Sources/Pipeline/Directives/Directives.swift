import Templates

/// Every directive the Markdown pass knows. The directive names, the renderer, the inputs of
/// incremental builds and the partials the template checker reads are all derived from this list.
enum Directives {
    /// The registered directives.
    static let all: [any Directive.Type] = [TableDirective.self, MembersDirective.self, MatrixDirective.self, LeadersDirective.self, MapDirective.self, ChartDirective.self]

    /// The directives by the info-string name that calls them.
    static let byName: [String: any Directive.Type] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })

    /// The info-string names that are directives; any other fence stays a code block.
    static var names: Set<String> { Set(byName.keys) }

    /// Each directive's partial with the view model it renders, for the template checker.
    static var partials: [String: [any ViewModel.Type]] {
        Dictionary(uniqueKeysWithValues: all.map { ($0.partial, [$0.viewModel]) })
    }

    /// What rendering the directive `name` may read: its partial and the directive's own inputs.
    static func inputs(named name: String) -> [BuildInput] {
        guard let directive = byName[name] else { return [] }
        return [.template(directive.partial)] + directive.inputs
    }
}
