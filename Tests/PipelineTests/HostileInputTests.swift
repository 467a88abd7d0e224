import Foundation
import TestSupport
import Testing
@testable import Pipeline

/// Hostile strings end up as text, never as markup or script.
@Suite struct HostileInputTests {
    @Test func titlesBodiesAndLinksCannotInjectMarkup() throws {
        let report = try copyOfBundledReport()
        let page = """
        ---
        title: "<script>alert('t')</script>"
        summary: "\\" onload=\\"x"
        ---
        <script>alert('body')</script>

        [click](javascript:alert(1)) <img src=x onerror=alert(2)>
        """
        try page.write(to: report.appendingPathComponent("Content/pages/hostile.md"), atomically: true, encoding: .utf8)
        let output = report.appendingPathComponent("Public")
        let result = Builder(writingInto: output).run(BuildOptions(source: report))
        let codes = result.diagnostics.map(\.code)
        #expect(codes == [.rawHTMLOmitted, .rawHTMLOmitted])
        let parsed = try ParsedPage(output.appendingPathComponent("hostile/index.html"))
        #expect(try parsed.nodes("//script").isEmpty)
        #expect(try parsed.nodes("//*[@onerror or @onload]").isEmpty)
        #expect(try parsed.texts("//h1") == ["<script>alert('t')</script>"])
        #expect(try parsed.nodes("//meta[@name='description']/@content").first?.stringValue == "\" onload=\"x")
        let click = try #require(try parsed.nodes("//a[.='click']/@href").first)
        #expect(click.stringValue == "")
    }
}
