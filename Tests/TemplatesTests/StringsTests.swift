import Content
import Diagnostics
import Foundation
import TestSupport
import Testing
@testable import Templates

/// The theme's words: plural forms, dates and numbers in a language, `{{t.key}}` in templates, and
/// the checks that hold every language's strings file to English.
@Suite struct StringsTests {
    /// A theme in a temporary folder with `files` (paths below it), loaded for `language`.
    func theme(_ files: [String: String], language: String = "en", contract: TemplateContract? = nil) throws -> (theme: Theme?, diagnostics: [Diagnostic]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-strings-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return Theme.load(from: folder, contract: contract ?? TemplateContract(pages: ["page": [PageView.self]], partials: [:]),
                          language: language, languageAt: SourceLocation(file: "Content/site.yaml", line: 3, column: 11))
    }

    /// The bundled theme's words in `language`.
    static func bundled(_ language: String) throws -> Strings {
        let file = StringsFile(Repository.file("Templates/strings/\(language).yaml"), file: "\(language).yaml")
        #expect(file.problems.isEmpty)
        return Strings(language: language, entries: file.entries)
    }

    @Test(arguments: [(1, "one"), (2, "few"), (4, "few"), (5, "many"), (11, "many"), (12, "many"), (14, "many"), (21, "one"),
                      (22, "few"), (25, "many"), (101, "one"), (111, "many"), (0, "many")])
    func russianCountsTakeCLDRsForms(count: Int, form: String) {
        #expect(PluralRule.of(language: "ru").category(of: count).rawValue == form)
    }

    @Test func otherLanguagesTakeTheirOwnForms() {
        #expect([0, 1, 2].map { PluralRule.of(language: "en-GB").category(of: $0) } == [.other, .one, .other])
        #expect([0, 1, 2].map { PluralRule.of(language: "fr").category(of: $0) } == [.one, .one, .other])
        #expect([1, 3, 5, 22].map { PluralRule.of(language: "pl").category(of: $0) } == [.one, .few, .many, .few])
        #expect(PluralRule.of(language: "ja").categories == [.other])
    }

    @Test func countedPhrasesDatesAndNumbersInRussian() throws {
        let russian = try Self.bundled("ru")
        #expect([1, 3, 12, 21].map { russian.counted(.homeCountriesNote, count: $0) }
                == ["1 страновой обзор", "3 страновых обзора", "12 страновых обзоров", "21 страновой обзор"])
        #expect(russian.date(ReportDate("2006-03-01")!) == "1 марта 2006 года")
        #expect(russian.date(ReportDate("2006-03")!) == "март 2006 года")
        #expect(russian.date(ReportDate("1991")!) == "1991")
        #expect(russian.number(1991) == "1991")
        #expect(russian.number(25000) == "25\u{A0}000")
        #expect(russian.word(Trend.warming) == "потепление")
    }

    @Test func englishWordsAreWhatTheViewsWroteBefore() throws {
        let english = try Self.bundled("en")
        #expect(english.date(ReportDate("2006-03-01")!) == "1 March 2006")
        #expect(english.date(ReportDate("2006-03")!) == "March 2006")
        #expect([1, 12].map { english.counted(.homeCountriesNote, count: $0) } == ["1 brief", "12 briefs"])
        #expect(english.number(1234567) == "1,234,567")
        #expect(english.timeline(.observer, joins: true) == "becomes an observer of")
        #expect(english[.captionMembersOn, ["name": "CSTO", "date": "1 March 2006"]] == "Members of CSTO as of 1 March 2006")
    }

    @Test func templatesReachTheStringsFromAnySection() throws {
        let loaded = try #require(try theme([
            "strings/en.yaml": "nav.label: Sections\nnav.more: \"More, & more\"\n",
            "page.mustache": "<nav aria-label=\"{{t.nav.label}}\">{{#nav}}<a>{{title}}</a> {{t.nav.more}}{{/nav}}</nav>",
        ]).theme)
        let view = PageView(site: SiteView(try SiteConfigFixture.site(), strings: loaded.strings), title: "T", summary: nil, kind: "page",
                            canonical: "", home: "", stylesheet: "", nav: [LinkView(title: "A", url: "a/")], content: nil, toc: [],
                            backlinks: [], sources: [], updated: nil, details: nil)
        #expect(loaded.render(view, template: "page") == "<nav aria-label=\"Sections\"><a>A</a> More, &amp; more</nav>")
    }

    @Test(arguments: [("{name} and {count-2}", ["name", "count-2"]), ("{{x}}", ["x"]), ("{A} {1a} {a b} {a", []),
                      ("{a}{b}", ["a", "b"]), ("Ç{é}{ok}", ["ok"]), ("", [])])
    func placeholdersAreLowercaseNamesInBraces(text: String, names: [String]) {
        #expect(Strings.placeholders(in: text) == Set(names))
    }

    /// The words written into the template text before parsing; what cannot be written in safely stays a lookup.
    @Test(arguments: [
        ("<p>{{t.a}} {{ t.b }}</p>", "<p>Fish &amp; chips &lt;hot&gt; Two</p>"),
        ("{{{t.a}}}", "{{{t.a}}}"),
        ("{{#t.a}}x{{/t.a}}", "{{#t.a}}x{{/t.a}}"),
        ("{{t.braces}}|{{t.lines}}|{{t.unknown}}", "{{t.braces}}|{{t.lines}}|{{t.unknown}}"),
        ("{{=<% %>=}}<%t.a%>{{t.a}}", "{{=<% %>=}}<%t.a%>{{t.a}}"),
        ("{{! t.a }}{{title}}{{t.a", "{{! t.a }}{{title}}{{t.a"),
    ])
    func theWordsAreWrittenIntoTheTemplateWhereTheyCannotChangeHowItParses(template: String, inlined: String) {
        let strings = Strings(language: "en", entries: ["a": .text("Fish & chips <hot>"), "b": .text("Two"),
                                                         "braces": .text("{{x}}"), "lines": .text("one\ntwo")])
        #expect(InlinedStrings(strings).inline(template) == inlined)
    }

    @Test func anUnknownStringKeyIsAnErrorAtItsTagWithTheClosestKey() throws {
        let (loaded, problems) = try theme([
            "strings/en.yaml": "heading.toc: On this page\n",
            "page.mustache": "<h2>{{title}}</h2>\n  <h2>{{t.heading.tocc}}</h2>",
        ])
        #expect(loaded == nil)
        #expect(problems.sorted().map(\.description) == [
            "Templates/page.mustache:2:7: error: the theme's strings have no 'heading.tocc', so '{{t.heading.tocc}}' renders as empty text (did you mean 't.heading.toc'?)",
        ])
    }

    @Test func aTranslationIsHeldToEnglish() throws {
        let (_, problems) = try theme([
            "strings/en.yaml": "a.title: Title\nfound:\n  one: \"{count} page of {query}\"\n  other: \"{count} pages of {query}\"\nb.note: \"As of {date}\"\n",
            "strings/ru.yaml": "a.titel: Заголовок\nfound: \"{count} страниц\"\nb.note: \"На {dat}\"\nb.note.more: ещё\n",
            "page.mustache": "{{t.a.title}}",
        ], language: "ru")
        #expect(problems.sorted().map(\.description) == [
            "Templates/strings/ru.yaml:1:1: error: the strings file has no 'a.title', which en.yaml has (en.yaml says: 'Title')",
            "Templates/strings/ru.yaml:1:1: warning: 'a.titel' is not a key of en.yaml, so nothing shows it (did you mean 'a.title'?)",
            "Templates/strings/ru.yaml:2:1: error: 'found' is a counted phrase, given as one text (give a form per plural category of 'ru': one, few, many)",
            "Templates/strings/ru.yaml:3:1: error: '{dat}' in 'b.note' is not filled in, so it would show as written (did you mean 'date'?)",
            "Templates/strings/ru.yaml:4:1: error: 'b.note.more' continues the key 'b.note', so '{{t.b.note.more}}' would look inside the words of 'b.note' (join the last parts with a hyphen ('b.note-more'))",
            "Templates/strings/ru.yaml:4:1: warning: 'b.note.more' is not a key of en.yaml, so nothing shows it (every language has the keys of en.yaml)",
        ])
    }

    @Test func thePipelinesThemeNeedsEnglishWithEveryKeyTheEngineWrites() throws {
        let needing = TemplateContract(pages: ["page": [PageView.self]], partials: [:], needsStrings: true)
        let (_, none) = try theme(["page.mustache": "{{title}}"], contract: needing)
        #expect(none.map(\.description) == [
            "Templates/strings/en.yaml:1:1: error: the theme has no Templates/strings/en.yaml, the English words every language is checked against (copy Templates/strings/ from the bundled report)",
        ])
        let (_, partial) = try theme(["page.mustache": "{{title}}", "strings/en.yaml": "fact.capital: Capital\n"], contract: needing)
        #expect(partial.count == Strings.engineTexts.count + Strings.engineCounted.count - 1)
        #expect(partial.allSatisfy { $0.code == .stringsMissingKey && $0.location.line == 1 })
        #expect(partial.contains { $0.message == "the strings file has no 'fact.region', which the engine writes" })
    }

    @Test func aLanguageWithoutAFileIsReportedWhereSiteYamlNamesIt() throws {
        let (_, problems) = try theme(["page.mustache": "{{title}}", "strings/en.yaml": "a: A\n", "strings/ru.yaml": "a: А\n"], language: "kk")
        #expect(problems.sorted().map(\.description) == [
            "Content/site.yaml:3:11: error: the theme has no words in 'kk': there is no Templates/strings/kk.yaml (translate Templates/strings/en.yaml into Templates/strings/kk.yaml, or use one of: en, ru)",
        ])
        let (regional, none) = try theme(["page.mustache": "{{title}}", "strings/en.yaml": "a: A\n", "strings/ru.yaml": "a: А\n"], language: "ru-RU")
        #expect(none.isEmpty)
        #expect(regional?.strings.text("a") == "А")
    }

    @Test func theBundledTranslationsAreComplete() throws {
        let english = StringsFile(Repository.file("Templates/strings/en.yaml"), file: "en.yaml")
        #expect(english.check(against: nil, language: "en").isEmpty)
        let russian = StringsFile(Repository.file("Templates/strings/ru.yaml"), file: "ru.yaml")
        #expect(russian.check(against: english, language: "ru").isEmpty)
    }
}

/// A `site.yaml` for views that need one.
enum SiteConfigFixture {
    static func site() throws -> SiteConfig {
        try YAMLDocument("title: Test\nas_of: 2006-03-01\n", file: "Content/site.yaml").decode(SiteConfig.self)
    }
}
