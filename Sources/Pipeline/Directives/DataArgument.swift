import Content
import Diagnostics

/// The `data:` and column arguments directives share: a data table of `Content/data/` by name and
/// its columns by key, each problem reported at the argument.
enum DataArgument {
    /// The table `name` names.
    static func table(_ name: Located<String>, in context: DirectiveContext) throws(DiagnosticError) -> DataTable {
        // A data file with errors of its own is reported there.
        if context.graph.content.unreadableDataTables.contains(name.value) { throw DiagnosticError([]) }
        guard let data = context.dataTables[name.value] else {
            throw DiagnosticError(Diagnostic(.error, at: name.location, code: .unknownReference, "unknown data table '\(name.value)'",
                                             hint: Suggestion.hint(for: name.value, in: context.dataTables.keys)))
        }
        return data
    }

    /// The columns of `table` that `keys` name, every unknown one reported.
    static func columns(_ keys: [Located<String>], of table: DataTable) throws(DiagnosticError) -> [DataColumn] {
        let unknown = keys.filter { table.column($0.value) == nil }
        guard unknown.isEmpty else {
            let known = table.columns.map(\.key)
            throw DiagnosticError(unknown.map {
                Diagnostic(.error, at: $0.location, code: .unknownColumn, "data table '\(table.name)' has no column '\($0.value)'",
                           hint: Suggestion.hint(for: $0.value, in: known) ?? "its columns: \(known.joined(separator: ", "))")
            })
        }
        return keys.compactMap { table.column($0.value) }
    }

    /// The column of `table` that `key` names.
    static func column(_ key: Located<String>, of table: DataTable) throws(DiagnosticError) -> DataColumn {
        try columns([key], of: table)[0]
    }
}
