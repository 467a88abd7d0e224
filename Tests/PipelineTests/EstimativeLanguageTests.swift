import Content
import Diagnostics
import Testing
@testable import Pipeline

/// The estimative check reads phrases as whole words, columns as an editor counts characters, and
/// sentences at their end marks, in any script.
@Suite struct EstimativeLanguageTests {
    /// A paragraph of Markdown and what the check reports in it, as `line:col: message [code]`.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var markdown: String
        var expected: [String]
        var testDescription: String { name }
    }

    static let other = "is from ICD 203's other word list; this report uses the 'likely' list (site.yaml 'estimative_words') [mixed-estimative-lists]"
    static let offScale = "is not a likelihood word of ICD 203 [nonstandard-likelihood]"

    static let cases: [Case] = [
        Case(name: "Cyrillic letters before a phrase make it part of a word", markdown: "Это вероятноprobable.", expected: []),
        Case(name: "Cyrillic letters after a phrase make it part of a word", markdown: "probableвероятно", expected: []),
        Case(name: "a column after Cyrillic counts characters, not bytes", markdown: "Сделка probable.", expected: ["1:8: 'probable' \(other)"]),
        Case(name: "capitals of any script are read in lower case", markdown: "ВЕРОЯТНО A Good Chance", expected: ["1:10: 'a good chance' \(offScale)"]),
        Case(name: "a letter with a combining accent is one column", markdown: "e\u{301}tait probable", expected: ["1:7: 'probable' \(other)"]),
        Case(name: "a combining accent on a phrase's last letter makes it another word", markdown: "probable\u{301}", expected: []),
        Case(name: "a dotted capital I lowered is still one letter", markdown: "İprobable", expected: []),
        Case(name: "a no-break space does not join the words of a phrase", markdown: "almost\u{A0}certainly, a\u{A0}good chance", expected: ["1:21: 'good chance' \(offScale)"]),
        Case(name: "parentheses, apostrophes, digits, tabs and hyphens end words", markdown: "(probable) probable's 2probable probable\tun-probable",
             expected: ["1:2: 'probable' \(other)", "1:12: 'probable' \(other)", "1:24: 'probable' \(other)", "1:33: 'probable' \(other)", "1:45: 'probable' \(other)"]),
        Case(name: "a hyphenated phrase", markdown: "It is fifty-fifty-fifty.", expected: ["1:7: 'fifty-fifty' \(offScale)"]),
        Case(name: "the longest phrase wins over one it contains", markdown: "There is a good chance, in all likelihood.",
             expected: ["1:10: 'a good chance' \(offScale)", "1:25: 'in all likelihood' \(offScale)"]),
        Case(name: "inline code, link destinations and fenced code are not prose", markdown: "`probable` and [probable](probable)\n```\nprobable\n```\nprobable",
             expected: ["1:17: 'probable' \(other)", "5:1: 'probable' \(other)"]),
        Case(name: "a phrase on a paragraph's second line", markdown: "A deal\nis probable.", expected: ["2:4: 'probable' \(other)"]),
        Case(name: "confidence and likelihood in one sentence", markdown: "High confidence: a deal is likely.",
             expected: ["1:1: the sentence states a confidence level ('high confidence') and a likelihood ('likely') together [confidence-with-likelihood]"]),
        Case(name: "a full stop, exclamation or question mark with a space after it ends a sentence",
             markdown: "We judge with high confidence. A deal is likely! High confidence? Likely. High confidence... likely", expected: []),
        Case(name: "a full stop without a space after it does not end the sentence", markdown: "high confidence.likely",
             expected: ["1:1: the sentence states a confidence level ('high confidence') and a likelihood ('likely') together [confidence-with-likelihood]"]),
        Case(name: "a line break ends a sentence as a space does", markdown: "high confidence.\nlikely", expected: []),
    ]

    @Test(arguments: cases) func theCheckReadsWordsAndSentences(_ example: Case) {
        let found = EstimativeLanguage(list: .likely).check(ProseText(markdown: example.markdown, firstLine: 1), file: "f.md", field: nil)
        #expect(found.map { "\($0.location.line):\($0.location.column): \($0.message) [\($0.code)]" } == example.expected)
    }

    @Test func aScenarioTextJudgingOtherwiseThanItsFieldIsFoundInCyrillicProseToo() {
        let found = EstimativeLanguage(list: .likely).check(ProseText(markdown: "Итог: we judge it unlikely.", firstLine: 3), file: "f.md",
                                                            field: .scenario(.likely))
        #expect(found.map { "\($0.location.line):\($0.location.column): \($0.message) [\($0.code)]" }
                == ["3:19: the text judges the scenario 'unlikely', but its 'likelihood' is 'likely' [scenario-likelihood-mismatch]"])
    }
}
