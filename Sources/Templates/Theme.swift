import Diagnostics
import Foundation
import Mustache

/// A report's `Templates/` folder: the Mustache templates and partials, and the assets beside them.
public struct Theme: Sendable {
    /// The parsed templates, named by their path below `Templates/` without `.mustache`
    /// (`country`, `partials/members-table`).
    public let library: MustacheLibrary
    /// The template names found.
    public let names: Set<String>
    /// The words the theme shows readers, in the report's language.
    public let strings: Strings
    /// The strings as templates reach them, `{{t.key}}`.
    private let stringsView: StringsView
    /// The ids the templates write literally (`facts-heading`), which links may point at.
    public var sectionIDs: Set<String> { idsByTemplate.values.reduce(into: []) { $0.formUnion($1) } }
    /// Per template, the ids it and everything it includes write literally.
    private var idsByTemplate: [String: Set<String>] = [:]

    /// The ids a page rendered with `template` writes itself, which its Markdown headings must avoid.
    public func sectionIDs(of template: String) -> Set<String> { idsByTemplate[template] ?? [] }

    /// Reads every `*.mustache` below `folder` and loads them as `load(_:displayPath:contract:language:languageAt:)` does.
    public static func load(from folder: URL, displayPath: String = "Templates", contract: TemplateContract,
                            language: String = Strings.reference, languageAt: SourceLocation? = nil) -> (theme: Theme?, diagnostics: [Diagnostic]) {
        load(ThemeFiles.read(folder), displayPath: displayPath, contract: contract, language: language, languageAt: languageAt)
    }

    /// Parses the templates of `files`; a syntax error becomes a diagnostic at its template line.
    /// The theme is held to `contract`: each of its page templates must exist, and each template it
    /// names is checked, with everything it includes, against the view models it renders with.
    /// Its words are read from `strings/<language>.yaml`, checked against `strings/en.yaml`;
    /// `languageAt` is where `site.yaml` names the language, for a language the theme lacks.
    public static func load(_ files: ThemeFiles, displayPath: String = "Templates", contract: TemplateContract,
                            language: String = Strings.reference, languageAt: SourceLocation? = nil) -> (theme: Theme?, diagnostics: [Diagnostic]) {
        guard files.exists else {
            return (nil, [Diagnostic(.error, at: SourceLocation(file: displayPath, line: 1, column: 1), code: .templateMissing,
                                     "the report has no \(displayPath)/ folder, so there is nothing to render pages with",
                                     hint: "copy Templates/ from the bundled report and adapt it")])
        }
        let words = ThemeStrings.load(files.strings, displayPath: "\(displayPath)/strings",
                                      language: language, languageAt: languageAt, required: contract.needsStrings)
        var library = MustacheLibrary()
        var names: Set<String> = []
        var problems = words.problems
        var sources: [String: TemplateChecker.Source] = [:]
        let inlined = InlinedStrings(words.strings)
        for file in files.templates.keys.sorted() {
            let name = String(file.dropLast(".mustache".count))
            let display = "\(displayPath)/\(file)"
            guard let text = files.templates[file] ?? nil else {
                problems.append(Diagnostic(.error, at: SourceLocation(file: display, line: 1, column: 1), code: .templateUnreadable,
                                           "cannot read the template as UTF-8 text"))
                continue
            }
            do {
                // A syntax error is reported from the text as written, where the author wrote it.
                let template = try? MustacheTemplate(string: HTMLBytes.pragma + inlined.inline(text))
                library.register(try template ?? MustacheTemplate(string: HTMLBytes.pragma + text), named: name)
                names.insert(name)
                sources[name] = TemplateChecker.Source(text: text, file: display)
            } catch let error as MustacheTemplate.ParserError {
                problems.append(Self.syntaxProblem(error, text: text, file: display))
            } catch {
                problems.append(Diagnostic(.error, at: SourceLocation(file: display, line: 1, column: 1), code: .templateSyntax, "\(error)"))
            }
        }
        for required in contract.pages.keys.sorted() where !names.contains(required) && !problems.contains(where: { $0.location.file.hasSuffix("/\(required).mustache") }) {
            problems.append(Diagnostic(.error, at: SourceLocation(file: "\(displayPath)/\(required).mustache", line: 1, column: 1),
                                       code: .templateMissing, "the theme has no '\(required)' template"))
        }
        // A template that exists but did not load has its own diagnostic; its includers are not told it is missing.
        let unloaded = Set(files.templates.keys.map { String($0.dropLast(".mustache".count)) }).subtracting(names)
        problems += TemplateChecker(sources, unloaded: unloaded, strings: words.templateKeys).check(roots: contract.roots)
        guard !problems.hasErrors else { return (nil, problems) }
        var theme = Theme(library: library, names: names, strings: words.strings, stringsView: StringsView(words.strings))
        let includes = sources.mapValues { TemplateScanner.includes(in: $0.text) }
        let ownIDs = sources.mapValues { HTMLIDs.find(in: $0.text) }
        theme.idsByTemplate = sources.keys.reduce(into: [:]) { ids, name in
            ids[name] = TemplateScanner.closure(of: name, includes: includes).reduce(into: []) { $0.formUnion(ownIDs[$1] ?? []) }
        }
        return (theme, problems)
    }

    /// Renders `view` with the template `name`, the theme's strings beside it as `t`.
    public func render(_ view: some ViewModel, template name: String) -> String {
        library.render(WithStrings(view: view, strings: stringsView), withTemplate: name) ?? ""
    }

    /// A template syntax error at its cause: a section that is never closed, or closed by another
    /// name, is reported at the tag that opened it, by name, rather than where swift-mustache noticed
    /// (the end of the file, or the wrong closing tag); so is a tag never closed with `}}`.
    static func syntaxProblem(_ error: MustacheTemplate.ParserError, text: String, file: String) -> Diagnostic {
        func tagText(_ tag: TemplateTag) -> String {
            let sigil = switch tag.kind {
            case .section: "#"
            case .invertedSection: "^"
            case .block: "$"
            case .parent: "<"
            case .close: "/"
            case .partial: ">"
            case .variable: ""
            }
            return "{{\(sigil)\(tag.writtenName)}}"
        }
        switch (error.error as? MustacheTemplate.Error, TemplateScanner.unbalanced(in: text), TemplateScanner.unterminatedTag(in: text)) {
        case (.expectedSectionEnd?, let (tag, nil)?, _):
            return Diagnostic(.error, at: SourceLocation(file: file, line: tag.line, column: tag.column), code: .templateSyntax,
                              "template syntax: '\(tagText(tag))' is opened here but never closed",
                              hint: "close it with '{{/\(tag.writtenName)}}'")
        case (.sectionCloseNameIncorrect?, let (close, open?)?, _):
            return Diagnostic(.error, at: SourceLocation(file: file, line: close.line, column: close.column), code: .templateSyntax,
                              "template syntax: '\(tagText(close))' closes '\(tagText(open))', opened at line \(open.line), column \(open.column)",
                              hint: "close the inner section first, or fix the name")
        case let (.unfinishedName?, _, (line, column)?):
            return Diagnostic(.error, at: SourceLocation(file: file, line: line, column: column), code: .templateSyntax,
                              "template syntax: the tag opened here is never closed with '}}'")
        default:
            // The line is counted in the text parsed, which has the escaping's pragma line in front.
            return Diagnostic(.error, at: SourceLocation(file: file, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber),
                              code: .templateSyntax, "template syntax: \(Self.explain(error.error))")
        }
    }

    static func explain(_ error: any Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: "a section is closed with a different name than it was opened with"
        case .unfinishedName: "a tag is not closed with '}}'"
        case .expectedSectionEnd: "a section is opened but never closed"
        case .invalidSetDelimiter: "invalid set-delimiter tag"
        case .transformAppliedToInheritanceSection: "a transform cannot be applied to an inheritance section"
        case .illegalTokenInsideInheritSection: "only block definitions may stand inside an inheritance section"
        case .textInsideInheritSection: "only block definitions may stand inside an inheritance section"
        default: "\(error)"
        }
    }
}
