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

    /// The HTML for `block`, or the problems that keep it from rendering.
    func render(_ block: DirectiveBlock, file: String, bodyLine: Int) -> Result<String, DiagnosticError> {
        let start = SourceLocation(file: file, line: bodyLine + block.position.line - 1, column: block.position.column)
        do {
            let yaml = try YAMLDocument(block.body, file: file, firstLine: bodyLine + block.bodyLine - 1,
                                        columnOffset: block.position.column - 1)
            let view: any ViewModel = switch block.name {
            case "table": try table(yaml, at: start)
            case "members": try members(yaml, at: start)
            default: try matrix(yaml)
            }
            return .success(theme.render(view, template: Self.partials[block.name] ?? ""))
        } catch {
            return .failure(error)
        }
    }

    private func table(_ yaml: YAMLDocument, at start: SourceLocation) throws(DiagnosticError) -> DataTableView {
        let directive = try yaml.decode(TableDirective.self)
        guard let data = graph.dataTables[directive.data.value] else {
            throw DiagnosticError(Diagnostic(.error, at: directive.data.location, code: "unknown-reference",
                "unknown data table '\(directive.data.value)'", hint: Suggestion.hint(for: directive.data.value, in: graph.dataTables.keys)))
        }
        let unknown = (directive.columns ?? []).filter { data.column($0.value) == nil }
        guard unknown.isEmpty else {
            throw DiagnosticError(unknown.map {
                Diagnostic(.error, at: $0.location, code: "unknown-column", "data table '\(data.name)' has no column '\($0.value)'",
                           hint: Suggestion.hint(for: $0.value, in: data.columns.map(\.key)) ?? "its columns: \(data.columns.map(\.key).joined(separator: ", "))")
            })
        }
        let view = DataTableView(data, columns: directive.columns?.map(\.value), caption: directive.caption, graph: graph, linker: linker)
        return view
    }

    private func members(_ yaml: YAMLDocument, at start: SourceLocation) throws(DiagnosticError) -> MembersTableView {
        let directive = try yaml.decode(MembersDirective.self)
        guard graph.organizations[directive.org.value] != nil else {
            throw DiagnosticError(Diagnostic(.error, at: directive.org.location, code: "unknown-reference",
                "unknown organization '\(directive.org.value)'", hint: Suggestion.hint(for: directive.org.value, in: graph.slugs(of: .organization))))
        }
        let date: ReportDate?
        switch directive.asOf?.value {
        case nil: date = graph.asOf
        case "all": date = nil
        case let text?:
            guard let parsed = ReportDate(text) else {
                throw DiagnosticError(Diagnostic(.error, at: directive.asOf!.location, code: "invalid-date",
                    "'\(text)' is not a valid date", hint: "write YYYY, YYYY-MM, YYYY-MM-DD or 'all'"))
            }
            date = parsed
        }
        let view = MembersTableView(organization: directive.org.value, on: date, graph: graph, linker: linker)
        return view
    }

    private func matrix(_ yaml: YAMLDocument) throws(DiagnosticError) -> MatrixView {
        let directive = try yaml.decode(MatrixDirective.self)
        var problems: [Diagnostic] = []
        for org in directive.orgs ?? [] where graph.organizations[org.value] == nil {
            problems.append(Diagnostic(.error, at: org.location, code: "unknown-reference", "unknown organization '\(org.value)'",
                                       hint: Suggestion.hint(for: org.value, in: graph.slugs(of: .organization))))
        }
        for country in directive.countries ?? [] where graph.countries[country.value] == nil {
            problems.append(Diagnostic(.error, at: country.location, code: "unknown-reference", "unknown country '\(country.value)'",
                                       hint: Suggestion.hint(for: country.value, in: graph.slugs(of: .country))))
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
}

private struct MembersDirective: Decodable {
    var org: Located<String>
    var asOf: Located<String>?

    enum CodingKeys: String, CodingKey {
        case org
        case asOf = "as_of"
    }
}

private struct MatrixDirective: Decodable {
    var orgs: [Located<String>]?
    var countries: [Located<String>]?
}
