import Content
import Diagnostics
import Site
import Templates

/// ` ```matrix `: countries × organizations as of the report date, all of them or those listed.
enum MatrixDirective: Directive {
    struct Arguments: DirectiveArguments {
        var orgs: [Located<String>]?
        var countries: [Located<String>]?

        enum CodingKeys: String, CodingKey, CaseIterable { case orgs, countries }
    }

    static let name = "matrix"
    static let partial = "partials/membership-matrix"
    /// Every organization and country, with their memberships.
    static let inputs: [BuildInput] = [.every(.organization), .every(.country)]

    static func view(_ arguments: Arguments, in context: DirectiveContext) throws(DiagnosticError) -> MatrixView {
        let graph = context.graph
        let problems = (arguments.orgs ?? []).compactMap {
            ReferenceCheck.problem(with: $0, kinds: [.organization], in: "the matrix directive", graph: graph)
        } + (arguments.countries ?? []).compactMap {
            ReferenceCheck.problem(with: $0, kinds: [.country], in: "the matrix directive", graph: graph)
        }
        guard problems.isEmpty else { throw DiagnosticError(problems) }
        return MatrixView(organizations: arguments.orgs?.map(\.value), countries: arguments.countries?.map(\.value),
                          on: context.asOf, graph: graph, linker: context.linker)
    }
}
