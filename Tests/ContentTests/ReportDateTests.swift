import Testing
@testable import Content

@Suite struct ReportDateTests {
    @Test(arguments: ["2006", "2006-03", "2006-03-01", "2004-02-29"])
    func acceptsTheThreePrecisions(_ text: String) throws {
        let date = try #require(ReportDate(text))
        #expect(date.description == text)
    }

    @Test(arguments: ["06", "2006-3", "2006-13", "2005-02-29", "2006-03-01x", "", "abcd"])
    func rejectsMalformedOrImpossibleDates(_ text: String) {
        #expect(ReportDate(text) == nil)
    }

    @Test func lessPreciseDatesSortFirstWithinTheirPeriod() {
        #expect(ReportDate("2006")! < ReportDate("2006-01")!)
        #expect(ReportDate("2005-12-31")! < ReportDate("2006")!)
        #expect(ReportDate("2006-03-01")!.longDescription == "1 March 2006")
    }

    @Test func membershipIsCurrentFromItsStartUntilBeforeItsEnd() throws {
        let yaml = "country: uzbekistan\nfrom: 1999-04\nto: 2005-05\n"
        let membership = try YAMLDocument(yaml, file: "f").decode(Membership.self)
        #expect(membership.isCurrent(on: ReportDate("2004")!))
        #expect(!membership.isCurrent(on: ReportDate("2005-05")!))
        #expect(!membership.isCurrent(on: ReportDate("1999-03-31")!))
    }
}
