import Foundation
import TestSupport
import Testing
@testable import Pipeline

/// The build spreads its stages over the cores; done on one thread it makes the same site.
@Suite struct ParallelBuildTests {
    @Test func aParallelBuildMakesTheSiteASequentialOneMakesByteForByte() throws {
        let options = BuildOptions(source: repositoryRoot)
        var sequential = options
        sequential.parallel = false
        let parallel = Builder().run(options)
        let single = Builder().run(sequential)
        #expect(parallel.succeeded && single.succeeded)
        #expect(parallel.diagnostics == single.diagnostics)
        #expect(Set(parallel.files.keys) == Set(single.files.keys))
        #expect(parallel.files.count > 50)
        for (path, data) in parallel.files where single.files[path] != data {
            Issue.record("\(path) differs between the parallel and the sequential build")
        }
    }

    @Test func theProgressCountsEveryPageTheRenderStageMakes() throws {
        var builder = Builder()
        builder.stages = Array(builder.stages.prefix { !($0 is LinkCheckStage) })
        #expect(builder.stages.last is RenderStage)
        let progress = BuildProgress()
        let result = builder.run(BuildOptions(source: repositoryRoot), progress: progress)
        let state = progress.state
        #expect(state.stage == RenderStage().name)
        #expect(state.total == result.pageCount)
        #expect(state.done == state.total)
    }
}
