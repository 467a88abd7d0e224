import Testing
import Markdown

@Suite struct SlugTests {
    @Test(arguments: [
        ("The gas war", "the-gas-war"),
        ("  Leading and trailing  ", "leading-and-trailing"),
        ("Russia–Ukraine: the 2006 gas dispute", "russia-ukraine-the-2006-gas-dispute"),
        ("Russia’s “near abroad”", "russias-near-abroad"),
        ("Russia's near abroad", "russias-near-abroad"),
        ("Россия и ЕС", "россия-и-ес"),
        ("Ünïcödé Straße", "ünïcödé-straße"),
        ("CSTO & CIS (1992)", "csto-cis-1992"),
        ("snake_case -- and---dashes", "snake-case-and-dashes"),
        ("日本語の見出し", "日本語の見出し"),
        ("???", "section"),
        ("", "section"),
    ])
    func makesSlugs(text: String, slug: String) {
        #expect(Slug.make(text) == slug)
    }

    @Test func keepsCombiningMarksWithTheirLetter() {
        #expect(Slug.make("Cafe\u{301} society") == "cafe\u{301}-society")
    }

    @Test func slugIsStable() {
        #expect(Slug.make("The gas war") == Slug.make("The gas war"))
    }
}
