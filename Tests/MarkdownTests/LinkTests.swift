import Testing
import Markdown

@Suite struct LinkExtractionTests {
    @Test func extractsALinkWithItsDestinationPosition() {
        let document = MarkdownDocument(parsing: "See [Belarus](country:belarus \"Brief\").")
        #expect(document.links == [
            LinkReference(kind: .link, destination: "country:belarus", title: "Brief", text: "Belarus",
                          position: SourcePosition(line: 1, column: 15)),
        ])
    }

    @Test func columnsCountUnicodeScalarsNotBytes() {
        let text = "Россия — «союзное государство» с [Беларусью](country:belarus) 🇧🇾."
        let link = MarkdownDocument(parsing: text).links.first
        // 33 scalars precede `[`: "Россия — «союзное государство» с " is 33 scalars (far more bytes).
        #expect(link?.position == SourcePosition(line: 1, column: 46))
        #expect(link?.position == position(of: "country:belarus", in: text))
        #expect(link?.text == "Беларусью")
    }

    @Test func linkInANestedList() {
        let text = """
            - Allies:
              - [Belarus](country:belarus), and
                [Armenia](country:armenia)
            - Ünïcode [CSTO](org:csto)
            """
        let links = MarkdownDocument(parsing: text).links
        #expect(links.map(\.destination) == ["country:belarus", "country:armenia", "org:csto"])
        #expect(links.map(\.position) == [
            SourcePosition(line: 2, column: 15),
            SourcePosition(line: 3, column: 15),
            SourcePosition(line: 4, column: 18),
        ])
    }

    @Test func severalLinksPerLineAndTheSameLinkTwice() {
        let text = "[a](org:cis) and [b](org:cis), then [a](org:cis) [c](org:sco)\n"
        let links = MarkdownDocument(parsing: text).links
        #expect(links.map(\.position) == [
            position(of: "org:cis", occurrence: 1, in: text),
            position(of: "org:cis", occurrence: 2, in: text),
            position(of: "org:cis", occurrence: 3, in: text),
            position(of: "org:sco", in: text),
        ])
        #expect(links.map(\.text) == ["a", "b", "a", "c"])
    }

    @Test func multiLineParagraphsAndBlockQuotesIncludingLazyLines() {
        let text = """
            First line of a paragraph
            second line with [Moldova](country:moldova)
              indented third [GUAM](org:guam)

            > Quoted [Georgia](country:georgia)
            > and [Ukraine](country:ukraine),
            lazy line [Azerbaijan](country:azerbaijan)

            - item
            lazy [Russia](country:russia)
            """
        let links = MarkdownDocument(parsing: text).links
        let expected = ["country:moldova", "org:guam", "country:georgia", "country:ukraine", "country:azerbaijan", "country:russia"]
        #expect(links.map(\.destination) == expected)
        #expect(links.map(\.position) == expected.map { position(of: $0, in: text) })
    }

    @Test func positionsStayRightAfterALinkBrokenAcrossLines() {
        // cmark 0.30 counts lines one short after a destination that follows a line break.
        let text = "One [link](\n  country:kazakhstan) then\nnext [line](country:kyrgyzstan)\n"
        let links = MarkdownDocument(parsing: text).links
        #expect(links.map(\.position) == [
            SourcePosition(line: 2, column: 3),
            SourcePosition(line: 3, column: 13),
        ])
    }

    @Test func referenceLinksPointAtTheirDefinition() {
        let text = """
            The [customs union][cu] and [cu] again.

            [cu]: org:eurasec "EurAsEC"
            """
        let links = MarkdownDocument(parsing: text).links
        #expect(links.count == 2)
        #expect(links.allSatisfy { $0.destination == "org:eurasec" && $0.title == "EurAsEC" })
        #expect(links.map(\.position) == Array(repeating: SourcePosition(line: 3, column: 7), count: 2))
    }

    @Test func referenceLinkSharingAURLWithALaterInlineLink() {
        let text = "[CSTO] and [the treaty](org:csto) and `](org:csto)` [again](org:csto)\n\n[csto]: org:csto\n"
        let links = MarkdownDocument(parsing: text).links
        #expect(links.map(\.position) == [
            SourcePosition(line: 3, column: 9),
            position(of: "org:csto", occurrence: 1, in: text),
            position(of: "org:csto", occurrence: 3, in: text),
        ])
    }

    @Test func autolinksPointAfterTheAngleBracket() {
        let text = "Mail\nsee <https://example.org/x> or <desk@example.org>."
        let links = MarkdownDocument(parsing: text).links
        #expect(links.map(\.destination) == ["https://example.org/x", "mailto:desk@example.org"])
        #expect(links.map(\.position) == [SourcePosition(line: 2, column: 6), SourcePosition(line: 2, column: 33)])
    }

    @Test func destinationsWithEscapesAndAngleBrackets() {
        let text = #"[a](<data:gas prices>) [b](page:a\_b) [c](page:x(1)) [d](page:&amp;)"#
        let links = MarkdownDocument(parsing: text).links
        #expect(links.map(\.destination) == ["data:gas prices", "page:a_b", "page:x(1)", "page:&"])
        #expect(links.map(\.position) == [
            position(of: "data:", in: text), position(of: "page:a", in: text),
            position(of: "page:x", in: text), position(of: "page:&", in: text),
        ])
    }

    @Test func linksInHeadingsAndEmphasis() {
        let text = "# [Belarus](country:belarus)\n\n*See **[CSTO](org:csto)***\n"
        let links = MarkdownDocument(parsing: text).links
        #expect(links.map(\.position) == [position(of: "country:", in: text), position(of: "org:", in: text)])
    }

    @Test func linksInCodeAreNotLinks() {
        let document = MarkdownDocument(parsing: "`[a](country:x)`\n\n    [b](country:y)\n\n```\n[c](country:z)\n```\n")
        #expect(document.links.isEmpty)
    }

    @Test func positionsAreRelativeToTheTextParsedWithCRLF() {
        let text = "Line one\r\nline [two](country:two)\r\n"
        #expect(MarkdownDocument(parsing: text).links.first?.position == SourcePosition(line: 2, column: 12))
    }
}

@Suite struct ImageTests {
    @Test func imagesAreReportedWithAltText() {
        let text = "Map: ![The *CIS* map](data:cis-map.svg \"CIS\")"
        let links = MarkdownDocument(parsing: text).links
        #expect(links == [
            LinkReference(kind: .image, destination: "data:cis-map.svg", title: "CIS", text: "The CIS map",
                          position: position(of: "data:", in: text)!),
        ])
    }

    @Test func imageInsideALinkWithTheSameDestination() {
        let text = "[![flag](country:belarus)](country:belarus)"
        let links = MarkdownDocument(parsing: text).links
        #expect(links.map(\.kind) == [.link, .image])
        #expect(links.map(\.position) == [
            position(of: "country:", occurrence: 2, in: text),
            position(of: "country:", occurrence: 1, in: text),
        ])
    }

    @Test func rewritingAnImageChangesItsSource() {
        let document = MarkdownDocument(parsing: "![Map](data:map.svg)")
        document.rewriteLinks { $0.kind == .image ? "../data/map.svg" : nil }
        #expect(document.renderHTML() == "<p><img src=\"../data/map.svg\" alt=\"Map\" /></p>\n")
    }
}

@Suite struct LinkRewritingTests {
    @Test func rewritesSomeLinksAndKeepsOthers() {
        let document = MarkdownDocument(parsing: "[Belarus](country:belarus#gas) and [site](https://example.org)")
        var seen: [String] = []
        document.rewriteLinks { link in
            seen.append(link.destination)
            guard link.destination.hasPrefix("country:") else { return nil }
            return "../countries/belarus/#gas"
        }
        #expect(seen == ["country:belarus#gas", "https://example.org"])
        #expect(document.renderHTML() == #"<p><a href="../countries/belarus/#gas">Belarus</a> and <a href="https://example.org">site</a></p>"# + "\n")
        #expect(document.links.map(\.destination) == ["../countries/belarus/#gas", "https://example.org"])
    }

    @Test func positionsStillPointAtTheSourceAfterRewriting() {
        let text = "x [Belarus](country:belarus)"
        let document = MarkdownDocument(parsing: text)
        document.rewriteLinks { _ in "../belarus/" }
        #expect(document.links.first?.position == position(of: "country:", in: text))
    }

    @Test func aThrowingTransformChangesNothing() {
        struct UnknownTarget: Error {}
        let document = MarkdownDocument(parsing: "[a](country:a) [b](country:nowhere)")
        #expect(throws: UnknownTarget.self) {
            try document.rewriteLinks { link in
                if link.destination == "country:nowhere" { throw UnknownTarget() }
                return "../a/"
            }
        }
        #expect(document.links.map(\.destination) == ["country:a", "country:nowhere"])
    }

    @Test func rewrittenURLsAreEscapedByTheRenderer() {
        let document = MarkdownDocument(parsing: "[a](page:x)")
        document.rewriteLinks { _ in "../a b/\"q\"" }
        #expect(document.renderHTML() == "<p><a href=\"../a%20b/%22q%22\">a</a></p>\n")
    }
}
