import Diagnostics
import Content
import Markdown
import Site
import Templates

/// Turns directive blocks (` ```table `, ` ```members `, ` ```matrix `) into HTML through the theme's partials.
struct DirectiveRenderer: Sendable {
    /// The partial that renders each directive, by the info-string name; other fences stay code blocks.
    static let partials = ["table": "partials/data-table", "members": "partials/members-table", "matrix": "partials/membership-matrix"]

    /// The info-string names that are directives.
    static let names = Set(partials.keys)

    /// What rendering `block` may read: its partial, the data, and the titles and memberships of
    /// countries and organizations.
    static func inputs(of block: DirectiveBlock) -> [BuildInput] {
        [.template(partials[block.name] ?? ""), .allData, .every(.country), .every(.organization)]
    }

    let graph: ReportGraph
    let theme: Theme
    let linker: Linker

    /// The fields each directive takes.
    static let fields: [String: [String]] = [
        "table": TableDirective.CodingKeys.allCases.map(\.rawValue),
        "members": MembersDirective.CodingKeys.allCases.map(\.rawValue),
        "matrix": MatrixDirective.CodingKeys.allCases.map(\.rawValue),
    ]

    /// The HTML for `block` (nil when it cannot render), and its problems: errors that keep it from
    /// rendering, warnings such as unknown fields.
    func render(_ block: DirectiveBlock, file: String, bodyLine: Int) -> (html: String?, problems: [Diagnostic]) {
        let start = SourceLocation(file: file, line: bodyLine + block.position.line - 1, column: block.position.column)
        var problems: [Diagnostic] = []
        do {
            let yaml = try YAMLDocument(block.body, file: file, firstLine: bodyLine + block.bodyLine - 1,
                                        columnOffset: block.position.column - 1)
            problems += UnknownFields.check(yaml, known: Self.fields[block.name] ?? [], in: "the \(block.name) directive")
            let view: any ViewModel = switch block.name {
            case "table": try table(yaml, at: start)
            case "members": try members(yaml, at: start)
            default: try matrix(yaml)
            }
            return (theme.render(view, template: Self.partials[block.name] ?? ""), problems)
        } catch {
            return (nil, problems + error.diagnostics)
        }
    }

    private func table(_ yaml: YAMLDocument, at start: SourceLocation) throws(DiagnosticError) -> DataTableView {
        let directive = try yaml.decode(TableDirective.self)
        // A data file with errors of its own is reported there.
        if graph.content.unreadableDataTables.contains(directive.data.value) { throw DiagnosticError([]) }
        guard let data = graph.dataTables[directive.data.value] else {
            throw DiagnosticError(Diagnostic(.error, at: directive.data.location, code: .unknownReference,
                "unknown data table '\(directive.data.value)'", hint: Suggestion.hint(for: directive.data.value, in: graph.dataTables.keys)))
        }
        let unknown = (directive.columns ?? []).filter { data.column($0.value) == nil }
        guard unknown.isEmpty else {
            throw DiagnosticError(unknown.map {
                Diagnostic(.error, at: $0.location, code: .unknownColumn, "data table '\(data.name)' has no column '\($0.value)'",
                           hint: Suggestion.hint(for: $0.value, in: data.columns.map(\.key)) ?? "its columns: \(data.columns.map(\.key).joined(separator: ", "))")
            })
        }
        let view = DataTableView(data, columns: directive.columns?.map(\.value), caption: directive.caption, graph: graph, linker: linker)
        return view
    }

    private func members(_ yaml: YAMLDocument, at start: SourceLocation) throws(DiagnosticError) -> MembersTableView {
        let directive = try yaml.decode(MembersDirective.self)
        if let problem = ReferenceCheck.problem(with: directive.org, kinds: [.organization], in: "the members directive", graph: graph) {
            throw DiagnosticError(problem)
        }
        let date: ReportDate?
        switch directive.asOf?.value {
        case nil: date = graph.asOf
        case "all": date = nil
        case let text?:
            guard let parsed = ReportDate(text) else {
                throw DiagnosticError(Diagnostic(.error, at: directive.asOf!.location, code: .invalidDate,
                    "'\(text)' is not a valid date", hint: "write YYYY, YYYY-MM, YYYY-MM-DD or 'all'"))
            }
            date = parsed
        }
        let view = MembersTableView(organization: directive.org.value, on: date, graph: graph, linker: linker)
        return view
    }

    private func matrix(_ yaml: YAMLDocument) throws(DiagnosticError) -> MatrixView {
        let directive = try yaml.decode(MatrixDirective.self)
        let problems = (directive.orgs ?? []).compactMap {
            ReferenceCheck.problem(with: $0, kinds: [.organization], in: "the matrix directive", graph: graph)
        } + (directive.countries ?? []).compactMap {
            ReferenceCheck.problem(with: $0, kinds: [.country], in: "the matrix directive", graph: graph)
        }
        guard problems.isEmpty else { throw DiagnosticError(problems) }
        let view = MatrixView(organizations: directive.orgs?.map(\.value), countries: directive.countries?.map(\.value),
                              on: graph.asOf, graph: graph, linker: linker)
        return view
    }
}

private struct TableDirective: Decodable {
    var data: Located<String>
    var columns: [Located<String>]?
    var caption: String?

    enum CodingKeys: String, CodingKey, CaseIterable { case data, columns, caption }
}

private struct MembersDirective: Decodable {
    var org: Located<String>
    var asOf: Located<String>?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case org
        case asOf = "as_of"
    }
}

private struct MatrixDirective: Decodable {
    var orgs: [Located<String>]?
    var countries: [Located<String>]?

    enum CodingKeys: String, CodingKey, CaseIterable { case orgs, countries }
}
