import Testing
@testable import Content
@testable import Site

/// Builds a graph from front matter written inline, as the loader would decode it.
func graph(site asOf: String = "2006-03-01", countries: [String], organizations: [String: String] = [:],
           relations: [String: String] = [:], scenarios: [String: String] = [:]) throws -> ReportGraph {
    let siteYAML = "title: T\nbase_url: https://example.org/\nas_of: \(asOf)\n"
    var content = ContentSet(site: try YAMLDocument(siteYAML, file: "Content/site.yaml").decode(SiteConfig.self))
    func document<Meta: FrontMatter>(_ kind: ContentKind, _ slug: String, _ yaml: String) throws -> Document<Meta> {
        let file = "Content/\(kind.folder)/\(slug).md"
        return Document(kind: kind, slug: slug, file: file,
                        meta: try YAMLDocument(yaml, file: file, firstLine: 2).decode(Meta.self), body: "", bodyLine: 4)
    }
    content.countries = try countries.map { try document(.country, $0, "title: \($0.capitalized)\n") }
    content.organizations = try organizations.sorted { $0.key < $1.key }.map { try document(.organization, $0.key, $0.value) }
    content.relations = try relations.sorted { $0.key < $1.key }.map { try document(.relation, $0.key, $0.value) }
    content.scenarios = try scenarios.sorted { $0.key < $1.key }.map { try document(.scenario, $0.key, $0.value) }
    return ReportGraph(content: content)
}

@Suite struct ReportGraphTests {
    let guam = """
    title: GUAM
    abbr: GUAM
    founded: 1997-10-10
    members:
      - {country: georgia, from: 1997-10-10}
      - {country: uzbekistan, from: 1999-04-24, to: 2005-05-05}
    """

    @Test func membershipsGoBothWaysAndHonourTheReportDate() throws {
        let graph = try graph(countries: ["georgia", "uzbekistan"], organizations: ["guam": guam])
        #expect(graph.members(of: "guam", on: graph.asOf).map(\.country.value) == ["georgia"])
        #expect(graph.members(of: "guam", on: ReportDate("2001")!).map(\.country.value) == ["georgia", "uzbekistan"])
        #expect(graph.memberships(of: "uzbekistan", on: graph.asOf).isEmpty)
        #expect(graph.membershipsByCountry["uzbekistan"]?.map(\.organization) == ["guam"])
        #expect(graph.title(of: EntityRef(.organization, "guam")) == "GUAM")
    }

    @Test func relationsAndScenariosAreIndexedPerEntity() throws {
        let graph = try graph(countries: ["russia", "ukraine"],
                              relations: ["russia--ukraine": "parties: [russia, ukraine]\n"],
                              scenarios: ["battle": "title: Battle\naffects: [ukraine]\n"])
        #expect(graph.relationsByParty["ukraine"] == ["russia--ukraine"])
        #expect(graph.scenariosByEntity["ukraine"] == ["battle"])
        #expect(graph.relationTitle(graph.relations["russia--ukraine"]!) == "Russia – Ukraine")
    }
}

@Suite struct ValidationTests {
    @Test func unknownMemberCountryIsReportedWhereItIsWrittenWithASuggestion() throws {
        let csto = "title: CSTO\nmembers:\n  - country: uzbekstan\n"
        let problems = Validation.check(try graph(countries: ["uzbekistan"], organizations: ["csto": csto]))
        let problem = try #require(problems.first)
        #expect(problem.description == "Content/organizations/csto.md:4:14: error: unknown country 'uzbekstan' in members (did you mean 'uzbekistan'?)")
    }

    @Test func membershipDatesOutOfOrder() throws {
        let org = "title: X\nmembers:\n  - {country: georgia, from: 2005, to: 2001}\n"
        let problems = Validation.check(try graph(countries: ["georgia"], organizations: ["x": org]))
        #expect(problems.map(\.code) == [.datesOutOfOrder])
    }

    @Test func relationsNeedTwoKnownDistinctPartiesMatchingTheFileName() throws {
        let problems = Validation.check(try graph(countries: ["russia", "ukraine"], relations: [
            "russia--ukraine": "parties: [ukraine, russia]\n",
            "russia--atlantis": "parties: [russia, atlantis]\n",
            "russia": "parties: [russia]\n",
        ]))
        #expect(Set(problems.map(\.code)) == [.relationFileName, .unknownReference, .relationParties])
        let unknown = try #require(problems.first { $0.code == .unknownReference })
        #expect(unknown.location.line == 2)
        #expect(unknown.location.column == 19)
    }

    @Test func aRelationWrittenTwiceIsReported() throws {
        let problems = Validation.check(try graph(countries: ["russia", "ukraine"], relations: [
            "russia--ukraine": "parties: [russia, ukraine]\n",
            "ukraine--russia": "parties: [ukraine, russia]\n",
        ]))
        #expect(problems.map(\.code) == [.duplicateRelation])
    }

    @Test func scenariosMustAffectKnownEntities() throws {
        let problems = Validation.check(try graph(countries: ["belarus"], scenarios: ["x": "title: X\naffects: [belarus, belaruss]\n"]))
        #expect(problems.map(\.hint) == ["did you mean 'belarus'?"])
    }
}
