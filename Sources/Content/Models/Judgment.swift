import Diagnostics

/// A judgment a page states in its front matter (`judgments:`): what the authors conclude, how
/// likely they think it (an ICD 203 word), how confident they are, and what it rests on. Judgments
/// marked `key` are collected into the report's "Key judgments".
public struct Judgment: Decodable, Sendable, Equatable {
    /// The judgment itself, where it is written (the estimative checks read it).
    public var text: Located<String>
    /// How likely, in ICD 203 words; nil for a judgment that states no probability.
    public var likelihood: Likelihood?
    /// How good the evidence and reasoning behind it are.
    public var confidence: Confidence
    /// What the judgment rests on, where it is written.
    public var basis: Located<String>?
    /// Whether it is one of the report's key judgments.
    public var key: Bool
    /// The ids of the sources it rests on, where they are written: checked like `cite:` links.
    public var cites: [Located<String>]

    enum CodingKeys: String, CodingKey, CaseIterable { case text, likelihood, confidence, basis, key, cites }

    /// The field names, for unknown-field checks.
    public static let fieldNames = CodingKeys.allCases.map(\.rawValue)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(Located<String>.self, forKey: .text)
        likelihood = try container.decodeIfPresent(Likelihood.self, forKey: .likelihood)
        confidence = try container.decode(Confidence.self, forKey: .confidence)
        basis = try container.decodeIfPresent(Located<String>.self, forKey: .basis)
        key = try container.decodeIfPresent(Bool.self, forKey: .key) ?? false
        cites = try container.decodeIfPresent([Located<String>].self, forKey: .cites) ?? []
    }
}

/// How much an assessment can be trusted, given its evidence and reasoning: ICD 203 keeps it apart
/// from likelihood, which says how probable the event is.
public enum Confidence: String, Vocabulary {
    case low, moderate, high
    public static let fieldDescription = "confidence level"
    public static let wordsKey = "confidence"
}
