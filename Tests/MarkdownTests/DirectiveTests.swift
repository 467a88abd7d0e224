import Testing
import Markdown

@Suite struct DirectiveTests {
    static let text = """
        # Prices

        ```table wide
        data: gas-prices
        columns: [country, price_2005]
        ```

        - In a list:

          ~~~members
          org: csto
          ~~~

        ```chart
        data: gas-prices
        ```

        ```
        plain code
        ```
        """

    @Test func findsDirectivesByNameWithPositions() {
        let document = MarkdownDocument(parsing: Self.text)
        #expect(document.directives(named: ["table", "members", "matrix"]) == [
            DirectiveBlock(name: "table", info: "table wide", body: "data: gas-prices\ncolumns: [country, price_2005]\n",
                           position: SourcePosition(line: 3, column: 1), bodyLine: 4),
            DirectiveBlock(name: "members", info: "members", body: "org: csto\n",
                           position: SourcePosition(line: 10, column: 3), bodyLine: 11),
        ])
    }

    @Test func replacesKnownDirectivesAndLeavesUnknownOnesAsCode() {
        let document = MarkdownDocument(parsing: Self.text)
        var rendered: [String] = []
        document.replaceDirectives(named: ["table", "members"]) { block in
            rendered.append(block.name)
            return "<table class=\"\(block.name)\"><caption>Gas</caption></table>"
        }
        #expect(rendered == ["table", "members"])
        #expect(document.directives(named: ["table", "members"]).isEmpty)
        #expect(document.renderHTML() == """
            <h1>Prices</h1>
            <table class="table"><caption>Gas</caption></table>
            <ul>
            <li>
            <p>In a list:</p>
            <table class="members"><caption>Gas</caption></table>
            </li>
            </ul>
            <pre><code class="language-chart">data: gas-prices
            </code></pre>
            <pre><code>plain code
            </code></pre>

            """)
    }

    @Test func nilLeavesTheCodeBlock() {
        let document = MarkdownDocument(parsing: "```table\ndata: x\n```\n")
        document.replaceDirectives(named: ["table"]) { _ in nil }
        #expect(document.renderHTML() == "<pre><code class=\"language-table\">data: x\n</code></pre>\n")
        #expect(document.directives(named: ["table"]).count == 1)
    }

    @Test func generatorHTMLRendersInSafeModeButAuthorsHTMLDoesNot() {
        let document = MarkdownDocument(parsing: "```matrix\n```\n\n<table><tr><td>raw</td></tr></table>\n")
        document.replaceDirectives(named: ["matrix"]) { _ in "<table><tr><td>generated</td></tr></table>" }
        let safe = document.renderHTML()
        #expect(safe == "<table><tr><td>generated</td></tr></table>\n<!-- raw HTML omitted -->\n")
        #expect(document.renderHTML(allowRawHTML: true).contains("<td>raw</td>"))
    }

    @Test func emptyDirectiveBodyAndIndentedCodeIsNotADirective() {
        let document = MarkdownDocument(parsing: "    table\n\n```matrix\n```\n")
        #expect(document.directives(named: ["table", "matrix"]) == [
            DirectiveBlock(name: "matrix", info: "matrix", body: "", position: SourcePosition(line: 3, column: 1), bodyLine: 4),
        ])
    }

    @Test func aThrowingRendererReplacesNothing() {
        struct BadYAML: Error {}
        let document = MarkdownDocument(parsing: "```table\na\n```\n\n```table\nb\n```\n")
        #expect(throws: BadYAML.self) {
            try document.replaceDirectives(named: ["table"]) { block in
                if block.body == "b\n" { throw BadYAML() }
                return "<p>ok</p>"
            }
        }
        #expect(document.directives(named: ["table"]).count == 2)
    }
}
