import Content

/// The report's kinds of pages, in reading order: the order of the navigation, of the one-page
/// report and of the site's page list. Adding a kind is one type conforming to `PageKind` and one
/// line here.
public enum PageKinds {
    /// Every kind.
    static let all: [any PageKind.Type] = [
        CountryKind.self, OrganizationKind.self, RelationKind.self, ScenarioKind.self, EventKind.self, FreePageKind.self,
    ]

    /// The kinds whose front matter names other entities; the pages they name read them.
    static let mentioning: [ContentKind] = all.filter { $0.namesOtherEntities }.map { $0.kind }

    /// The kind named `id` (`country`).
    static func named(_ id: String) -> (any PageKind.Type)? {
        all.first { $0.kind.id == id }
    }

    /// Every kind, as the loader takes them.
    public static var documentKinds: [any DocumentKind.Type] { all }

    /// The names of the kinds, as `dossier new` takes them.
    public static var names: [String] { all.map { $0.kind.id } }

    /// A new file of the kind named `name`: its path in the report and its text, every field
    /// written; nil for a name that is no kind.
    public static func newFile(kind name: String, slug: String) -> (file: String, text: String)? {
        guard let kind = named(name) else { return nil }
        return ("Content/\(kind.kind.folder)/\(slug).md", kind.archetype(slug: slug))
    }

    /// Whether the kind named `name` joins two parties' slugs with `--` (a relation).
    public static func slugJoinsParties(kind name: String) -> Bool {
        named(name)?.slugJoinsParties ?? false
    }
}
