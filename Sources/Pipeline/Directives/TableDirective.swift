import Content
import Diagnostics
import Templates

/// ` ```table `: a data table of `Content/data/`, all its columns or some, with an optional caption.
enum TableDirective: Directive {
    struct Arguments: DirectiveArguments {
        var data: Located<String>
        var columns: [Located<String>]?
        var caption: String?

        enum CodingKeys: String, CodingKey, CaseIterable { case data, columns, caption }
    }

    static let name = "table"
    static let partial = "partials/data-table"
    /// The data, and the countries and organizations whose slugs become links.
    static let inputs: [BuildInput] = [.allData, .every(.country), .every(.organization)]

    static func view(_ arguments: Arguments, in context: DirectiveContext) throws(DiagnosticError) -> DataTableView {
        let data = try DataArgument.table(arguments.data, in: context)
        _ = try DataArgument.columns(arguments.columns ?? [], of: data)
        return DataTableView(data, columns: arguments.columns?.map(\.value), caption: arguments.caption, graph: context.graph, linker: context.linker)
    }
}
