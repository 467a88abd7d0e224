import Foundation
import Templates
import Testing

/// The membership matrix is a grid up to `MatrixView.widestGrid` organizations and a list beyond,
/// and both shapes say every membership current on the report date.
@Suite struct MembershipMatrixTests {
    /// The fixture with `extra` more organizations, Russia a member of the first and an observer of
    /// the last, so the matrix is wider than a grid may be. Each links the next, so none is an orphan.
    static func wideReport(_ extra: Int) -> [String: String] {
        var files: [String: String] = [:]
        for number in 1...extra {
            let status = number == extra ? "observer" : "member"
            let members = number == 1 || number == extra ? "members:\n  - {country: russia, status: \(status), from: 2001-01-01}\n" : "members: []\n"
            files["Content/organizations/body-\(number).md"] = "---\ntitle: Body \(number)\nabbr: B\(number)\nkind: economic\nfounded: 2000-01-01\n\(members)---\n\nA body beside [another](org:body-\(number % extra + 1)).\n"
        }
        return files
    }

    @Test func aWideMatrixListsEachCountrysMemberships() throws {
        let extra = MatrixView.widestGrid
        let memberships = try ReportFixture.page("memberships/index.html", of: Self.wideReport(extra))
        let table = "//table[contains(@class,'matrix-list')]"
        #expect(try memberships.nodes("//table[@class='matrix']").isEmpty, "no grid beyond \(MatrixView.widestGrid) organizations")
        #expect(try memberships.texts("\(table)/thead/tr/th") == ["Country", "Memberships"])
        #expect(try memberships.texts("\(table)/tbody/tr/th") == ["Russia", "Ukraine"])
        let russia = try memberships.texts("\(table)/tbody/tr[th='Russia']/td/span")
        #expect(Set(russia) == ["B1 (member)", "B\(extra) (observer)", "CSTO (member)"])
        #expect(try memberships.nodes("\(table)/tbody/tr[th='Russia']/td/span/a/@href").count == 3)
        #expect(try memberships.texts("\(table)/tbody/tr[th='Ukraine']/td") == ["–"])
    }

    @Test func aMatrixOfUpToTheWidestGridIsAGrid() throws {
        let memberships = try ReportFixture.page("memberships/index.html", of: Self.wideReport(MatrixView.widestGrid - 1))
        #expect(try memberships.nodes("//table[contains(@class,'matrix-list')]").isEmpty)
        let header = try memberships.texts("//table[@class='matrix']/thead/tr/th")
        #expect(header.count == MatrixView.widestGrid + 1, "the country column and one per organization")
        #expect(try memberships.texts("//table[@class='matrix']/tbody/tr[th='Russia']/td").filter { $0 != "–" }.count == 3)
    }
}
