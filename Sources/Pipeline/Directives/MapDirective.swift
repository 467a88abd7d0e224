import Content
import Diagnostics
import Site
import Templates
import Visuals

/// ` ```map `: the region's map with the report's countries shaded by a country field
/// (`field: orientation` or `region`), by their standing in an organization on a date
/// (`org: csto`, `as_of:`), or by a column of a data table with a `country` column
/// (`data: gas-prices`, `column: price_2006`; numbers are shaded light to dark in steps).
enum MapDirective: Directive {
    struct Arguments: DirectiveArguments {
        var field: Located<String>?
        var org: Located<String>?
        var asOf: AsOfArgument?
        var data: Located<String>?
        var column: Located<String>?
        var title: String?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case field, org
            case asOf = "as_of"
            case data, column, title
        }
    }

    static let name = "map"
    static let partial = "partials/map"
    /// The countries' fields and codes, the organizations' members, and the data.
    static let inputs: [BuildInput] = [.allData, .every(.country), .every(.organization)]

    /// The country fields a map can shade by.
    static let fields = ["orientation", "region"]

    static func view(_ arguments: Arguments, in context: DirectiveContext) throws(DiagnosticError) -> VisualView {
        let sources = [arguments.field.map { ("field", $0) }, arguments.org.map { ("org", $0) }, arguments.data.map { ("data", $0) }]
            .compactMap { $0 }
        guard let (kind, value) = sources.first else {
            throw DiagnosticError(Diagnostic(.error, at: context.fence, code: .missingField,
                                             "the map directive needs one of 'field', 'org' or 'data' to shade the countries by",
                                             hint: "for example 'field: orientation', 'org: csto' or 'data: gas-prices' with 'column: price_2006'"))
        }
        if sources.count > 1 {
            throw DiagnosticError(Diagnostic(.error, at: sources[1].1.location, code: .invalidValue,
                                             "a map shades by one thing: '\(sources[0].0)' or '\(sources[1].0)', not both",
                                             hint: "draw a second map for the other"))
        }
        let id = "map-\(context.fence.line)"
        switch kind {
        case "field": return try byField(value, title: arguments.title, id: id, context: context)
        case "org": return try byOrganization(value, asOf: arguments.asOf, title: arguments.title, id: id, context: context)
        default: return try byColumn(data: value, column: arguments.column, title: arguments.title, id: id, context: context)
        }
    }

    private static func byField(_ field: Located<String>, title: String?, id: String, context: DirectiveContext) throws(DiagnosticError) -> VisualView {
        guard fields.contains(field.value) else {
            throw DiagnosticError(Diagnostic(.error, at: field.location, code: .invalidValue, "a map cannot shade by '\(field.value)'",
                                             hint: Suggestion.hint(for: field.value, in: fields) ?? "use one of: \(fields.joined(separator: ", "))"))
        }
        let graph = context.graph
        let words = context.linker.strings
        let isOrientation = field.value == "orientation"
        let value: (Document<CountryFrontMatter>) -> String? = isOrientation ? { $0.meta.orientation.map(words.word) } : { $0.meta.region }
        let categories: [Category] = isOrientation
            ? Orientation.allCases.map { Category(key: $0.rawValue, label: words.word($0)) }
            : Set(graph.countriesByTitle.compactMap(value)).sorted().map { Category(key: $0, label: $0) }
        let name = isOrientation ? words[.factOrientation] : words[.factRegion]
        let svg = CountryMap.svg(id: id, title: title ?? words[.mapFieldTitle, ["field": name]],
                                 description: words[.mapFieldDescription, ["field": name]],
                                 categories: categories, legendTitle: words[.visualLegend, ["name": name]], graph: graph,
                                 linker: context.linker) { country in
            let shown = value(country)
            return (isOrientation ? country.meta.orientation?.rawValue : shown, shown ?? words[.visualNoValue])
        }
        return VisualView(svg: svg)
    }

    private static func byOrganization(_ org: Located<String>, asOf: AsOfArgument?, title: String?, id: String,
                                       context: DirectiveContext) throws(DiagnosticError) -> VisualView {
        let graph = context.graph
        if let problem = ReferenceCheck.problem(with: org, kinds: [.organization], in: "the map directive", graph: graph) {
            throw DiagnosticError(problem)
        }
        let words = context.linker.strings
        let date = AsOfArgument.date(asOf, default: context.asOf) ?? context.asOf
        let name = graph.title(of: EntityRef(.organization, org.value))
        let when = ["name": name, "date": words.date(date)]
        let svg = CountryMap.svg(id: id, title: title ?? words[.mapOrganizationTitle, when],
                                 description: words[.mapOrganizationDescription, when],
                                 categories: MembershipStatus.allCases.map { Category(key: $0.rawValue, label: words.word($0)) },
                                 legendTitle: words[.visualLegend, ["name": name]], graph: graph, linker: context.linker) { country in
            let status = graph.memberships(of: country.slug, on: date).first { $0.organization == org.value }?.membership.status
            return (status?.rawValue, status.map { words[.mapStatusOf, ["status": words.word($0), "name": name]] } ?? words[.mapNotIn, ["name": name]])
        }
        return VisualView(svg: svg)
    }

    private static func byColumn(data: Located<String>, column: Located<String>?, title: String?, id: String,
                                 context: DirectiveContext) throws(DiagnosticError) -> VisualView {
        let table = try DataArgument.table(data, in: context)
        guard let column else {
            throw DiagnosticError(Diagnostic(.error, at: data.location, code: .missingField,
                                             "a map of data table '\(table.name)' needs a 'column' to shade by",
                                             hint: "its columns: \(table.columns.map(\.key).joined(separator: ", "))"))
        }
        let shown = try DataArgument.column(column, of: table)
        guard table.column("country") != nil else {
            throw DiagnosticError(Diagnostic(.error, at: data.location, code: .invalidValue,
                                             "data table '\(table.name)' has no 'country' column to place its rows on the map",
                                             hint: "add a column 'country' holding country slugs"))
        }
        let values = Dictionary(table.rows.compactMap { row in row["country"].map { ($0, row[column.value] ?? "") } },
                                uniquingKeysWith: { first, _ in first })
        let numbers = values.values.compactMap(Double.init)
        let scale = NumberSteps(numbers)
        let categories = scale?.categories ?? Set(values.values.filter { !$0.isEmpty }).sorted().map { Category(key: $0, label: $0) }
        let words = context.linker.strings
        let description = words[.mapColumnDescription, ["column": shown.label, "table": table.name]]
        let svg = CountryMap.svg(id: id, title: title ?? table.caption ?? shown.label,
                                 description: scale == nil ? description : description + " " + words[.mapColumnSteps],
                                 categories: categories, scale: scale == nil ? .qualitative : .sequential,
                                 legendTitle: words[.visualLegend, ["name": shown.label]], graph: context.graph, linker: context.linker) { country in
            let value = values[country.slug] ?? ""
            let text = value.isEmpty ? words[.visualNoValue] : value
            if let scale { return (Double(value).map(scale.key), text) }
            return (value.isEmpty ? nil : value, text)
        }
        return VisualView(svg: svg)
    }
}

/// Numbers shaded in steps: the intervals between nice round values covering them.
struct NumberSteps {
    let edges: [Double]

    /// Steps for `numbers`; nil when there are none.
    init?(_ numbers: [Double]) {
        guard let low = numbers.min(), let high = numbers.max() else { return nil }
        edges = NiceScale.ticks(covering: low, high, count: 5)
    }

    /// The categories, one per interval, lowest first.
    var categories: [Category] {
        zip(edges, edges.dropFirst()).map { Category(key: Self.label($0), label: "\(Self.label($0))–\(Self.label($1))") }
    }

    /// The key of the interval holding `value` (the last interval includes its upper end).
    func key(_ value: Double) -> String {
        let index = edges.dropFirst().firstIndex { value < $0 } ?? edges.count - 1
        return Self.label(edges[max(index - 1, 0)])
    }

    private static func label(_ value: Double) -> String { NiceScale.label(value) }
}
