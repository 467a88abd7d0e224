import Diagnostics

/// A closed set of words an author may use in a field, decoded with a diagnostic that lists them.
public protocol Vocabulary: RawRepresentable<String>, CaseIterable, Hashable, Sendable, Decodable {
    /// What the field is called in messages, e.g. "orientation".
    static var fieldDescription: String { get }
    /// Where a theme's strings file gives the words readers see for the values: `relation.trend`
    /// for `relation.trend.warming`. The file's keys, not the raw values, are what readers read.
    static var wordsKey: String { get }
}

extension Vocabulary {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(rawValue: text.lowercased()) else {
            let words = Self.allCases.map(\.rawValue)
            throw decoder.invalidValue("'\(text)' is not a valid \(Self.fieldDescription)", code: .invalidValue,
                                       hint: (Suggestion.hint(for: text, in: words).map { $0 + " " } ?? "")
                                           + "use one of: " + words.joined(separator: ", "))
        }
        self = value
    }
}

/// Where a state leans relative to Moscow at the report date.
public enum Orientation: String, Vocabulary {
    case ally, balancer, western, neutral
    public static let fieldDescription = "orientation"
    public static let wordsKey = "orientation"
}

/// What an organization is for.
public enum OrganizationKind: String, Vocabulary {
    case military, economic, political
    public static let fieldDescription = "organization kind"
    public static let wordsKey = "organization.kind"
}

/// A country's standing in an organization. A `participant` takes part without formal membership,
/// as Ukraine in the CIS: a founding state that never ratified the Charter.
public enum MembershipStatus: String, Vocabulary {
    case member, associate, participant, observer, suspended, former
    public static let fieldDescription = "membership status"
    public static let wordsKey = "membership.status"
}

/// How close the two parties of a relation are.
public enum Alignment: String, Vocabulary {
    case ally, partner, balancing, strained, hostile
    public static let fieldDescription = "alignment"
    public static let wordsKey = "relation.alignment"
}

/// Which way a relation is moving.
public enum Trend: String, Vocabulary {
    case warming, stable, cooling
    public static let fieldDescription = "trend"
    public static let wordsKey = "relation.trend"
}

/// The words of ICD 203 for likelihood, in increasing order.
public enum Likelihood: String, Vocabulary, Comparable {
    case almostNoChance = "almost no chance"
    case veryUnlikely = "very unlikely"
    case unlikely
    case roughlyEven = "roughly even"
    case likely
    case veryLikely = "very likely"
    case almostCertain = "almost certain"
    public static let fieldDescription = "likelihood (ICD 203)"
    public static let wordsKey = "scenario.likelihood"

    /// The probability band ICD 203 gives the word, e.g. "55–80%".
    public var band: String {
        switch self {
        case .almostNoChance: "1–5%"
        case .veryUnlikely: "5–20%"
        case .unlikely: "20–45%"
        case .roughlyEven: "45–55%"
        case .likely: "55–80%"
        case .veryLikely: "80–95%"
        case .almostCertain: "95–99%"
        }
    }

    public static func < (lhs: Likelihood, rhs: Likelihood) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// How far a scenario signpost has been seen.
public enum SignpostStatus: String, Vocabulary {
    case notSeen = "not seen"
    case emerging
    case observed
    public static let fieldDescription = "signpost status"
    public static let wordsKey = "signpost.status"
}

/// Whether a signpost comes before its scenario or shows it under way.
public enum SignpostKind: String, Vocabulary {
    /// Seen before the scenario unfolds: a warning.
    case leading
    /// Seen once it is unfolding: a confirmation.
    case confirming
    public static let fieldDescription = "signpost kind"
    public static let wordsKey = "signpost.kind"
}

/// What pushes a relation, weighted by the author.
public enum DriverFactor: String, Vocabulary {
    case security, economy, energy, elites, culture, geography, migration, conflicts
    public static let fieldDescription = "driver factor"
    public static let wordsKey = "driver.factor"
}

/// How a data table column's cells are aligned.
public enum ColumnAlignment: String, Vocabulary {
    case left, right, center
    public static let fieldDescription = "column alignment"
    public static let wordsKey = "column.align"
}
