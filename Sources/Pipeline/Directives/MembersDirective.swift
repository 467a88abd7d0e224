import Content
import Diagnostics
import Site
import Templates

/// ` ```members `: an organization's members on a date (default: the report date), or its whole history.
enum MembersDirective: Directive {
    struct Arguments: DirectiveArguments {
        var org: Located<String>
        var asOf: AsOfArgument?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case org
            case asOf = "as_of"
        }
    }

    static let name = "members"
    static let partial = "partials/members-table"
    /// The organization and the countries the table names.
    static let inputs: [BuildInput] = [.every(.organization), .every(.country)]

    static func view(_ arguments: Arguments, in context: DirectiveContext) throws(DiagnosticError) -> MembersTableView {
        if let problem = ReferenceCheck.problem(with: arguments.org, kinds: [.organization], in: "the members directive", graph: context.graph) {
            throw DiagnosticError(problem)
        }
        return MembersTableView(organization: arguments.org.value, on: AsOfArgument.date(arguments.asOf, default: context.asOf),
                                graph: context.graph, linker: context.linker)
    }
}
