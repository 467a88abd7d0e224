import Diagnostics
import Content
@testable import Pipeline
import Testing

/// Every registered page kind can be created with `dossier new` and passes `check` as it is.
@Suite struct ArchetypeRoundTripTests {
    /// A slug each kind accepts.
    static func slug(for kind: String) -> String {
        PageKinds.slugJoinsParties(kind: kind) ? "russia--csto" : "sample-\(kind)"
    }

    @Test(arguments: PageKinds.names)
    func aFreshFilePassesCheck(kind: String) throws {
        let new = try #require(PageKinds.newFile(kind: kind, slug: Self.slug(for: kind)))
        let fixture = try ReportFixture([new.file: new.text])
        defer { fixture.remove() }
        let problems = fixture.check(drafts: true).filter { $0.location.file == new.file && $0.code != .orphanPage }
        #expect(problems.map(\.description) == [])
        #expect(!fixture.check(drafts: true).hasErrors)
    }

    @Test(arguments: PageKinds.names)
    func everyFieldOfTheSchemaIsWritten(kind: String) throws {
        let new = try #require(PageKinds.newFile(kind: kind, slug: Self.slug(for: kind)))
        let keys = Set(new.text.split(separator: "\n").compactMap { line -> String? in
            guard let colon = line.firstIndex(of: ":"), !line.hasPrefix(" "), !line.hasPrefix("#") else { return nil }
            return String(line[..<colon])
        })
        let schema = try #require(PageKinds.named(kind)).fieldNames
        #expect(Set(schema).subtracting(keys) == [])
    }

    @Test func aNewFileIsADraftLeftOutOfBuilds() throws {
        let new = try #require(PageKinds.newFile(kind: "country", slug: "belarus"))
        let fixture = try ReportFixture([new.file: new.text])
        defer { fixture.remove() }
        #expect(fixture.check().isEmpty)
    }

    @Test func everyKindHasItsOwnFolderSchemeAndAddress() {
        let kinds = PageKinds.all.map { $0.kind }
        #expect(Set(kinds.map(\.id)).count == kinds.count)
        #expect(Set(kinds.map(\.folder)).count == kinds.count)
        #expect(Set(kinds.compactMap(\.scheme)).count == kinds.count)
        #expect(Set(kinds.map(\.urlFolder)).count == kinds.count)
    }
}
