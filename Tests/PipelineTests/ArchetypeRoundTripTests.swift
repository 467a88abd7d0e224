import Diagnostics
import Content
import Testing

@Suite struct ArchetypeRoundTripTests {
    @Test(arguments: [(ContentKind.country, "belarus"), (.organization, "gas-union"), (.relation, "russia--csto"),
                      (.scenario, "thaw"), (.page, "glossary")])
    func aFreshFilePassesCheck(kind: ContentKind, slug: String) throws {
        let file = "Content/\(kind.folder)/\(slug).md"
        let fixture = try ReportFixture([file: Archetype.text(for: kind, slug: slug)])
        defer { fixture.remove() }
        let problems = fixture.check(drafts: true).filter { $0.location.file == file && $0.code != .orphanPage }
        #expect(problems.map(\.description) == [])
        #expect(!fixture.check(drafts: true).hasErrors)
    }

    @Test(arguments: Archetype.kinds)
    func everyFieldOfTheSchemaIsWritten(kind: ContentKind) throws {
        let text = Archetype.text(for: kind, slug: kind == .relation ? "russia--ukraine" : "sample")
        let keys = Set(text.split(separator: "\n").compactMap { line -> String? in
            guard let colon = line.firstIndex(of: ":"), !line.hasPrefix(" "), !line.hasPrefix("#") else { return nil }
            return String(line[..<colon])
        })
        let schema: [String] = switch kind {
        case .country: CountryFrontMatter.fieldNames
        case .organization: OrganizationFrontMatter.fieldNames
        case .relation: RelationFrontMatter.fieldNames
        case .scenario: ScenarioFrontMatter.fieldNames
        default: PageFrontMatter.fieldNames
        }
        #expect(Set(schema + CommonFields.fieldNames).subtracting(keys) == [])
    }

    @Test func aNewFileIsADraftLeftOutOfBuilds() throws {
        let fixture = try ReportFixture(["Content/countries/belarus.md": Archetype.text(for: .country, slug: "belarus")])
        defer { fixture.remove() }
        #expect(fixture.check().isEmpty)
    }
}
