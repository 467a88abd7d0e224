@testable import Editions
import Testing

@Suite struct WordDiffTests {
    @Test func replacedWordsAreDeletedThenInserted() {
        let runs = WordRun.diff("Ukraine pays fifty dollars for gas", "Ukraine pays ninety-five dollars for gas")
        #expect(runs == [WordRun(kind: .kept, text: "Ukraine pays"), WordRun(kind: .deleted, text: "fifty"),
                         WordRun(kind: .inserted, text: "ninety-five"), WordRun(kind: .kept, text: "dollars for gas")])
    }

    @Test func longUnchangedStretchesKeepOnlyTheWordsNextToChanges() {
        let middle = (1...40).map { "w\($0)" }.joined(separator: " ")
        let runs = WordRun.diff("start \(middle) end", "begin \(middle) finish")
        let kept = try! #require(runs.first { $0.kind == .kept })
        let words = kept.text.split(separator: " ")
        #expect(words.count == 2 * WordRun.context + 1)
        #expect(words.first == "w1" && words.last == "w40" && words.contains("…"))
        #expect(runs.filter { $0.kind != .kept }.map(\.text) == ["start", "begin", "end", "finish"])
    }

    @Test func equalTextsAreOneKeptRun() {
        #expect(WordRun.diff("the same words", "the same words") == [WordRun(kind: .kept, text: "the same words")])
    }
}

@Suite struct MarkdownSectionTests {
    @Test func sectionsAreCutAtHeadingsWithoutMarkupOrFencedBlocks() {
        let sections = MarkdownSection.sections(of: """
            Opening with a [link](country:russia).

            ## Gas *prices* ##

            Fifty  dollars.

            ```members
            org: csto
            ```

            # Heading without text after it
            """)
        #expect(sections == [
            MarkdownSection(heading: nil, text: "Opening with a link."),
            MarkdownSection(heading: "Gas prices", text: "Fifty dollars."),
            MarkdownSection(heading: "Heading without text after it", text: ""),
        ])
    }

    @Test func aHashInsideACodeFenceIsNoHeading() {
        let sections = MarkdownSection.sections(of: "Text.\n\n~~~\n# not a heading\n~~~\n")
        #expect(sections == [MarkdownSection(heading: nil, text: "Text.")])
    }
}
