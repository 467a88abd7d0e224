import Content
import Diagnostics
import Site
import Templates

/// ` ```leaders `: a country's heads of state and government in office on a date (default: the
/// report date), or every term recorded (`as_of: all`), from the `leaders` of its brief.
enum LeadersDirective: Directive {
    struct Arguments: DirectiveArguments {
        var country: Located<String>
        var asOf: AsOfArgument?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case country
            case asOf = "as_of"
        }
    }

    static let name = "leaders"
    static let partial = "partials/leaders-table"
    /// The country's leaders and title, and which countries exist (for the "did you mean").
    static let inputs: [BuildInput] = [.every(.country)]

    static func view(_ arguments: Arguments, in context: DirectiveContext) throws(DiagnosticError) -> LeadersTableView {
        let graph = context.graph
        if let problem = ReferenceCheck.problem(with: arguments.country, kinds: [.country], in: "the leaders directive", graph: graph) {
            throw DiagnosticError(problem)
        }
        // A brief with errors of its own is reported there.
        guard let country = graph.countries[arguments.country.value] else { throw DiagnosticError([]) }
        let date = AsOfArgument.date(arguments.asOf, default: context.asOf)
        let terms = country.meta.leaders.filter { leader in
            date.map { date in (leader.from.map { $0 <= date } ?? true) && (leader.to.map { date < $0 } ?? true) } ?? true
        }
        let ref = EntityRef(.country, country.slug)
        return LeadersTableView(country: LinkView(title: graph.title(of: ref), url: context.linker.url(ref)),
                                asOf: date.map(context.linker.strings.date), rows: terms.map { term in
            // On a date the table shows when terms began, not when they ended, so an end after the
            // report date is not marked; a start after it is.
            var shown = term
            if date != nil { shown.to = nil }
            return LeaderView(shown, asOf: context.asOf, strings: context.linker.strings)
        })
    }
}

/// The terms of office a `leaders` directive lists.
struct LeadersTableView: ViewModel {
    /// The country, linked to its brief.
    var country: LinkView
    /// The date the leaders were in office, as a reader writes it; nil when every term is listed.
    var asOf: String?
    /// The terms, in the order the brief gives them.
    var rows: [LeaderView]

    static let fields: [String: any PartialKeyPath<LeadersTableView> & Sendable] = [
        "country": \.country, "asOf": \.asOf, "rows": \.rows,
    ]
}
