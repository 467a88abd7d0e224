import Content
import Foundation
import FoundationXML
import Testing
@testable import Pipeline

/// The bundled report keeps later history in its records; each page must say which dates the report
/// could not have known. The expectations come from the content itself, so the tests follow the report.
extension BundledReportTests {
    var content: ContentSet { get throws { try #require(Self.report.content) } }

    /// Whether `date` is certainly after the report date.
    func isLater(_ date: ReportDate?) throws -> Bool {
        let asOf = try content.site.asOf
        return date.map(asOf.isCertainlyBefore) ?? false
    }

    /// The marks inside `node`.
    func marks(in node: XMLNode) throws -> [String] {
        try node.nodes(forXPath: ".//span[@class='later']").map { $0.stringValue ?? "" }
    }

    @Test func leaderTermsAfterTheReportDateAreMarked() throws {
        var marked = 0
        for country in try content.countries {
            let items = try page("countries/\(country.slug)/index.html").nodes("//ul[@class='leaders']/li")
            try #require(items.count == country.meta.leaders.count, "\(country.slug): one item per term")
            for (leader, item) in zip(country.meta.leaders, items) {
                let expected = try isLater(leader.from) ? ["began after the report date"]
                    : try isLater(leader.to) ? ["ended after the report date"] : []
                #expect(try marks(in: item) == expected, "\(country.slug): \(leader.name) from \(leader.from?.description ?? "?")")
                marked += expected.count
            }
        }
        #expect(marked > 0, "the bundled report has terms that ended after its date")
    }

    @Test func membershipRowsAfterTheReportDateAreMarked() throws {
        var marked = 0
        for organization in try content.organizations {
            let rows = try page("organizations/\(organization.slug)/index.html")
                .nodes("//section[h2[@id='history-heading']]//tbody/tr[th]")
            try #require(rows.count == organization.meta.members.count, "\(organization.slug): one row per record")
            for (membership, row) in zip(organization.meta.members, rows) {
                let expected = try isLater(membership.from?.value) ? ["began after the report date"]
                    : try isLater(membership.to?.value) ? ["ended after the report date"] : []
                #expect(try marks(in: row) == expected, "\(organization.slug): \(membership.country.value)")
                marked += expected.count
            }
        }
        #expect(marked > 0, "the bundled report has memberships that changed after its date")
    }

    @Test func timelineEventsAfterTheReportDateAreMarked() throws {
        let events = try page("memberships/index.html").nodes("//ol[@class='timeline']/li")
        #expect(!events.isEmpty)
        var marked = 0
        for event in events {
            let datetime = try #require(try event.nodes(forXPath: "time/@datetime").first?.stringValue)
            let expected = try isLater(ReportDate(datetime)) ? ["(after the report date)"] : []
            #expect(try marks(in: event) == expected, "timeline event of \(datetime)")
            marked += expected.count
        }
        #expect(marked > 0)
    }

    @Test func sourcesShowWhenTheyWereReadAndWhetherTheyCameLater() throws {
        let briefs = try content.countries.map { ("countries/\($0.slug)/index.html", $0.meta.common.sources) }
            + content.organizations.map { ("organizations/\($0.slug)/index.html", $0.meta.common.sources) }
        var read = 0, later = 0
        for (path, sources) in briefs {
            let items = try page(path).nodes("//section[@class='sources']/ol/li")
            try #require(items.count == sources.count, "\(path): one item per source")
            for (source, item) in zip(sources, items) {
                let accessed = try item.nodes(forXPath: "span[@class='accessed']").map { $0.stringValue ?? "" }
                #expect(accessed == (source.accessed.map { ["read \($0.longDescription)"] } ?? []), "\(path): \(source.title)")
                let marked = try item.nodes(forXPath: "span[@class='later']").map { $0.stringValue ?? "" }
                #expect(marked == (try isLater(source.date) ? ["published after the report date"] : []), "\(path): \(source.title)")
                read += accessed.count
                later += marked.count
            }
        }
        #expect(read > 0 && later > 0, "the bundled report has web pages read later and sources published later")
    }
}
