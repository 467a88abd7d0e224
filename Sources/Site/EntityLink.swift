import Content

/// The kinds of things an entity link can name.
public enum EntityKind: String, Sendable, CaseIterable, Hashable {
    case country, organization, relation, scenario, page

    /// The link scheme authors write: `country:`, `org:`, `relation:`, `scenario:`, `page:`.
    public var scheme: String {
        switch self {
        case .organization: "org"
        default: rawValue
        }
    }

    /// The kind of the content files that define entities of this kind.
    public var contentKind: ContentKind {
        switch self {
        case .country: .country
        case .organization: .organization
        case .relation: .relation
        case .scenario: .scenario
        case .page: .page
        }
    }

    /// A reader's word for the kind.
    public var noun: String { rawValue }
}

/// A reference to one entity.
public struct EntityRef: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The entity's kind.
    public var kind: EntityKind
    /// Its slug.
    public var slug: String

    /// Creates a reference.
    public init(_ kind: EntityKind, _ slug: String) {
        self.kind = kind
        self.slug = slug
    }

    /// Its page.
    public var route: Route { .entity(kind, slug) }

    /// `country:belarus`.
    public var description: String { "\(kind.scheme):\(slug)" }

    public static func < (lhs: EntityRef, rhs: EntityRef) -> Bool { lhs.description < rhs.description }
}

/// A link destination written with an entity scheme: `country:belarus#energy`, `data:gas-prices`.
public struct EntityLink: Hashable, Sendable {
    /// What the link names.
    public enum Target: Hashable, Sendable {
        /// A page of the report.
        case entity(EntityRef)
        /// A data table's published file.
        case data(String)
    }

    /// What the link names.
    public var target: Target
    /// The heading id after `#`, if any.
    public var anchor: String?

    /// Parses a destination; nil when it does not use an entity scheme (an ordinary URL or path).
    public init?(_ destination: String) {
        guard let colon = destination.firstIndex(of: ":") else { return nil }
        let scheme = String(destination[..<colon])
        var rest = String(destination[destination.index(after: colon)...])
        if let hash = rest.firstIndex(of: "#") {
            anchor = String(rest[rest.index(after: hash)...])
            rest = String(rest[..<hash])
        }
        if scheme == "data" {
            target = .data(rest)
        } else if let kind = EntityKind.allCases.first(where: { $0.scheme == scheme }) {
            target = .entity(EntityRef(kind, rest))
        } else {
            return nil
        }
    }

    /// The schemes entity links use.
    public static let schemes: Set<String> = Set(EntityKind.allCases.map(\.scheme) + ["data"])
}
