import Diagnostics
import Content
import Foundation
import Site
import Testing
import TestSupport

@Suite struct ReferenceCheckTests {
    /// A graph over a report with countries `russia` and (draft) `belarus`, and a broken `ukraine`.
    func graph() throws -> ReportGraph {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-site-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let files = [
            "Content/site.yaml": "title: T\nas_of: 2006-03-01\n",
            "Content/countries/russia.md": "---\ntitle: Russia\n---\n",
            "Content/countries/belarus.md": "---\ntitle: Belarus\ndraft: true\n---\n",
            "Content/countries/ukraine.md": "---\ntitle: [broken\n---\n",
        ]
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let result = ContentLoader(root: root, kinds: TestKinds.all).load()
        let content = try #require(result.content)
        return ReportGraph(content: content, drafts: result.skippedDrafts)
    }

    func problem(_ slug: String, in graph: ReportGraph) -> String? {
        ReferenceCheck.problem(with: Located(slug, at: SourceLocation(file: "f.md", line: 3, column: 7)), kinds: [.country],
                               in: "members", graph: graph).map { "\($0.location): \($0.code): \($0.message) (\($0.hint ?? ""))" }
    }

    @Test func aKnownSlugIsFine() throws {
        #expect(problem("russia", in: try graph()) == nil)
    }

    @Test func anUnknownSlugGetsADidYouMean() throws {
        #expect(problem("rusia", in: try graph()) == "f.md:3:7: unknown-reference: unknown country 'rusia' in members (did you mean 'russia'?)")
    }

    @Test func aDraftIsReportedAsADraft() throws {
        #expect(problem("belarus", in: try graph())
                == "f.md:3:7: link-to-draft: country 'belarus' in members is a draft left out of this build (build with --drafts, or publish the page)")
    }

    @Test func aFileWithItsOwnErrorsIsNotReportedAgain() throws {
        #expect(problem("ukraine", in: try graph()) == nil)
    }
}
