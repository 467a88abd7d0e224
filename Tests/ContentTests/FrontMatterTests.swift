import Diagnostics
import Testing
@testable import Content

@Suite struct FrontMatterTests {
    @Test func splitsYAMLAndBodyWithTheirFileLines() throws {
        let split = try FrontMatterSplit.split("---\ntitle: A\nsummary: B\n---\n# Body\n", file: "x.md")
        #expect(split.yaml == "title: A\nsummary: B")
        #expect(split.yamlLine == 2)
        #expect(split.bodyLine == 5)
        #expect(split.body.hasPrefix("# Body"))
    }

    @Test func readsCRLFAndByteOrderMarkAsPlainText() throws {
        let split = try FrontMatterSplit.split("\u{FEFF}---\r\ntitle: A\r\n---\r\nText\r\n", file: "x.md")
        #expect(split.yaml == "title: A")
        #expect(split.body == "Text\n")
        #expect(split.bodyLine == 4)
    }

    @Test func reportsMissingFrontMatterAtTheFirstLine() {
        #expect(throws: DiagnosticError.self) { try FrontMatterSplit.split("# No front matter\n", file: "x.md") }
        do {
            _ = try FrontMatterSplit.split("# No front matter\n", file: "x.md")
        } catch {
            #expect(error.diagnostics.first?.code == .frontMatterMissing)
            #expect(error.diagnostics.first?.location == SourceLocation(file: "x.md", line: 1, column: 1))
        }
    }

    @Test func reportsUnclosedFrontMatter() {
        do {
            _ = try FrontMatterSplit.split("---\ntitle: A\nbody text\n", file: "x.md")
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.map(\.code) == [.frontMatterUnclosed])
        }
    }
}
