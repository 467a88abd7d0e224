import Content
import Diagnostics
import Site
import Templates
import Visuals

/// ` ```chart `: a bar, grouped-bar or line chart of a data table: `x` names the column of the
/// categories, `y` one or more columns of numbers (a series each), `kind` how they are drawn.
/// A `country` or `org` slug in the `x` column is shown by its page's title.
enum ChartDirective: Directive {
    struct Arguments: DirectiveArguments {
        var data: Located<String>
        var x: Located<String>
        var y: ColumnList
        var kind: Located<String>?
        var title: String?

        enum CodingKeys: String, CodingKey, CaseIterable { case data, x, y, kind, title }
    }

    /// One column or a list of them (`y: price_2006` or `y: [price_2005, price_2006]`).
    struct ColumnList: Decodable {
        var columns: [Located<String>]

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let list = try? container.decode([Located<String>].self) {
                columns = list
            } else {
                columns = [try container.decode(Located<String>.self)]
            }
        }
    }

    static let name = "chart"
    static let partial = "partials/chart"
    /// The data, and the countries and organizations whose titles label the categories.
    static let inputs: [BuildInput] = [.allData, .every(.country), .every(.organization)]

    static func view(_ arguments: Arguments, in context: DirectiveContext) throws(DiagnosticError) -> VisualView {
        let table = try DataArgument.table(arguments.data, in: context)
        let x = try DataArgument.column(arguments.x, of: table)
        let ys = try DataArgument.columns(arguments.y.columns, of: table)
        let kind: Chart.Kind
        if let written = arguments.kind {
            guard let known = Chart.Kind(rawValue: written.value) else {
                let kinds = Chart.Kind.allCases.map(\.rawValue)
                throw DiagnosticError(Diagnostic(.error, at: written.location, code: .invalidValue, "'\(written.value)' is not a kind of chart",
                                                 hint: Suggestion.hint(for: written.value, in: kinds) ?? "use one of: \(kinds.joined(separator: ", "))"))
            }
            kind = known
        } else {
            kind = .bar
        }
        let series = ys.map { column in
            Chart.Series(name: column.label, values: table.rows.map { row in row[column.key].flatMap(Double.init) })
        }
        if let empty = zip(arguments.y.columns, series).first(where: { $0.1.values.allSatisfy { $0 == nil } }) {
            throw DiagnosticError(Diagnostic(.error, at: empty.0.location, code: .invalidValue,
                                             "column '\(empty.0.value)' of data table '\(table.name)' holds no numbers to chart",
                                             hint: "chart a column of numbers; the others can go in a table"))
        }
        let graph = context.graph
        let categories = table.rows.map { row -> String in
            let cell = row[x.key] ?? ""
            guard ["country", "org"].contains(x.key), let ref = graph.party(cell) else { return cell }
            return graph.title(of: ref)
        }
        let words = context.linker.strings
        let title = arguments.title ?? table.caption ?? series.map(\.name).joined(separator: ", ")
        let chart = Chart(id: "chart-\(context.fence.line)", title: title,
                          description: words[.chartDescription, ["values": series.map(\.name).joined(separator: ", "), "categories": x.label,
                                                                 "table": table.name]],
                          kind: kind, categories: categories, series: series, categoryAxis: x.label,
                          valueAxis: ys.count == 1 ? ys[0].label : words[.chartValue])
        return VisualView(svg: chart.svg())
    }
}
