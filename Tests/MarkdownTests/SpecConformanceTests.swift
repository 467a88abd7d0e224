import CCmark
import Foundation
import Testing
import Markdown

/// The CommonMark spec examples run through the wrapper, compared with libcmark's own
/// one-call `cmark_markdown_to_html` on the same input and options: a smoke test of the
/// wrapper's parsing, tree ownership and rendering. The spec lives outside the repository.
@Suite struct SpecConformanceTests {
    /// `../shared/commonmark/spec.txt` relative to the package root (two levels above this file's folder).
    static let specPath: String = {
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/commonmark/spec.txt").path
    }()

    struct Example {
        var number: Int
        var markdown: String
        var html: String
    }

    /// The examples: blocks fenced by 32 backticks and `example`, Markdown, a `.` line, then HTML; `→` is a tab.
    static func examples() throws -> [Example] {
        let spec = try String(contentsOfFile: specPath, encoding: .utf8)
        let fence = String(repeating: "`", count: 32)
        var examples: [Example] = []
        var markdown: [Substring]?, html: [Substring]?
        for line in spec.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == fence + " example" {
                markdown = []
            } else if line == fence, let markdownLines = markdown {
                examples.append(Example(
                    number: examples.count + 1,
                    markdown: markdownLines.map { $0 + "\n" }.joined().replacingOccurrences(of: "→", with: "\t"),
                    html: (html ?? []).map { $0 + "\n" }.joined().replacingOccurrences(of: "→", with: "\t")))
                markdown = nil
                html = nil
            } else if markdown != nil {
                if html == nil, line == "." { html = [] } else if html != nil { html!.append(line) } else { markdown!.append(line) }
            }
        }
        return examples
    }

    static func libcmarkHTML(_ markdown: String, options: Int32) -> String {
        var markdown = markdown
        return markdown.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let html = cmark_markdown_to_html(chars.baseAddress, chars.count, options) else { return "" }
                defer { free(html) }
                return String(cString: html)
            }
        }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: specPath), "CommonMark spec not found at ../shared/commonmark/spec.txt"))
    func wrapperMatchesLibcmarkOnTheSpecExamples() throws {
        let examples = try Self.examples()
        #expect(examples.count >= 600)
        let options = Int32(CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_UNSAFE)
        var mismatches: [Int] = []
        for example in examples {
            let wrapped = MarkdownDocument(parsing: example.markdown).renderHTML(allowRawHTML: true)
            if wrapped != Self.libcmarkHTML(example.markdown, options: options) { mismatches.append(example.number) }
        }
        let matching = examples.count - mismatches.count
        #expect(Double(matching) >= 0.95 * Double(examples.count), "mismatching examples: \(mismatches)")
        #expect(mismatches.isEmpty, "mismatching examples: \(mismatches)")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: specPath), "CommonMark spec not found at ../shared/commonmark/spec.txt"))
    func wrapperWithoutSmartPunctuationPassesTheSpec() throws {
        // The spec is 0.31.2 and libcmark 0.30.2, so a few examples changed since are expected to differ.
        let examples = try Self.examples()
        var failures: [Int] = []
        for example in examples {
            let html = MarkdownDocument(parsing: example.markdown, smartPunctuation: false).renderHTML(allowRawHTML: true)
            if html != example.html { failures.append(example.number) }
        }
        #expect(Double(examples.count - failures.count) >= 0.95 * Double(examples.count), "failing examples: \(failures)")
        print("CommonMark spec: \(examples.count - failures.count)/\(examples.count) examples pass; failing: \(failures)")
    }
}
