import Content
import Diagnostics
import Site
import Templates

/// A directive: a fenced code block named ``name`` whose YAML body holds its ``Arguments``, rendered
/// through the theme's ``partial`` with the view model ``view(_:in:)`` makes.
///
/// A new directive is one type conforming to this protocol, added to ``Directives/all``, and one
/// partial in `Templates/partials/`; the Markdown pass, the renderer, the incremental build and the
/// template checker all read the registry.
protocol Directive: Sendable {
    /// What the block's YAML decodes to; its fields keep their positions (`Located`) for diagnostics.
    associatedtype Arguments: DirectiveArguments
    /// What the partial renders.
    associatedtype View: ViewModel

    /// The info string that names the directive (`table`).
    static var name: String { get }
    /// The theme partial that renders it (`partials/data-table`).
    static var partial: String { get }
    /// What rendering it may read besides its partial and the page's own file, so that an
    /// incremental build renders it again when one of them changes.
    static var inputs: [BuildInput] { get }

    /// The view model for `arguments`; a problem with them is thrown at the argument's position.
    static func view(_ arguments: Arguments, in context: DirectiveContext) throws(DiagnosticError) -> View
}

extension Directive {
    /// The view model type, for the template checker.
    static var viewModel: any ViewModel.Type { View.self }
    /// The argument names, for the unknown-field check.
    static var fieldNames: [String] { Arguments.CodingKeys.allCases.map(\.stringValue) }
}

/// A directive's arguments: decoded from the block's YAML, every field name listed by `CodingKeys`.
protocol DirectiveArguments: Decodable {
    /// The fields the directive takes; any other field is an unknown-field warning.
    associatedtype CodingKeys: CodingKey & CaseIterable
}

/// What a directive renders from: the report and the page it is on.
struct DirectiveContext {
    /// The whole report.
    let graph: ReportGraph
    /// Makes links relative to the page that shows the directive.
    let linker: Linker
    /// Where the block's opening fence is, for a problem no single argument is the cause of
    /// (a needed argument missing among several optional ones).
    let fence: SourceLocation

    /// The report date.
    var asOf: ReportDate { graph.asOf }
    /// The data tables of `Content/data/`, by name.
    var dataTables: [String: DataTable] { graph.dataTables }
}
