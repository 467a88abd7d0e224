import Content

/// The report as a graph: every entity by slug, memberships both ways, relations and scenarios per
/// entity, and the links between pages. Built once per build from the loaded content.
public struct ReportGraph: Sendable {
    /// The loaded content.
    public let content: ContentSet
    /// Country briefs by slug.
    public let countries: [String: Document<CountryFrontMatter>]
    /// Organizations by slug.
    public let organizations: [String: Document<OrganizationFrontMatter>]
    /// Relations by slug (`a--b`).
    public let relations: [String: Document<RelationFrontMatter>]
    /// Scenarios by slug.
    public let scenarios: [String: Document<ScenarioFrontMatter>]
    /// Free pages by slug.
    public let pages: [String: Document<PageFrontMatter>]
    /// Data tables by name.
    public let dataTables: [String: DataTable]
    /// Per country slug, its membership rows with the organization's slug.
    public let membershipsByCountry: [String: [(organization: String, membership: Membership)]]
    /// Per entity slug (country or organization), the relations it is a party to.
    public let relationsByParty: [String: [String]]
    /// Per entity slug, the scenarios that name it in `affects`.
    public let scenariosByEntity: [String: [String]]
    /// Per entity, the entities whose front matter names it (an event's `involves`), in reading order.
    public let referencedBy: [EntityRef: [EntityRef]]
    /// Drafts left out of this build, by kind, so references to them can say so.
    public let drafts: [ContentKind: Set<String>]
    /// Every document by kind and slug, for what treats every kind alike.
    private let entries: [ContentKind: [String: any AnyDocument]]
    /// The kinds of the report, in reading order.
    public var kinds: [ContentKind] { content.kinds }
    /// The report date.
    public var asOf: ReportDate { content.site.asOf }

    /// Indexes `content`. Duplicate slugs keep the first; `Validation` reports them.
    public init(content: ContentSet, drafts: [ContentKind: Set<String>] = [:]) {
        self.content = content
        self.drafts = drafts
        countries = Self.index(content.countries)
        organizations = Self.index(content.organizations)
        relations = Self.index(content.relations)
        scenarios = Self.index(content.scenarios)
        pages = Self.index(content.pages)
        dataTables = Dictionary(content.dataTables.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var entries: [ContentKind: [String: any AnyDocument]] = [:]
        for kind in content.kinds {
            entries[kind] = Dictionary(content.documents(of: kind).map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        }
        self.entries = entries
        var referencedBy: [EntityRef: [EntityRef]] = [:]
        for kind in content.kinds {
            for document in content.documents(of: kind) {
                let source = EntityRef(kind, document.slug)
                for field in document.references {
                    for slug in Set(field.slugs.map(\.value)) {
                        guard let target = field.kinds.first(where: { entries[$0]?[slug] != nil }) else { continue }
                        referencedBy[EntityRef(target, slug), default: []].append(source)
                    }
                }
            }
        }
        self.referencedBy = referencedBy

        var memberships: [String: [(organization: String, membership: Membership)]] = [:]
        for organization in content.organizations {
            for membership in organization.meta.members {
                memberships[membership.country.value, default: []].append((organization.slug, membership))
            }
        }
        membershipsByCountry = memberships

        var byParty: [String: [String]] = [:]
        for relation in content.relations {
            for party in Set(relation.meta.parties.map(\.value)) { byParty[party, default: []].append(relation.slug) }
        }
        relationsByParty = byParty

        var byEntity: [String: [String]] = [:]
        for scenario in content.scenarios {
            for entity in Set(scenario.meta.affects.map(\.value)) { byEntity[entity, default: []].append(scenario.slug) }
        }
        scenariosByEntity = byEntity
        countriesByTitle = Self.sorted(content.countries) { $0.meta.common.title ?? $0.slug }
        organizationsByName = Self.sorted(content.organizations) { [self] in title(of: EntityRef(.organization, $0.slug)) }
    }

    private static func index<Meta>(_ documents: [Document<Meta>]) -> [String: Document<Meta>] {
        Dictionary(documents.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Whether the entity exists (and is not a left-out draft).
    public func contains(_ ref: EntityRef) -> Bool {
        entries[ref.kind]?[ref.slug] != nil
    }

    /// The document of an entity, of whatever kind.
    public func document(_ ref: EntityRef) -> (any AnyDocument)? {
        entries[ref.kind]?[ref.slug]
    }

    /// Whether the entity is a draft left out of this build.
    public func isDraft(_ ref: EntityRef) -> Bool {
        drafts[ref.kind]?.contains(ref.slug) ?? false
    }

    /// Whether the entity's file exists but could not be read: its own errors are reported, so
    /// references to it are not reported again.
    public func isUnreadable(_ ref: EntityRef) -> Bool {
        content.unreadable[ref.kind]?.contains(ref.slug) ?? false
    }

    /// The slugs of all entities of `kind`, for "did you mean" hints.
    public func slugs(of kind: ContentKind) -> [String] {
        entries[kind].map { Array($0.keys) } ?? []
    }

    /// A country or organization named by a relation party or a scenario's `affects`.
    public func party(_ slug: String) -> EntityRef? {
        if countries[slug] != nil { return EntityRef(.country, slug) }
        if organizations[slug] != nil { return EntityRef(.organization, slug) }
        return nil
    }

    /// The title readers see for an entity.
    public func title(of ref: EntityRef) -> String {
        switch ref.kind {
        case .organization: organizations[ref.slug].map { $0.meta.abbr ?? $0.meta.common.title ?? ref.slug } ?? ref.slug
        case .relation: relations[ref.slug].map(relationTitle) ?? ref.slug
        default: entries[ref.kind]?[ref.slug]?.common.title ?? ref.slug
        }
    }

    /// A relation's title: its own, or "Russia – Ukraine" from its parties.
    public func relationTitle(_ relation: Document<RelationFrontMatter>) -> String {
        if let title = relation.meta.common.title, !title.isEmpty { return title }
        return relation.meta.parties.map { party($0.value).map(title(of:)) ?? $0.value }.joined(separator: " – ")
    }

    /// The summary of an entity, if it has one.
    public func summary(of ref: EntityRef) -> String? {
        entries[ref.kind]?[ref.slug]?.common.summary
    }

    /// The organizations a country belongs to on `date`, with the row that says so.
    public func memberships(of country: String, on date: ReportDate) -> [(organization: String, membership: Membership)] {
        (membershipsByCountry[country] ?? []).filter { $0.membership.isCurrent(on: date) }
    }

    /// An organization's membership rows current on `date`, in file order.
    public func members(of organization: String, on date: ReportDate) -> [Membership] {
        (organizations[organization]?.meta.members ?? []).filter { $0.isCurrent(on: date) }
    }

    /// Countries sorted by title (sorted once: pages ask for it on every brief).
    public private(set) var countriesByTitle: [Document<CountryFrontMatter>] = []

    /// Organizations sorted by abbreviation or title (sorted once, as ``countriesByTitle``).
    public private(set) var organizationsByName: [Document<OrganizationFrontMatter>] = []

    /// `documents` in the order of `name`, each name found once rather than in every comparison.
    private static func sorted<Meta>(_ documents: [Document<Meta>], by name: (Document<Meta>) -> String) -> [Document<Meta>] {
        documents.map { (name: name($0), document: $0) }.sorted { $0.name < $1.name }.map(\.document)
    }
}
