import CCmark
import Foundation
import Testing
import Markdown
import TestSupport

/// The CommonMark spec examples run through the wrapper: every one must give the spec's HTML,
/// byte for byte (the wrapper adds nothing to plain CommonMark), and the wrapper must give what
/// libcmark's own one-call `cmark_markdown_to_html` gives on the same input and options. The spec
/// lives beside the repository, in `../shared/commonmark/spec.txt` (see `Need.commonMarkSpec`).
@Suite(.requires(.commonMarkSpec)) struct SpecConformanceTests {
    struct Example {
        var number: Int
        var markdown: String
        var html: String
    }

    /// The examples: blocks fenced by 32 backticks and `example`, Markdown, a `.` line, then HTML; `→` is a tab.
    static func examples() throws -> [Example] {
        let spec = try String(contentsOf: Need.commonMarkSpecFile, encoding: .utf8)
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

    @Test func wrapperMatchesLibcmarkOnTheSpecExamples() throws {
        let examples = try Self.examples()
        #expect(examples.count == 652, "the examples of spec 0.31.2")
        let options = Int32(CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_UNSAFE)
        for example in examples {
            let wrapped = MarkdownDocument(parsing: example.markdown).renderHTML(allowRawHTML: true)
            #expect(wrapped == Self.libcmarkHTML(example.markdown, options: options), "example \(example.number)")
        }
    }

    /// The installed libcmark's version as (major, minor).
    static let libcmarkVersion: (major: Int32, minor: Int32) = (cmark_version() >> 16, (cmark_version() >> 8) & 0xFF)

    /// Examples whose expected HTML changed in spec 0.31 (its changelog: "Add symbols to unicode
    /// punctuation"; "Remove restrictive limitation on inline comments; now we match the HTML
    /// spec"), with the HTML the rules of 0.30 give, which libcmark before 0.31 implements
    /// (Debian's is 0.30.2): `£` and `€` are not punctuation there, so they let `*` open and close
    /// emphasis, and an inline comment may neither contain `--` nor start with `>` or `->`. The
    /// input is listed too, so an example renumbered in another spec fails here instead of
    /// being compared with the wrong HTML.
    static let changedIn031: [Int: (markdown: String, html: String)] = [
        354: ("*$*alpha.\n\n*£*bravo.\n\n*€*charlie.\n",
              "<p>*$*alpha.</p>\n<p><em>£</em>bravo.</p>\n<p><em>€</em>charlie.</p>\n"),
        625: ("foo <!-- this is a --\ncomment - with hyphens -->\n",
              "<p>foo &lt;!-- this is a --\ncomment - with hyphens --&gt;</p>\n"),
        626: ("foo <!--> foo -->\n\nfoo <!---> foo -->\n",
              "<p>foo &lt;!--&gt; foo --&gt;</p>\n<p>foo &lt;!---&gt; foo --&gt;</p>\n"),
    ]

    /// Every example gives the spec's HTML exactly; with a libcmark older than 0.31, the three
    /// examples 0.31 changed give what 0.30 specified instead.
    @Test func everySpecExamplePasses() throws {
        let examples = try Self.examples()
        #expect(examples.count == 652, "the examples of spec 0.31.2")
        let before031 = Self.libcmarkVersion.major == 0 && Self.libcmarkVersion.minor < 31
        for example in examples {
            var expected = example.html
            if before031, let changed = Self.changedIn031[example.number] {
                #expect(example.markdown == changed.markdown, "example \(example.number) is not the one 0.31 changed")
                expected = changed.html
            }
            let html = MarkdownDocument(parsing: example.markdown, smartPunctuation: false).renderHTML(allowRawHTML: true)
            #expect(html == expected, "example \(example.number): \(example.markdown.debugDescription)")
        }
    }
}
