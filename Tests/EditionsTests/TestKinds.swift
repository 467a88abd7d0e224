import Content

/// The kinds these tests load, as the report's registry lists them (which lives in a later layer).
enum TestKinds {
    enum Countries: DocumentKind { typealias Meta = CountryFrontMatter; static let kind = ContentKind.country }
    enum Organizations: DocumentKind { typealias Meta = OrganizationFrontMatter; static let kind = ContentKind.organization }
    enum Relations: DocumentKind { typealias Meta = RelationFrontMatter; static let kind = ContentKind.relation }
    enum Scenarios: DocumentKind { typealias Meta = ScenarioFrontMatter; static let kind = ContentKind.scenario }
    enum Events: DocumentKind { typealias Meta = EventFrontMatter; static let kind = ContentKind.event }
    enum Pages: DocumentKind { typealias Meta = PageFrontMatter; static let kind = ContentKind.page }

    static let all: [any DocumentKind.Type] = [Countries.self, Organizations.self, Relations.self, Scenarios.self, Events.self, Pages.self]
}
