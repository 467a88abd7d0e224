import Content
import Diagnostics
import Markdown
import Site
import Templates

/// Turns a directive block into HTML: decodes its YAML into the directive's arguments, makes its
/// view model and renders the directive's own partial.
struct DirectiveRenderer: Sendable {
    let graph: ReportGraph
    let theme: Theme
    let linker: Linker

    /// The HTML for `block` (nil when it cannot render, or names no directive), and its problems:
    /// errors that keep it from rendering, warnings such as unknown fields.
    func render(_ block: DirectiveBlock, file: String, bodyLine: Int) -> (html: String?, problems: [Diagnostic]) {
        guard let directive = Directives.byName[block.name] else { return (nil, []) }
        return render(block, as: directive, file: file, bodyLine: bodyLine)
    }

    private func render<D: Directive>(_ block: DirectiveBlock, as directive: D.Type, file: String, bodyLine: Int) -> (html: String?, problems: [Diagnostic]) {
        var problems: [Diagnostic] = []
        do throws(DiagnosticError) {
            let yaml = try YAMLDocument(block.body, file: file, firstLine: bodyLine + block.bodyLine - 1,
                                        columnOffset: block.position.column - 1)
            problems += UnknownFields.check(yaml, known: D.fieldNames, in: "the \(D.name) directive")
            let arguments = try yaml.decode(D.Arguments.self)
            let fence = SourceLocation(file: file, line: bodyLine + block.position.line - 1, column: block.position.column)
            let view = try D.view(arguments, in: DirectiveContext(graph: graph, linker: linker, fence: fence))
            return (theme.render(view, template: D.partial), problems)
        } catch {
            return (nil, problems + error.diagnostics)
        }
    }
}
