import Diagnostics
import Foundation
import TestSupport
@testable import Pipeline
import Testing

/// The `event` kind end to end: a chronology by year in date order, a page per event, the events
/// listed on the pages they involve, `event:` links, and `involves` checked like any reference.
@Suite struct EventKindTests {
    static let events: [String: String?] = [
        "Content/events/gas-cut-off.md": """
            ---
            title: Gas cut-off
            date: 2006-01-01
            summary: Gazprom stops deliveries for Ukraine.
            involves: [russia, ukraine, russia--ukraine]
            ---

            After [the treaty](event:friendship-treaty), relations soured.
            """,
        "Content/events/friendship-treaty.md": """
            ---
            title: Friendship treaty
            date: 1997-05-31
            involves: [russia, ukraine]
            ---

            Signed in Kyiv.
            """,
        "Content/events/csto-founded.md": """
            ---
            title: CSTO founded
            date: 1997-05
            involves: [csto]
            ---

            A month-precision date sorts before the days of its month.
            """,
    ]

    func build(_ changes: [String: String?]) throws -> (fixture: ReportFixture, output: URL, report: BuildResult) {
        let fixture = try ReportFixture(changes)
        let output = temporaryPath("events-out")
        let report = Builder(writingInto: output).run(BuildOptions(source: fixture.root))
        return (fixture, output, report)
    }

    @Test func theChronologyGroupsEventsByYearInDateOrder() throws {
        let (fixture, output, report) = try build(Self.events)
        defer { fixture.remove(); try? FileManager.default.removeItem(at: output) }
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics)")
        let page = try ParsedPage(output.appendingPathComponent("events/index.html"))
        #expect(try page.texts("//section[@class='chronology-year']/h2") == ["1997", "2006"])
        #expect(try page.texts("//ol[@class='chronology']/li/a") == ["CSTO founded", "Friendship treaty", "Gas cut-off"])
        #expect(try page.texts("//ol[@class='chronology']/li/time/@datetime") == ["1997-05", "1997-05-31", "2006-01-01"])
        #expect(try page.texts("//ol[@class='chronology']/li/a/@href") == ["../events/csto-founded/", "../events/friendship-treaty/", "../events/gas-cut-off/"])
    }

    @Test func anEventPageLinksWhatItInvolvesAndEntityPagesListTheirEvents() throws {
        let (fixture, output, _) = try build(Self.events)
        defer { fixture.remove(); try? FileManager.default.removeItem(at: output) }
        let event = try ParsedPage(output.appendingPathComponent("events/gas-cut-off/index.html"))
        #expect(try event.texts("//aside//dd/ul/li/a") == ["Russia", "Ukraine", "Russia – Ukraine"])
        #expect(try event.texts("//aside//dd/ul/li/a/@href") == ["../../countries/russia/", "../../countries/ukraine/", "../../relations/russia--ukraine/"])
        #expect(try event.texts("//div[@class='prose']//a/@href") == ["../../events/friendship-treaty/"])

        let russia = try ParsedPage(output.appendingPathComponent("countries/russia/index.html"))
        #expect(try russia.texts("//section[@class='mentions']/h2") == ["Events"])
        #expect(try russia.texts("//section[@class='mentions']//a") == ["Friendship treaty", "Gas cut-off"])
        let relation = try ParsedPage(output.appendingPathComponent("relations/russia--ukraine/index.html"))
        #expect(try relation.texts("//section[@class='mentions']//a") == ["Gas cut-off"])
        let csto = try ParsedPage(output.appendingPathComponent("organizations/csto/index.html"))
        #expect(try csto.texts("//section[@class='mentions']//a/@href") == ["../../events/csto-founded/"])
        let drift = try ParsedPage(output.appendingPathComponent("scenarios/drift/index.html"))
        #expect(try drift.nodes("//section[@class='mentions']").isEmpty)
    }

    @Test func aReportWithoutEventsHasNoChronology() throws {
        let (fixture, output, report) = try build([:])
        defer { fixture.remove(); try? FileManager.default.removeItem(at: output) }
        #expect(!report.diagnostics.hasErrors)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("events").path))
        let home = try ParsedPage(output.appendingPathComponent("index.html"))
        #expect(try home.nodes("//nav//a[contains(@href, 'events')]").isEmpty)
    }

    @Test func anUnknownSlugInInvolvesIsReportedWhereItIsWritten() throws {
        let fixture = try ReportFixture(["Content/events/gas-cut-off.md": """
            ---
            title: Gas cut-off
            date: 2006-01-01
            involves: [russia, ukraina]
            ---

            Text.
            """])
        defer { fixture.remove() }
        let problems = fixture.check().filter { $0.severity == .error }
        #expect(problems.map { "\($0.location) \($0.code) \($0.hint ?? "")" }
                == ["Content/events/gas-cut-off.md:4:20 unknown-reference did you mean 'ukraine'?"])
    }

    @Test func anEventWithoutADateIsReportedAtItsFile() throws {
        let fixture = try ReportFixture(["Content/events/undated.md": "---\ntitle: Undated\n---\n\nText.\n"])
        defer { fixture.remove() }
        let problems = fixture.check().filter { $0.severity == .error }
        #expect(problems.map(\.code) == [.missingField])
        #expect(problems.first?.location.file == "Content/events/undated.md")
    }

    @Test func aLinkToAnUnknownEventSaysSo() throws {
        let fixture = try ReportFixture(["Content/pages/about.md": "---\ntitle: About\n---\n\nSee [the cut-off](event:gas-cutof).\n"]
            .merging(Self.events) { own, _ in own })
        defer { fixture.remove() }
        let problems = fixture.check().filter { $0.severity == .error }
        #expect(problems.map { "\($0.location) \($0.code) \($0.hint ?? "")" }
                == ["Content/pages/about.md:5:19 unknown-reference did you mean 'gas-cut-off'?"])
    }
}
