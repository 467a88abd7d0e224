import Foundation
import TestSupport
import Testing

/// Under `DOSSIER_REQUIRE_TOOLS=1` (CI) a test whose tool is missing fails, naming what to install,
/// and its body never runs; so a green CI run means every gated test ran.
@Suite struct RequirementTests {
    @Test func aMissingToolFailsTheTestWhereToolsAreRequired() async throws {
        let missing = Need("a tool no machine has", isMet: false, howToGet: "run ./scripts/install-it")
        let ran = Box<Bool>()
        let test = try #require(Test.current)
        try await withKnownIssue {
            try await Requirement(needs: [.git, missing], strict: true).provideScope(for: test, testCase: nil) { ran.set(true) }
        } matching: { issue in
            String(describing: issue).contains("a tool no machine has is missing: run ./scripts/install-it (DOSSIER_REQUIRE_TOOLS=1")
        }
        #expect(ran.current == nil, "the test's body does not run")
    }

    @Test func metNeedsRunTheTest() async throws {
        let present = Need("something here", isMet: true, howToGet: "nothing")
        let ran = Box<Bool>()
        try await Requirement(needs: [present], strict: true).provideScope(for: try #require(Test.current), testCase: nil) { ran.set(true) }
        #expect(ran.current == true)
    }
}
