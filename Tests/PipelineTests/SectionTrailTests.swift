import Foundation
import TestSupport
import Testing
@testable import Pipeline

/// Every entity page shows the way back up to its section and links the pages before and after it,
/// in the order the section's index lists them.
@Suite struct SectionTrailTests {
    static let site = BuiltSite("trails")

    static func page(_ path: String) throws -> ParsedPage {
        try ParsedPage(site.folder.appendingPathComponent(path + "index.html"))
    }

    /// The section's pages as its index lists them all: its table (the relations' by alignment
    /// before it is a summary by group) or the chronology.
    static func indexOrder(of section: String) throws -> [String] {
        let hrefs = try page(section).texts("(//main//table | //main//ol[@class='chronology'])//a/@href")
        var seen: Set<String> = []
        return hrefs.filter { $0.hasPrefix("../\(section)") && $0.count > section.count + 4 }
            .map { String($0.dropFirst(3)) }.filter { seen.insert($0).inserted }
    }

    @Test(arguments: ["countries/", "organizations/", "relations/", "scenarios/", "events/"])
    func nextAndPreviousWalkTheSectionInItsIndexOrder(section: String) throws {
        let order = try Self.indexOrder(of: section)
        #expect(order.count >= 5, "\(order)")
        for (index, path) in order.enumerated() {
            let page = try Self.page(path)
            let prefix = "../../"
            let previous = try page.texts("//nav[@class='pager']/a[@rel='prev']/@href").map { String($0.dropFirst(prefix.count)) }
            let next = try page.texts("//nav[@class='pager']/a[@rel='next']/@href").map { String($0.dropFirst(prefix.count)) }
            #expect(previous == (index > 0 ? [order[index - 1]] : []), "\(path)")
            #expect(next == (index + 1 < order.count ? [order[index + 1]] : []), "\(path)")
            #expect(try page.texts("//nav[@class='breadcrumbs']//a/@href") == [prefix, prefix + section], "\(path)")
            #expect(try page.texts("//nav[@class='breadcrumbs']//li[@aria-current='page']") == page.texts("//main//h1"), "\(path)")
        }
    }

    @Test func sitePagesAndIndexesHaveNoTrail() throws {
        for path in ["", "countries/", "memberships/", "search/", "report/", "about/"] {
            let page = try Self.page(path)
            #expect(try page.texts("//nav[@class='breadcrumbs'] | //nav[@class='pager']").isEmpty, "\(path)")
        }
    }
}
