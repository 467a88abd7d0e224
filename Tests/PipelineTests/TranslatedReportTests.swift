import Foundation
import FoundationXML
import TestSupport
import Templates
import Testing
@testable import Pipeline

/// The bundled report with `language: ru` (and its own words, `site.yaml`'s title and section names,
/// in Russian): every interface word the theme writes is Russian, on every page.
@Suite struct TranslatedReportTests {
    /// The report's own words in Russian, as a Russian report's `site.yaml` would give them.
    static let siteYAML = """
        title: Россия и постсоветское пространство
        subtitle: Союзники, соперники и сценарии на начало 2006 года
        description: Доклад о политике Москвы в отношении других государств — преемников СССР.
        base_url: https://example.org/dossier/
        language: ru
        as_of: 2006-03-01
        authors:
          - name: Редакция Dossier
        sections:
          overview: {title: Обзор}
          countries: {title: Страны}
          organizations: {title: Организации}
          memberships: {title: Членство}
          relations: {title: Отношения}
          scenarios: {title: Сценарии}
          events: {title: Хронология}
          not-found: {title: Страница не найдена}
          report: {title: Весь доклад}
          search: {title: Поиск}
          sources: {title: Источники}
          about: {title: О докладе}
        """

    struct Site: Sendable {
        let folder: URL
        let diagnostics: [String]
    }

    /// The bundled report in Russian, built once.
    static let site: Site = {
        let source = temporaryPath("russian-report")
        let output = source.appendingPathComponent("Public")
        try? FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
        for part in ["Content", "Templates"] {
            try? FileManager.default.copyItem(at: Repository.file(part), to: source.appendingPathComponent(part))
        }
        try? Data(siteYAML.utf8).write(to: source.appendingPathComponent("Content/site.yaml"))
        let result = Builder(writingInto: output).run(BuildOptions(source: source))
        return Site(folder: output, diagnostics: result.diagnostics.filter { $0.severity == .error }.map(\.description))
    }()

    static func page(_ path: String) throws -> ParsedPage { try ParsedPage(site.folder.appendingPathComponent(path)) }

    static func pages() throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: site.folder.path).filter { $0.hasSuffix(".html") }.sorted()
    }

    static func isRussian(_ text: String) -> Bool { text.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) } }

    /// The English theme's phrases of two words or more that Russian says otherwise, split where
    /// the engine fills a value in.
    static func englishPhrases() throws -> Set<String> {
        func words(_ language: String) throws -> [String: String] {
            let strings = try #require(Theme.load(from: Repository.file("Templates"), contract: .pipeline, language: language).theme?.strings)
            return strings.entries.reduce(into: [:]) { texts, entry in
                switch entry.value {
                case .text(let text): texts[entry.key] = text
                case .counted(let forms): texts[entry.key] = forms[.other] ?? forms[.many]
                }
            }
        }
        let english = try words("en"), russian = try words("ru")
        var phrases: Set<String> = []
        for (key, text) in english where russian[key] != text {
            for fragment in text.split(separator: /\{[a-z-]+\}/) {
                let phrase = fragment.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
                if phrase.split(separator: " ").count >= 2 { phrases.insert(phrase) }
            }
        }
        return phrases
    }

    @Test func theReportBuildsInRussian() {
        #expect(Self.site.diagnostics == [])
    }

    @Test func navigationHeadingsTablesAndFactsAreRussianOnEveryPage() throws {
        for path in try Self.pages() {
            let page = try Self.page(path)
            #expect(try page.nodes("/html/@lang").first?.stringValue == "ru", "\(path)")
            #expect(try page.texts("//header[@class='masthead']/nav/@aria-label") == ["Разделы"], "\(path)")
            #expect(try Array(page.texts("//header[@class='masthead']/nav//a").prefix(7))
                    == ["Обзор", "Страны", "Организации", "Членство", "Отношения", "Сценарии", "Хронология"], "\(path)")
            #expect(try page.texts("//a[@class='skip']") == ["Перейти к содержанию"], "\(path)")
            let interface = [
                // Headings the theme writes (not the author's, inside the text; years of the chronology are numbers).
                "//h2[not(ancestor::div[contains(@class,'prose')])][not(ancestor::section[@class='chronology-year'])]",
                "//h3[not(ancestor::div[contains(@class,'prose')])][not(ancestor::article[@class='report-entry'])]",
                // Table headers and captions but those of the author's data tables and those naming an entity.
                "//thead//th[not(a)][not(ancestor::table[@class='data'])]", "//caption[not(ancestor::table[@class='data'])]",
                "//dl[@class='facts']/dt", "//label", "//button", "//p[@class='table-note']", "//p[@class='updated']",
                "//nav/@aria-label", "//footer[@class='colophon']/p",
            ]
            for xpath in interface {
                for text in try page.texts(xpath) where !text.isEmpty {
                    #expect(Self.isRussian(text), "\(path): \(xpath) says '\(text)'")
                }
            }
        }
    }

    @Test func noEnglishPhraseOfTheThemeIsLeftOutsideTheAuthorsText() throws {
        let phrases = try Self.englishPhrases()
        #expect(phrases.count > 60)
        // The theme's text: not the author's (the text, summaries, links to pages and sources, which
        // carry titles, the notes beside links and of membership rows, the search page's list) nor scripts.
        let outsideText = "//text()[not(ancestor::div[contains(@class,'prose')])][not(ancestor::*[contains(@class,'summary')])][not(ancestor::script)]"
            + "[not(ancestor::a)][not(ancestor::td[not(@class)])][not(parent::li[ancestor::section[@class='sources']])]"
            + "[not(parent::li[a])][not(ancestor::*[@class='note'])][not(ancestor::ol[@id='search-results'])] | //@aria-label"
        for path in try Self.pages() {
            let text = try Self.page(path).texts(outsideText).joined(separator: "\n")
            let left = phrases.filter { text.contains($0) }.sorted()
            #expect(left == [], "\(path) still says \(left)")
        }
    }

    @Test func theSearchPageAndItsScriptSpeakRussian() throws {
        let search = try Self.page("search/index.html")
        #expect(try search.texts("//label[@for='search-q']") == ["Что искать"])
        #expect(try search.texts("//form[@class='search-form']/button") == ["Найти"])
        #expect(try search.texts("//p[@id='search-status']").first?.hasPrefix("Все страницы доклада по названиям.") == true)
        let assets = try FileManager.default.contentsOfDirectory(atPath: Self.site.folder.appendingPathComponent("assets").path)
        let indexFile = try #require(assets.first { $0.hasPrefix("search-index.") })
        let script = try String(contentsOf: Self.site.folder.appendingPathComponent("assets/\(indexFile)"), encoding: .utf8)
        let json = script.dropFirst("var \(SearchIndex.variable) = ".count).dropLast(2)
        let index = try JSONDecoder().decode(SearchIndex.self, from: Data(json.utf8))
        #expect(index.words.kinds["country"] == "Страновой обзор")
        #expect(index.words.other == "Указатель")
        #expect(Set(index.words.found.keys) == ["one", "few", "many"])
        #expect(index.words.found["few"] == "Все слова запроса «{query}» есть на {count} страницах.")
    }

    @Test func theNotFoundPageTheHomePageAndTheFeed() throws {
        let notFound = try Self.page("404.html")
        #expect(try notFound.texts("//main//h1") == ["Страница не найдена"])
        #expect(try notFound.texts("//main//p").first == "По этому адресу страницы нет. Возможно, она перемещена или в ссылке допущена опечатка.")
        let home = try Self.page("index.html")
        #expect(try home.texts("//p[@class='as-of']") == ["Дата доклада: 1 марта 2006 года"])
        let notes = try home.texts("//nav[@class='sections']//span")
        #expect(notes.contains("12 страновых обзоров") || notes.contains { $0.hasSuffix("страновых обзоров") || $0.hasSuffix("страновой обзор") || $0.hasSuffix("страновых обзора") })
        #expect(notes.contains("кто где состоит на 1 марта 2006 года"))
        let feed = try XMLDocument(data: Data(contentsOf: Self.site.folder.appendingPathComponent("feed.xml")), options: [])
        #expect(try feed.nodes(forXPath: "/*[local-name()='feed']/*[local-name()='title']").first?.stringValue == "Россия и постсоветское пространство")
        #expect(try feed.nodes(forXPath: "/*[local-name()='feed']/@xml:lang").first?.stringValue == "ru")
    }
}
