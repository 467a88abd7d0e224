@testable import Diagnostics
import Testing

@Suite struct SuggestionTests {
    @Test func aSwapOfNeighboursIsOneEdit() {
        #expect(Suggestion.editDistance("nmae", "name") == 1)
        #expect(Suggestion.hint(for: "nmae", in: ["name", "role"]) == "did you mean 'name'?")
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.hint(for: "zzz", in: ["name"]) == nil)
    }
}
