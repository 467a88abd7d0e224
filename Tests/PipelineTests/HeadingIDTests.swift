import Foundation
import TestSupport
import Testing
@testable import Pipeline

/// Markdown headings never take an id the page's own template writes.
@Suite struct HeadingIDCollisionTests {
    @Test func headingsKeepClearOfTheTemplatesIDs() throws {
        let report = try copyOfBundledReport()
        let file = report.appendingPathComponent("Content/index.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        try (text + "\n## Orientation heading\n\nA.\n\n## Scenario heading\n\nB.\n").write(to: file, atomically: true, encoding: .utf8)
        let output = report.appendingPathComponent("Public")
        let problems = Builder(writingInto: output).run(BuildOptions(source: report)).diagnostics.filter { $0.severity == .error }
        #expect(problems.map(\.description) == [])
        let page = try ParsedPage(output.appendingPathComponent("index.html"))
        let ids = try page.nodes("//@id").compactMap(\.stringValue)
        #expect(Set(ids).count == ids.count, "duplicate ids: \(ids.sorted())")
        #expect(try page.nodes("//div[@class='prose']/h2/@id").compactMap(\.stringValue).suffix(2) == ["orientation-heading-2", "scenario-heading-2"])
    }
}
