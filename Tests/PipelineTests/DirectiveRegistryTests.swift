import Foundation
import Testing
import TestSupport
@testable import Pipeline
import Templates

/// The directive registry is the only list of directives: names and partials are each one
/// directive's, and the template checker reads every partial with its directive's view model.
@Suite struct DirectiveRegistryTests {
    @Test func namesAndPartialsBelongToOneDirectiveEach() {
        #expect(Set(Directives.all.map { $0.name }).count == Directives.all.count)
        #expect(Set(Directives.all.map { $0.partial }).count == Directives.all.count)
        #expect(Directives.names == Set(Directives.all.map { $0.name }))
    }

    @Test func theCheckerReadsEachPartialWithItsDirectivesViewModel() {
        let partials = TemplateContract.pipeline.partials
        for directive in Directives.all {
            let models = partials[directive.partial]?.map { String(describing: $0) }
            #expect(models == [String(describing: directive.viewModel)], "\(directive.name)")
        }
    }

    @Test func everyDirectiveReadsItsPartial() {
        for directive in Directives.all {
            #expect(Directives.inputs(named: directive.name).first == .template(directive.partial))
        }
        #expect(Directives.inputs(named: "leader") == [])
    }

    /// Each directive in a page renders its own partial (told apart by the table's class); an
    /// unregistered name stays a code block.
    @Test func eachDirectiveRendersItsOwnPartialAndOtherNamesStayCode() throws {
        let page = ReportFixture.files["Content/pages/about.md"]! + """


            ```table
            data: prices
            ```

            ```members
            org: csto
            ```

            ```matrix
            orgs: [csto]
            ```

            ```leaders
            country: russia
            ```

            ```leader
            country: russia
            ```
            """
        let fixture = try ReportFixture(["Content/pages/about.md": page])
        defer { fixture.remove() }
        let output = fixture.root.appendingPathComponent("Public")
        let result = Builder(writingInto: output).run(BuildOptions(source: fixture.root))
        #expect(result.diagnostics.map(\.description) == [])
        let about = try ParsedPage(output.appendingPathComponent("about/index.html"))
        #expect(try about.nodes("//div[@class='prose']//table/@class").compactMap(\.stringValue) == ["data", "members", "matrix", "leaders"])
        #expect(try about.texts("//div[@class='prose']//pre/code[@class='language-leader']") == ["country: russia"])
    }
}

