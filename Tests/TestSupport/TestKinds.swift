import Content

/// The kinds the lower layers' tests load, as the report's registry lists them (which lives in a later layer).
public enum TestKinds {
    public enum Countries: DocumentKind { public typealias Meta = CountryFrontMatter; public static let kind = ContentKind.country }
    public enum Organizations: DocumentKind { public typealias Meta = OrganizationFrontMatter; public static let kind = ContentKind.organization }
    public enum Relations: DocumentKind { public typealias Meta = RelationFrontMatter; public static let kind = ContentKind.relation }
    public enum Scenarios: DocumentKind { public typealias Meta = ScenarioFrontMatter; public static let kind = ContentKind.scenario }
    public enum Events: DocumentKind { public typealias Meta = EventFrontMatter; public static let kind = ContentKind.event }
    public enum Pages: DocumentKind { public typealias Meta = PageFrontMatter; public static let kind = ContentKind.page }

    public static let all: [any DocumentKind.Type] = [Countries.self, Organizations.self, Relations.self, Scenarios.self, Events.self, Pages.self]
}
