import Testing
import Markdown

@Suite struct HeadingIDTests {
    @Test func assignsUniqueIDsAndReturnsTheOutline() {
        let document = MarkdownDocument(parsing: """
            # Belarus
            ## The gas war
            Text.
            ## The gas war
            ### The gas war
            ## Россия и ЕС
            ## ???
            ## !!!
            """)
        let outline = document.assignHeadingIDs()
        #expect(outline == [
            Heading(level: 1, text: "Belarus", id: "belarus"),
            Heading(level: 2, text: "The gas war", id: "the-gas-war"),
            Heading(level: 2, text: "The gas war", id: "the-gas-war-2"),
            Heading(level: 3, text: "The gas war", id: "the-gas-war-3"),
            Heading(level: 2, text: "Россия и ЕС", id: "россия-и-ес"),
            Heading(level: 2, text: "???", id: "section"),
            Heading(level: 2, text: "!!!", id: "section-2"),
        ])
    }

    @Test func outlineLevelsIncludeSetextAndNestedHeadings() {
        let document = MarkdownDocument(parsing: """
            Overview
            ========

            Background
            ----------

            > #### Quoted heading

            - ##### In a list
            ###### Six
            """)
        let outline = document.assignHeadingIDs()
        #expect(outline.map(\.level) == [1, 2, 4, 5, 6])
        #expect(outline.map(\.id) == ["overview", "background", "quoted-heading", "in-a-list", "six"])
    }

    @Test func renderedHeadingCarriesTheIDInSafeMode() {
        let document = MarkdownDocument(parsing: "## The *gas* war\n\nText.\n\n## The gas war\n")
        document.assignHeadingIDs()
        #expect(document.renderHTML() == """
            <h2 id="the-gas-war">The <em>gas</em> war</h2>
            <p>Text.</p>
            <h2 id="the-gas-war-2">The gas war</h2>

            """)
    }

    @Test func idsDoNotChangeTheRestOfTheHTML() {
        let text = "# Title\n\nSome *text*.\n\n> ## Quote `code`\n\n- item\n\n  ### In item\n"
        let plain = MarkdownDocument(parsing: text).renderHTML()
        let document = MarkdownDocument(parsing: text)
        document.assignHeadingIDs()
        let withIDs = document.renderHTML()
        let withoutIDs = withIDs.replacing(#/ id="[^"]*"/#, with: "")
        #expect(withoutIDs == plain)
        #expect(withIDs.contains(#"<h3 id="in-item">In item</h3>"#))
    }

    @Test func headingTextUsesSmartPunctuationAndDropsMarkup() {
        let document = MarkdownDocument(parsing: #"## "Russia's" gas -- [deal](relation:russia--ukraine) <span>now</span>"#)
        let outline = document.assignHeadingIDs()
        #expect(outline == [Heading(level: 2, text: "“Russia’s” gas – deal now", id: "russias-gas-deal-now")])
    }

    @Test func reservedIDsAreNotGivenOut() {
        let document = MarkdownDocument(parsing: "## Contents\n\n## Main\n")
        let outline = document.assignHeadingIDs(reserving: ["contents", "main"])
        #expect(outline.map(\.id) == ["contents-2", "main-2"])
    }

    @Test func secondCallReturnsTheSameOutlineWithoutChangingTheTree() {
        let document = MarkdownDocument(parsing: "# A\n\n# A\n")
        let first = document.assignHeadingIDs()
        let html = document.renderHTML()
        #expect(document.assignHeadingIDs() == first)
        #expect(document.renderHTML() == html)
        #expect(html.occurrences(of: "<h1 ") == 2)
    }

    @Test func linksInHeadingsSurviveTheIDPass() {
        let text = "## Gas with [Ukraine](country:ukraine)\n"
        let document = MarkdownDocument(parsing: text)
        let before = document.links
        document.assignHeadingIDs()
        #expect(document.links == before)
        #expect(document.links.first?.position == position(of: "country:", in: text))
        document.rewriteLinks { _ in "../ukraine/" }
        #expect(document.renderHTML() == #"<h2 id="gas-with-ukraine">Gas with <a href="../ukraine/">Ukraine</a></h2>"# + "\n")
    }

    @Test func documentWithoutHeadingsHasAnEmptyOutline() {
        #expect(MarkdownDocument(parsing: "Just text.").assignHeadingIDs().isEmpty)
        #expect(MarkdownDocument(parsing: "").assignHeadingIDs().isEmpty)
    }
}
