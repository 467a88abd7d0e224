import Content
import Testing

@Suite struct CleanFixtureTests {
    @Test func theCleanFixtureHasNoDiagnostics() throws {
        let fixture = try ReportFixture()
        defer { fixture.remove() }
        #expect(fixture.check().map(\.description) == [])
    }
}
