import Content

/// A reference to one entity.
public struct EntityRef: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The entity's kind.
    public var kind: ContentKind
    /// Its slug.
    public var slug: String

    /// Creates a reference.
    public init(_ kind: ContentKind, _ slug: String) {
        self.kind = kind
        self.slug = slug
    }

    /// Its page.
    public var route: Route { .entity(kind, slug) }

    /// `country:belarus`.
    public var description: String { "\(kind.scheme ?? kind.id):\(slug)" }

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

    /// Parses a destination; nil when it does not use the scheme of one of `kinds` or `data:`
    /// (an ordinary URL or path).
    public init?(_ destination: String, kinds: [ContentKind]) {
        guard let colon = destination.firstIndex(of: ":") else { return nil }
        let scheme = String(destination[..<colon])
        var rest = String(destination[destination.index(after: colon)...])
        if let hash = rest.firstIndex(of: "#") {
            anchor = String(rest[rest.index(after: hash)...])
            rest = String(rest[..<hash])
        }
        if scheme == "data" {
            target = .data(rest)
        } else if let kind = kinds.first(where: { $0.scheme == scheme }) {
            target = .entity(EntityRef(kind, rest))
        } else {
            return nil
        }
    }

    /// The schemes entity links to `kinds` use, with `data`.
    public static func schemes(of kinds: [ContentKind]) -> Set<String> {
        Set(kinds.compactMap(\.scheme) + ["data"])
    }
}
