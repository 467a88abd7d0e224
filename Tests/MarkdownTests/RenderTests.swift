import Testing
import Markdown

@Suite struct RawHTMLTests {
    static let text = """
        <div class="note">
        Block
        </div>

        Inline <abbr title="Commonwealth">CIS</abbr> here,
        lazy <b>bold</b>

        > quoted <i>x</i>
        """

    @Test func rawHTMLIsOmittedByDefault() {
        let html = MarkdownDocument(parsing: Self.text).renderHTML()
        #expect(!html.contains("<div"))
        #expect(!html.contains("<abbr"))
        #expect(html.occurrences(of: "<!-- raw HTML omitted -->") == 7)
        #expect(html.contains("<p>Inline <!-- raw HTML omitted -->CIS<!-- raw HTML omitted --> here,"))
    }

    @Test func rawHTMLIsKeptWhenAllowed() {
        let html = MarkdownDocument(parsing: Self.text).renderHTML(allowRawHTML: true)
        #expect(html.hasPrefix("<div class=\"note\">\nBlock\n</div>\n"))
        #expect(html.contains("<p>Inline <abbr title=\"Commonwealth\">CIS</abbr> here,\nlazy <b>bold</b></p>"))
        #expect(!html.contains("omitted"))
    }

    @Test func rawHTMLPositionsForWarnings() {
        let positions = MarkdownDocument(parsing: Self.text).rawHTMLPositions
        #expect(positions == [
            SourcePosition(line: 1, column: 1),
            SourcePosition(line: 5, column: 8), SourcePosition(line: 5, column: 38),
            SourcePosition(line: 6, column: 6), SourcePosition(line: 6, column: 13),
            SourcePosition(line: 8, column: 10), SourcePosition(line: 8, column: 14),
        ])
    }

    @Test func documentsWithoutRawHTMLHaveNoPositions() {
        #expect(MarkdownDocument(parsing: "Plain `<b>code</b>` text.").rawHTMLPositions.isEmpty)
    }

    @Test func unsafeURLsAreDroppedInSafeMode() {
        let document = MarkdownDocument(parsing: "[x](javascript:alert(1))")
        #expect(document.renderHTML() == "<p><a href=\"\">x</a></p>\n")
        #expect(document.renderHTML(allowRawHTML: true) == "<p><a href=\"javascript:alert(1)\">x</a></p>\n")
    }
}

@Suite struct RenderingTests {
    @Test func smartPunctuation() {
        let html = MarkdownDocument(parsing: #"The "near abroad" -- Russia's term --- lasted... till 2006."#).renderHTML()
        #expect(html == "<p>The “near abroad” – Russia’s term — lasted… till 2006.</p>\n")
    }

    @Test func renderOptions() {
        let document = MarkdownDocument(parsing: "a\nb")
        #expect(document.renderHTML(options: [.hardBreaks]) == "<p>a<br />\nb</p>\n")
        #expect(document.renderHTML(options: [.sourcePositions]) == "<p data-sourcepos=\"1:1-2:1\">a\nb</p>\n")
    }

    @Test func emptyDocument() {
        let document = MarkdownDocument(parsing: "")
        #expect(document.renderHTML() == "")
        #expect(document.links.isEmpty)
        #expect(document.plainText == "")
    }

    @Test func invalidUTF8DoesNotCrash() {
        let bytes: [UInt8] = Array("# Title \u{FF}".utf8) + [0xFF, 0xC3, 0x28, 0x0A, 0x00, 0x0A]
            + Array("[a](country:x) ".utf8) + [0xE2, 0x82] + Array("[b](country:y)\n".utf8) + [0xF0, 0x9F]
        let document = MarkdownDocument(parsingUTF8: bytes)
        let html = document.renderHTML()
        #expect(html.hasPrefix("<h1>Title ÿ\u{FFFD}\u{FFFD}(</h1>\n"))
        #expect(html.contains("\u{FFFD}"))
        #expect(document.links.map(\.destination) == ["country:x", "country:y"])
        #expect(document.links.map(\.position) == [SourcePosition(line: 3, column: 5), SourcePosition(line: 3, column: 21)])
        #expect(document.assignHeadingIDs().count == 1)
    }

    @Test func byteOrderMarkIsIgnored() {
        let document = MarkdownDocument(parsing: "\u{FEFF}[a](page:b)")
        #expect(document.links.first?.position == SourcePosition(line: 1, column: 5))
        #expect(document.renderHTML() == "<p><a href=\"page:b\">a</a></p>\n")
    }

    @Test func manyDocumentsInParallel() async {
        await withTaskGroup(of: Int.self) { group in
            for index in 0..<32 {
                group.addTask {
                    let document = MarkdownDocument(parsing: "## Part \(index)\n\n[x](country:c\(index))\n")
                    document.assignHeadingIDs()
                    document.rewriteLinks { _ in "../c\(index)/" }
                    return document.renderHTML().contains("href=\"../c\(index)/\"") ? 1 : 0
                }
            }
            var total = 0
            for await ok in group { total += ok }
            #expect(total == 32)
        }
    }
}

@Suite struct PlainTextTests {
    @Test func plainTextKeepsWordsAndDropsMarkup() {
        let document = MarkdownDocument(parsing: """
            # The *gas* war

            Gazprom raised the price to [$230](data:prices) per
            1,000 m³ — see `prices` and <b>raw</b>.

            - one
            - ![two](x.png)

            ---

            ```yaml
            key: value
            ```
            """)
        #expect(document.plainText == """
            The gas war
            Gazprom raised the price to $230 per 1,000 m³ — see prices and raw.
            one
            two
            key: value
            """)
    }

    @Test func plainTextLeavesOutReplacedDirectives() {
        let document = MarkdownDocument(parsing: "Before.\n\n```table\ndata: x\n```\n\nAfter.\n")
        document.replaceDirectives(named: ["table"]) { _ in "<table></table>" }
        document.assignHeadingIDs()
        #expect(document.plainText == "Before.\nAfter.")
    }
}
