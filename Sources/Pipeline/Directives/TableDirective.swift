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
        let name = arguments.data
        // A data file with errors of its own is reported there.
        if context.graph.content.unreadableDataTables.contains(name.value) { throw DiagnosticError([]) }
        guard let data = context.dataTables[name.value] else {
            throw DiagnosticError(Diagnostic(.error, at: name.location, code: "unknown-reference", "unknown data table '\(name.value)'",
                                             hint: Suggestion.hint(for: name.value, in: context.dataTables.keys)))
        }
        let unknown = (arguments.columns ?? []).filter { data.column($0.value) == nil }
        guard unknown.isEmpty else {
            let keys = data.columns.map(\.key)
            throw DiagnosticError(unknown.map {
                Diagnostic(.error, at: $0.location, code: "unknown-column", "data table '\(data.name)' has no column '\($0.value)'",
                           hint: Suggestion.hint(for: $0.value, in: keys) ?? "its columns: \(keys.joined(separator: ", "))")
            })
        }
        return DataTableView(data, columns: arguments.columns?.map(\.value), caption: arguments.caption, graph: context.graph, linker: context.linker)
    }
}
