import Content
import Testing
@testable import Site

@Suite struct RouteTests {
    let kinds: [ContentKind] = [.country, .organization, .relation]

    @Test func relativeLinksClimbOutOfThePageFolder() {
        let brief = Route.entity(.country, "belarus")
        #expect(brief.outputFile == "countries/belarus/index.html")
        #expect(brief.relativeURL(to: .entity(.organization, "csto")) == "../../organizations/csto/")
        #expect(brief.relativeURL(to: .home) == "../../")
        #expect(Route.home.relativeURL(to: .home) == "./")
        #expect(Route.home.relativeURL(to: .countries) == "countries/")
        #expect(Route.notFound.relativeURL(toFile: "assets/site.css") == "assets/site.css")
    }

    @Test(arguments: [("", 0), ("404.html", 0), ("countries/", 1), ("countries/belarus/", 2), ("data/gas.csv", 1),
                      ("a//b/", 2), ("/a/", 1)])
    func depthCountsTheFoldersAboveThePageFile(_ path: String, _ depth: Int) {
        #expect(Route(path).depth == depth)
        #expect(Route(path).relativeURL(toFile: "x") == String(repeating: "../", count: depth) + "x")
    }

    @Test func explicitIndexLinksWorkFromDisk() {
        let brief = Route.entity(.country, "belarus")
        #expect(brief.relativeURL(to: .home, explicitIndex: true) == "../../index.html")
        #expect(brief.relativeURL(to: .entity(.page, "methodology"), explicitIndex: true) == "../../methodology/index.html")
    }

    @Test func entityLinksParseSchemeTargetAndAnchor() {
        #expect(EntityLink("country:belarus", kinds: kinds)?.target == .entity(EntityRef(.country, "belarus")))
        #expect(EntityLink("org:csto#members", kinds: kinds)?.anchor == "members")
        #expect(EntityLink("relation:russia--ukraine", kinds: kinds)?.target == .entity(EntityRef(.relation, "russia--ukraine")))
        #expect(EntityLink("data:gas-prices", kinds: kinds)?.target == .data("gas-prices"))
        #expect(EntityLink("https://example.org", kinds: kinds) == nil)
        #expect(EntityLink("mailto:a@b.c", kinds: kinds) == nil)
        #expect(EntityLink("../x/", kinds: kinds) == nil)
    }
}
