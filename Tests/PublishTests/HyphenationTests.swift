import Foundation
import Testing
import TestSupport
@testable import Publish

/// The printed edition's hyphenation: Debian's dictionaries read and applied with Liang's
/// algorithm, checked against the breaks pyphen (an independent implementation) gives for the
/// same dictionaries, and the HTML pass that writes them as soft hyphens.
@Suite(.requires(.hyphenation))
struct HyphenationTests {
    static func english() throws -> Hyphenation { try #require(Hyphenation.installed(for: "en")) }

    /// `word` with a hyphen at each break.
    static func shown(_ word: String, _ patterns: Hyphenation) -> String {
        let breaks = patterns.breaks(in: word)
        return word.enumerated().map { (breaks.contains($0.offset) ? "-" : "") + String($0.element) }.joined()
    }

    @Test(arguments: [("hyphenation", "hy-phen-ation"), ("computer", "com-puter"), ("independence", "in-de-pen-dence"),
                      ("administration", "ad-min-is-tra-tion"), ("organizations", "or-ga-ni-za-tions"), ("Ukraine", "Ukraine"),
                      ("cooperation", "co-op-er-a-tion"), ("nevertheless", "nev-er-the-less"), ("presidential", "pres-i-den-tial"),
                      ("Turkmenistan", "Turk-menistan")])
    func englishBreaksAsPyphenFindsThem(word: String, expected: String) throws {
        #expect(Self.shown(word, try Self.english()) == expected)
    }

    @Test func readsTheEnglishDictionaryWithItsMinimums() throws {
        let english = try Self.english()
        #expect(english.name == "hyph_en_US.dic")
        #expect(english.leftMinimum == 2 && english.rightMinimum == 3)
        #expect(english.count > 4_000)
        // Too short to break with two letters before and three after.
        #expect(english.breaks(in: "also").isEmpty)
    }

    /// The Russian dictionary is in KOI8-R, which its first line names: read through iconv.
    @Test(arguments: [("государство", "го-су-дар-ство"), ("сотрудничество", "со-труд-ни-че-ство"), ("Казахстан", "Ка-зах-стан"),
                      ("безопасности", "без-опас-но-сти"), ("организация", "ор-га-ни-за-ция")])
    func russianFromItsKOI8Dictionary(word: String, expected: String) throws {
        let russian = try #require(Hyphenation.installed(for: "ru"))
        #expect(russian.name == "hyph_ru_RU.dic")
        #expect(Self.shown(word, russian) == expected)
    }

    @Test func aLanguageWithoutADictionaryHasNone() {
        #expect(Hyphenation.installed(for: "xx") == nil)
        #expect(Hyphenation.installed(for: "en", in: [temporaryPath("no-dictionaries").path]) == nil)
    }

    /// Running text only: paragraphs, list items, table cells; not the cover, the contents, headings, code or visuals.
    @Test func theHTMLPassHyphenatesRunningTextOnly() throws {
        let english = try Self.english()
        let html = """
            <html lang="en"><head><title>Administration</title><style>p::after { content: "organizations"; }</style></head>\
            <body><h2 id="independence">Independence</h2>\
            <p class="administration" title="cooperation">The administration&rsquo;s cooperation with NATO &amp; the \
            <a href="https://example.org/organizations">organizations</a>.</p>\
            <pre><code>administration</code></pre><svg><text>Turkmenistan</text></svg><br/><p>nevertheless</p>\
            <nav><ol><li><a href="#x">Organizations</a></li></ol></nav><header><p>Independence</p></header>\
            <div class="caption">cooperation</div><ul><li>presidential</li></ul>\
            <ol class="link-notes"><li><a href="https://example.org/">https://example.org/administration/cooperation</a> \
            mailto:someone@independence.org www.organizations.org</li></ol></body></html>
            """
        let hyphenated = english.hyphenating(html: html)
        // Nothing but soft hyphens added: take them away and the page is as it was.
        #expect(hyphenated.replacingOccurrences(of: "\u{AD}", with: "") == html)
        #expect(hyphenated.contains("The ad\u{AD}min\u{AD}is\u{AD}tra\u{AD}tion&rsquo;s co\u{AD}op\u{AD}er\u{AD}a\u{AD}tion with NATO &amp; the "))
        #expect(hyphenated.contains(">or\u{AD}ga\u{AD}ni\u{AD}za\u{AD}tions</a>"))
        #expect(hyphenated.contains("<p>nev\u{AD}er\u{AD}the\u{AD}less</p>"))
        #expect(hyphenated.contains("<li>pres\u{AD}i\u{AD}den\u{AD}tial</li>"))
        // Tags and attributes, the head, headings, code and the visuals' text are left alone.
        for untouched in [#"<p class="administration" title="cooperation">"#, "https://example.org/organizations", "<title>Administration</title>",
                          #"content: "organizations""#, "<h2 id=\"independence\">Independence</h2>", "<code>administration</code>",
                          "<text>Turkmenistan</text>", "Organizations</a>", "<header><p>Independence</p>", ">cooperation</div>",
                          ">https://example.org/administration/cooperation</a> mailto:someone@independence.org www.organizations.org</li>"] {
            #expect(hyphenated.contains(untouched), "\(untouched)")
        }
    }
}
