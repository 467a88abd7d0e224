import Testing
import Markdown

/// Headings and their slugs, as authors write them.
private let headings = [
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
]

@Suite struct SlugTests {
    @Test(arguments: headings)
    func makesSlugs(text: String, slug: String) {
        #expect(Slug.make(text) == slug)
    }

    @Test func keepsCombiningMarksWithTheirLetter() {
        #expect(Slug.make("Cafe\u{301} society") == "cafe\u{301}-society")
    }

    /// A slug typed as a heading (an author linking `#the-gas-war` and titling a section so) keeps its id.
    @Test(arguments: headings.map(\.1))
    func aSlugIsItsOwnSlug(slug: String) {
        #expect(Slug.make(slug) == slug)
    }
}
