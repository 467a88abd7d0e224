@testable import Diagnostics
import Foundation
import Testing

@Suite struct DiagnosticFormatterTests {
    let diagnostic = Diagnostic(.error, at: SourceLocation(file: "Content/a.md", line: 2, column: 9), code: .unknownReference,
                                "unknown country 'x'", hint: "did you mean 'y'?")

    @Test func textShowsTheLineAndACaretUnderTheColumn() {
        let text = DiagnosticFormatter.text([diagnostic]) { _ in "---\nmembers: [x]\n---\n" }
        #expect(text == """
            Content/a.md:2:9: error: unknown country 'x' [unknown-reference]
              members: [x]
                      ^
              hint: did you mean 'y'?

            """)
    }

    @Test func tabsBeforeTheColumnAreKeptSoTheCaretLinesUp() {
        var tabbed = diagnostic
        tabbed.location = SourceLocation(file: "t.mustache", line: 1, column: 3)
        tabbed.hint = nil
        let text = DiagnosticFormatter.text([tabbed]) { _ in "\t\t{{x}}" }
        #expect(text.hasSuffix("  \t\t{{x}}\n  \t\t^\n"))
    }

    @Test func aMissingFileOrLineShowsOnlyTheMessage() {
        let text = DiagnosticFormatter.text([diagnostic]) { _ in nil }
        #expect(text == "Content/a.md:2:9: error: unknown country 'x' [unknown-reference]\n  hint: did you mean 'y'?\n")
    }

    @Test func jsonHasEveryKeyAndNullForAMissingHint() throws {
        var plain = diagnostic
        plain.hint = nil
        let data = Data(DiagnosticFormatter.json([diagnostic, plain]).utf8)
        let entries = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(entries.count == 2)
        #expect(entries[0]["file"] as? String == "Content/a.md")
        #expect(entries[0]["line"] as? Int == 2)
        #expect(entries[0]["column"] as? Int == 9)
        #expect(entries[0]["severity"] as? String == "error")
        #expect(entries[0]["code"] as? String == "unknown-reference")
        #expect(entries[0]["hint"] as? String == "did you mean 'y'?")
        #expect(entries[1]["hint"] is NSNull)
        let decoded = try JSONDecoder().decode([DiagnosticFormatter.Entry].self, from: data)
        #expect(decoded == [DiagnosticFormatter.Entry(diagnostic), DiagnosticFormatter.Entry(plain)])
    }

    @Test func summaryCountsErrorsAndWarnings() {
        let warning = Diagnostic(.warning, at: diagnostic.location, code: .orphanPage, "x")
        #expect(DiagnosticFormatter.summary([]) == "no problems")
        #expect(DiagnosticFormatter.summary([diagnostic, warning, warning]) == "1 error, 2 warnings")
    }

    @Test func longLinesAreCutToAWindowAroundTheColumn() {
        let line = String(repeating: "a", count: 300) + "[x](country:belaruss)" + String(repeating: "b", count: 300)
        let excerpt = DiagnosticFormatter.excerpt(line[...], column: 305)
        let rows = excerpt.split(separator: "\n")
        #expect(rows[0].hasPrefix("  …") && rows[0].hasSuffix("…"))
        #expect(rows[0].unicodeScalars.count == 2 + DiagnosticFormatter.excerptWidth + 2)
        let caretColumn = rows[1].unicodeScalars.count - 1
        let underCaret = Array(rows[0].unicodeScalars)[caretColumn]
        #expect(underCaret == "c")
        #expect(DiagnosticFormatter.excerpt("short line"[...], column: 7) == "  short line\n        ^\n")
    }
}
