import Testing
@testable import Pipeline

/// The byte search the fingerprint pass and the page splice scan pages with.
@Suite struct ByteSearchTests {
    @Test(arguments: [
        ("site.css", "site.css", 0, 0), ("<a href=\"site.css\">", "site.css", 0, 9), ("sssite.css", "site.css", 0, 2),
        ("site.css site.css", "site.css", 1, 9), ("site.cs", "site.css", 0, nil), ("", "site.css", 0, nil),
        ("abc", "abc", 1, nil), ("aaaa", "aa", 2, 2), ("aaaa", "aa", 3, nil),
    ] as [(String, String, Int, Int?)])
    func findsTheFirstOccurrenceAtOrAfterTheStart(text: String, needle: String, from: Int, found: Int?) {
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBytes { ByteSearch.first(Array(needle.utf8), in: $0, from: from) } == found)
    }
}
