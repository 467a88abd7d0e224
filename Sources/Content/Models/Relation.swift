/// A bilateral relation: `relations/<a>--<b>.md`.
public struct RelationFrontMatter: FrontMatter, Equatable {
    public var common: CommonFields
    /// The two parties' slugs (countries or organizations), where they are written.
    public var parties: [Located<String>]
    /// How close the parties are.
    public var alignment: Alignment?
    /// Which way the relation is moving.
    public var trend: Trend?
    /// Since when the relation has had its present character.
    public var since: ReportDate?
    /// What pushes the relation, weighted.
    public var drivers: [Driver]
    /// Agreements that frame it.
    public var treaties: [Treaty]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case parties, alignment, trend, since, drivers, treaties
    }

    public static let fieldNames = CodingKeys.allCases.map(\.rawValue)
    public static let itemFieldNames = [
        "drivers": Driver.CodingKeys.allCases.map(\.rawValue), "treaties": Treaty.CodingKeys.allCases.map(\.rawValue),
    ]
    public static let requiresTitle = false

    public init(from decoder: any Decoder) throws {
        common = try CommonFields(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        parties = try container.decode([Located<String>].self, forKey: .parties)
        alignment = try container.decodeIfPresent(Alignment.self, forKey: .alignment)
        trend = try container.decodeIfPresent(Trend.self, forKey: .trend)
        since = try container.decodeIfPresent(ReportDate.self, forKey: .since)
        drivers = try container.decodeIfPresent([Driver].self, forKey: .drivers) ?? []
        treaties = try container.decodeIfPresent([Treaty].self, forKey: .treaties) ?? []
    }
}

/// A weighted factor behind a relation.
public struct Driver: Decodable, Sendable, Equatable {
    /// What kind of factor.
    public var factor: DriverFactor
    /// How much it matters, 1 (little) to 5 (decisive).
    public var weight: Int
    /// A short explanation.
    public var note: String?

    enum CodingKeys: String, CodingKey, CaseIterable { case factor, weight, note }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        factor = try container.decode(DriverFactor.self, forKey: .factor)
        weight = try container.decodeIfPresent(Int.self, forKey: .weight) ?? 3
        note = try container.decodeIfPresent(String.self, forKey: .note)
        guard (1...5).contains(weight) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath + [CodingKeys.weight],
                debugDescription: "weight \(weight) is out of range",
                underlyingError: InvalidValue(code: .invalidValue, hint: "use a whole number from 1 to 5")))
        }
    }
}

/// A named agreement and when it was signed.
public struct Treaty: Decodable, Sendable, Equatable {
    /// The agreement's name.
    public var name: String
    /// When it was signed.
    public var date: ReportDate?

    enum CodingKeys: String, CodingKey, CaseIterable { case name, date }
}

extension ContentKind {
    /// Relations: `Content/relations/<slug>.md`.
    public static let relation = ContentKind(id: "relation", folder: "relations", scheme: "relation", urlFolder: "relations/")
}

extension ContentSet {
    /// The relations.
    public var relations: [Document<RelationFrontMatter>] {
        get { documents(.relation) }
        set { setDocuments(newValue, for: .relation) }
    }
}

extension RelationFrontMatter {
    public static func archetype(slug: String) -> String {
        let parties = slug.components(separatedBy: "--")
        return """
        ---
        parties: [\(parties.joined(separator: ", "))]   # two country or organization slugs, in the file name's order
        title:              # defaults to the parties' names, e.g. "Russia – Ukraine"
        summary:
        alignment:          # \(Archetype.words(Alignment.self))
        trend:              # \(Archetype.words(Trend.self))
        since:              # since when the relation has had this character (YYYY…)
        drivers: []         # - {factor: energy, weight: 1–5, note: …}
                            #   factor: \(Archetype.words(DriverFactor.self))
        treaties: []        # - {name: …, date: YYYY-MM-DD}
        updated:
        sources: []
        \(Archetype.judgmentsLine)
        corrections: []     # - {date: YYYY-MM-DD, text: what the page got wrong and what it says now}
        draft: true
        ---

        \(Archetype.bodyHint)

        """
    }
}
