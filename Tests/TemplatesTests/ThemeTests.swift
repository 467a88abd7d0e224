import Diagnostics
import Foundation
import Content
import Testing
@testable import Templates

@Suite struct ThemeTests {
    func theme(_ files: [String: String]) throws -> (theme: Theme?, diagnostics: [Diagnostic]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-theme-\(UUID().uuidString)")
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return Theme.load(from: folder, contract: contract)
    }

    /// The page templates these tests' themes must have.
    let contract = TemplateContract(pages: ["country": [PageView.self], "page": [PageView.self], "scenario": [PageView.self]], partials: [:])

    var completeTheme: [String: String] {
        Dictionary(uniqueKeysWithValues: contract.pages.keys.map { ("\($0).mustache", "<p>{{title}}</p>") })
    }

    @Test func syntaxErrorsPointAtTheTemplateLine() throws {
        var files = completeTheme
        files["country.mustache"] = "<h1>{{title}}</h1>\n{{#leaders}}\n<p>{{name}}</p>\n{{/leader}}\n"
        let (loaded, problems) = try theme(files)
        #expect(loaded == nil)
        let problem = try #require(problems.first)
        #expect(problem.code == .templateSyntax)
        #expect(problem.location.file == "Templates/country.mustache")
        #expect(problem.location.line == 4)
        #expect(problem.message.contains("'{{/leader}}' closes '{{#leaders}}', opened at line 2, column 1"))
    }

    @Test func aMissingThemeFolderIsOneDiagnostic() {
        let (theme, problems) = Theme.load(from: FileManager.default.temporaryDirectory.appendingPathComponent("no-theme-\(UUID().uuidString)"),
                                           contract: contract)
        #expect(theme == nil)
        #expect(problems.map(\.description) == [
            "Templates:1:1: error: the report has no Templates/ folder, so there is nothing to render pages with (copy Templates/ from the bundled report and adapt it)",
        ])
    }

    @Test func aMissingPageTemplateIsReported() throws {
        var files = completeTheme
        files["scenario.mustache"] = nil
        let (_, problems) = try theme(files)
        #expect(problems.map { $0.message } == ["the theme has no 'scenario' template"])
    }

    @Test func viewModelsRenderThroughTheirFieldTablesAndPartials() throws {
        var files = completeTheme
        files["partials/link.mustache"] = "<a href=\"{{url}}\">{{title}}</a>"
        files["page.mustache"] = "{{#links}}{{>partials/link}}{{/links}}{{^note}}-{{/note}}"
        let loaded = try #require(try theme(files).theme)
        struct Links: ViewModel {
            var links: [LinkView]
            var note: String
            static let fields: [String: any PartialKeyPath<Links> & Sendable] = ["links": \.links, "note": \.note]
        }
        let html = loaded.render(Links(links: [LinkView(title: "A & B", url: "a/")], note: ""), template: "page")
        #expect(html == "<a href=\"a/\">A &amp; B</a>-")
    }
}
