import Foundation
import Testing
import TestSupport
@testable import Pipeline

/// A scenario's confidence (`confidence`, `confidence_basis`) and its signposts with their kind,
/// since and threshold: shown on its page, and collected into "What to watch" on `/scenarios/`.
@Suite struct ScenarioAssessmentTests {
    static let drift = """
        ---
        title: Drift
        likelihood: likely
        confidence: moderate
        confidence_basis: The treaties are on record; the succession is not.
        affects: [russia, csto]
        signposts:
          - {text: A gas cut-off, status: observed, since: 2006-01-01, kind: confirming, threshold: "A second cut-off within a year"}
          - {text: A new member of NATO, kind: leading, threshold: Any invitation}
        ---

        Nothing changes, unless [a turn](scenario:turn).
        """

    static let turn = """
        ---
        title: Turn
        likelihood: unlikely
        affects: [russia]
        signposts:
          - {text: Talks with Beijing, status: emerging, since: 2005-07}
        ---

        [Drift](scenario:drift).
        """

    /// The fixture with the two scenarios (and `changes`), built.
    func build(_ changes: [String: String] = [:]) throws -> (output: URL, diagnostics: [String], fixture: ReportFixture) {
        try ReportFixture.built(["Content/scenarios/drift.md": Self.drift, "Content/scenarios/turn.md": Self.turn].merging(changes) { $1 })
    }

    @Test func theScenarioPageShowsItsConfidenceAndSignposts() throws {
        let (output, diagnostics, fixture) = try build()
        defer { fixture.remove() }
        #expect(diagnostics == [])
        let page = try ParsedPage(output.appendingPathComponent("scenarios/drift/index.html"))
        #expect(try page.texts("//aside[@class='factbox']//dd[@class='confidence']") == ["moderate"])
        #expect(try page.texts("//aside[@class='factbox']//dd[@class='confidence-basis']") == ["The treaties are on record; the succession is not."])
        let table = "//table[@class='signposts']"
        #expect(try page.texts("\(table)/thead/tr/th") == ["Signpost", "Kind", "Status", "Since", "Threshold"])
        #expect(try page.texts("\(table)/tbody/tr[1]/*") == ["A gas cut-off", "confirming", "observed", "1 January 2006", "A second cut-off within a year"])
        #expect(try page.texts("\(table)/tbody/tr[2]/*") == ["A new member of NATO", "leading", "not seen", "", "Any invitation"])
    }

    @Test func theScenariosPageCollectsWhatToWatch() throws {
        let (output, _, fixture) = try build()
        defer { fixture.remove() }
        let page = try ParsedPage(output.appendingPathComponent("scenarios/index.html"))
        let list = "//section[@class='watch']"
        #expect(try page.texts("\(list)/h2") == ["What to watch"])
        // In the order of the scenarios, most likely first.
        #expect(try page.texts("\(list)/ul/li/p[@class='watch-sign']") == ["A gas cut-off", "A new member of NATO", "Talks with Beijing"])
        #expect(try page.texts("\(list)/ul/li[1]/p[@class='watch-meta']") == ["Drift · confirming · observed since 1 January 2006"])
        #expect(try page.texts("\(list)/ul/li[3]/p[@class='watch-meta']") == ["Turn · emerging since July 2005"])
        #expect(try page.texts("\(list)/ul/li[2]/p[@class='watch-threshold']") == ["Threshold: Any invitation"])
        #expect(try page.nodes("\(list)/ul/li[3]//a/@href").compactMap(\.stringValue) == ["../scenarios/turn/"])
        // The comparison table gives the confidence beside the likelihood.
        #expect(try page.texts("//table[@class='scenarios']/tbody/tr[1]/td[2]") == ["moderate"])
    }

    @Test func sinceIsOnlyForSignsSeenByTheReportDate() throws {
        let broken = Self.turn.replacingOccurrences(of: "status: emerging, since: 2005-07", with: "status: emerging, since: 2006-05")

        let notSeen = Self.drift.replacingOccurrences(of: "{text: A new member of NATO, kind: leading", with: "{text: A new member of NATO, since: 2006-01, kind: leading")
        let (_, diagnostics, fixture) = try build(["Content/scenarios/turn.md": broken, "Content/scenarios/drift.md": notSeen])
        defer { fixture.remove() }
        #expect(diagnostics.contains { $0.hasPrefix("Content/scenarios/turn.md:6:57: error: 'since' (2006-05) is after the report date (2006-03-01), so the report cannot have seen it [invalid-value]") },
                "\(diagnostics)")
        #expect(diagnostics.contains { $0.hasPrefix("Content/scenarios/drift.md:9:41: error: a signpost whose status is 'not seen' has no 'since' [invalid-value]") },
                "\(diagnostics)")
    }
}
