import Diagnostics
import Foundation
import Testing
import TestSupport
@testable import Pipeline
import Templates

/// The bundled theme held to the pipeline's contract: clean as shipped, and a misspelt name in any
/// of its templates is a warning at the name.
@Suite struct TemplateContractTests {
    static let templates = repositoryRoot.appendingPathComponent("Templates")

    /// Every template of the bundled theme, by path below `Templates/`.
    static let templateFiles: [String] = (FileManager.default.enumerator(atPath: templates.path)?.allObjects as? [String] ?? [])
        .filter { $0.hasSuffix(".mustache") }.sorted()

    /// The theme's problems after `change` rewrote one template of a copy of the bundled theme.
    func problems(changing file: String, _ change: (String) throws -> String) throws -> [Diagnostic] {
        let folder = temporaryPath("theme")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Self.templates, to: folder)
        let url = folder.appendingPathComponent(file)
        try change(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
        return Theme.load(from: folder, contract: .pipeline).diagnostics
    }

    /// Where `text` starts in `source`, as the checker counts: lines from 1, columns in Unicode scalars from 1.
    func position(of text: String, in source: String) throws -> (line: Int, column: Int) {
        let range = try #require(source.range(of: text))
        let before = source[..<range.lowerBound]
        let lineStart = before.lastIndex(of: "\n").map(source.index(after:)) ?? source.startIndex
        return (before.filter { $0 == "\n" }.count + 1, source[lineStart..<range.lowerBound].unicodeScalars.count + 1)
    }

    @Test func theBundledThemeIsClean() {
        let (theme, problems) = Theme.load(from: Self.templates, contract: .pipeline)
        #expect(theme != nil)
        #expect(problems.map(\.description) == [])
    }

    @Test func everyPageTemplateOfTheThemeIsInTheContract() {
        let pages = Set(Self.templateFiles.filter { !$0.contains("/") }.map { String($0.dropLast(".mustache".count)) })
        #expect(pages.count >= 15, "the theme's templates were read (\(pages.count))")
        #expect(pages.subtracting(["layout"]) == Set(TemplateContract.pipeline.pages.keys))
    }

    /// Every template is reached from a template the contract names, so none goes unchecked.
    @Test(arguments: templateFiles)
    func anUnknownNameInAnyTemplateIsAWarningAtIt(_ file: String) throws {
        var planted: (line: Int, column: Int)?
        let problems = try problems(changing: file) { text in
            let changed = text + "{{nosuchname}}\n"
            planted = try position(of: "{{nosuchname}}", in: changed)
            return changed
        }
        let place = try #require(planted)
        #expect(problems.map { "\($0.location): \($0.severity.rawValue) [\($0.code)]" }
                == ["Templates/\(file):\(place.line):\(place.column): warning [template-unknown-variable]"])
    }

    /// A misspelling where the page's own view model is in scope, in the templates the checker once missed.
    @Test(arguments: [
        ("search.mustache", "<p>{{note}}</p>", "<p>{{nte}}</p>", "nte", "note"),
        ("report.mustache", "{{site.asOf}}</time>", "{{site.asof}}</time>", "site.asof", nil),
        ("partials/report-body.mustache", "-heading\">{{title}}</h2>", "-heading\">{{titel}}</h2>", "titel", "title"),
        ("partials/report-entry.mustache", "<h3>{{title}}</h3>", "<h3>{{titel}}</h3>", "titel", "title"),
        ("partials/leaders-table.mustache", "<td>{{role}}</td>", "<td>{{rol}}</td>", "rol", "role"),
        ("partials/data-table.mustache", "{{label}}</th>", "{{lable}}</th>", "lable", "label"),
    ] as [(String, String, String, String, String?)])
    func aMisspeltNameIsAWarningAtItsTag(_ file: String, _ old: String, _ new: String, _ name: String, _ meant: String?) throws {
        var planted: (line: Int, column: Int)?
        let problems = try problems(changing: file) { text in
            let changed = text.replacingOccurrences(of: old, with: new)
            try #require(changed != text)
            planted = try position(of: "{{\(name)}}", in: changed)
            return changed
        }
        let place = try #require(planted)
        let problem = try #require(problems.first)
        #expect(problems.count == 1)
        #expect(problem.location == SourceLocation(file: "Templates/\(file)", line: place.line, column: place.column))
        #expect(problem.code == .templateUnknownVariable)
        #expect(problem.message == "no view model provides '\(name)' here, so it renders as empty text")
        if let meant { #expect(problem.hint == "did you mean '\(meant)'?") }
    }
}

/// The contract is derived from the page-kind registry, so a new kind's templates are checked
/// without a second list to keep in step.
@Suite struct TemplateContractRegistryTests {
    @Test(arguments: PageKinds.names)
    func everyKindsTemplatesAreCheckedWithTheirViewModels(kind name: String) throws {
        let kind = try #require(PageKinds.named(name))
        let contract = TemplateContract.pipeline.pages
        for (template, models) in kind.templates {
            let checked = try #require(contract[template], "the contract lacks \(template)")
            #expect(checked.map { "\($0)" } == models.map { "\($0)" })
            #expect(checked.first.map { "\($0)" } == "\(PageView.self)")
        }
        #expect(contract[kind.kind.id] != nil)
        for page in kind.sectionPages {
            #expect(contract[page.template] != nil, "\(page.template) of \(name) is not checked")
        }
    }
}
