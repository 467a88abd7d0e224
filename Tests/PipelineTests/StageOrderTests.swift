import Foundation
import Testing
@testable import Pipeline

/// Stages hand each other typed products, and a list of stages that reads a product before it is
/// made is caught before anything runs.
@Suite struct StageOrderTests {
    @Test(arguments: [Builder(), Builder(writingInto: URL(fileURLWithPath: "/nonexistent/Public"))])
    func theBuildersStagesReadOnlyWhatEarlierStagesMake(_ builder: Builder) {
        #expect(StageOrder.problems(in: builder.stages).isEmpty)
        let made = builder.stages.flatMap(\.makes).map { ObjectIdentifier($0) }
        for product in [PageBodies.self, OnePageReportBody.self, AssetNames.self, RenderedPages.self] as [any Sendable.Type] {
            #expect(made.contains(ObjectIdentifier(product)), "no stage makes \(product)")
        }
    }

    @Test func aStageMovedAheadOfWhatItReadsIsNamedWithTheProduct() {
        let problems = StageOrder.problems(in: [RenderStage(), MarkdownStage(), AssetStage()])
        #expect(problems.contains("the render stage reads PageBodies, which no stage before it makes"))
        #expect(problems.contains("the render stage reads AssetNames, which no stage before it makes"))
        #expect(problems.contains("the render stage reads OnePageReportBody, which no stage before it makes"))
        #expect(problems.count == 3)
    }

    @Test func aStageBesideAnotherCannotReadWhatThatOneMakes() {
        // The stages beside the main one see the context as it was before it ran.
        let sideBySide = StagesSideBySide(main: MarkdownStage(), beside: [SearchStage()])
        #expect(StageOrder.problems(in: [sideBySide]) == ["the markdown+search stage reads PageBodies, which no stage before it makes"])
        #expect(StageOrder.problems(in: [MarkdownStage(), sideBySide]).isEmpty)
    }

    @Test func theProductsOfStagesBesideTheMainOneReachTheStagesAfter() {
        var builder = Builder()
        builder.stages = [MarkdownStage(), StagesSideBySide(main: SearchStage(), beside: [OnePageReportStage()]), AssetStage(), RenderStage()]
        let result = builder.run(BuildOptions(source: repositoryRoot))
        #expect(result.succeeded)
        #expect(result.files["report/index.html"].map { String(decoding: $0, as: UTF8.self).contains("class=\"report-section\"") } == true)
    }
}
