/// A scenario narrative: `scenarios/<slug>.md`.
public struct ScenarioFrontMatter: FrontMatter, Equatable {
    public var common: CommonFields
    /// The question the scenario answers.
    public var question: String?
    /// The period it looks at, e.g. "2008".
    public var horizon: String?
    /// How likely, in ICD 203 words.
    public var likelihood: Likelihood?
    /// How confident the authors are in the likelihood.
    public var confidence: Confidence?
    /// What the confidence rests on, where it is written (the estimative checks read it).
    public var confidenceBasis: Located<String>?
    /// What would push events this way.
    public var drivers: [String]
    /// What could change the picture.
    public var uncertainties: [String]
    /// Observable signs, each with how far it has been seen.
    public var signposts: [Signpost]
    /// Slugs of the countries and organizations it touches, where they are written.
    public var affects: [Located<String>]
    /// What would follow.
    public var implications: [String]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case question, horizon, likelihood, confidence, confidenceBasis = "confidence_basis", drivers, uncertainties, signposts, affects
        case implications
    }

    public static let fieldNames = CodingKeys.allCases.map(\.rawValue)
    public static let itemFieldNames = ["signposts": Signpost.CodingKeys.allCases.map(\.rawValue)]

    public init(from decoder: any Decoder) throws {
        common = try CommonFields(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        question = try container.decodeIfPresent(String.self, forKey: .question)
        horizon = try container.decodeIfPresent(String.self, forKey: .horizon)
        likelihood = try container.decodeIfPresent(Likelihood.self, forKey: .likelihood)
        confidence = try container.decodeIfPresent(Confidence.self, forKey: .confidence)
        confidenceBasis = try container.decodeIfPresent(Located<String>.self, forKey: .confidenceBasis)
        drivers = try container.decodeIfPresent([String].self, forKey: .drivers) ?? []
        uncertainties = try container.decodeIfPresent([String].self, forKey: .uncertainties) ?? []
        signposts = try container.decodeIfPresent([Signpost].self, forKey: .signposts) ?? []
        affects = try container.decodeIfPresent([Located<String>].self, forKey: .affects) ?? []
        implications = try container.decodeIfPresent([String].self, forKey: .implications) ?? []
    }
}

/// An observable sign that a scenario is unfolding.
public struct Signpost: Decodable, Sendable, Equatable {
    /// What to look for.
    public var text: String
    /// How far it has been seen at the report date.
    public var status: SignpostStatus
    /// When the status was first seen, where it is written; a sign not seen has none.
    public var since: Located<ReportDate>?
    /// What would change the assessment: the point at which the sign counts.
    public var threshold: String?
    /// Whether the sign comes before the scenario (`leading`) or shows it under way (`confirming`).
    public var kind: SignpostKind?

    enum CodingKeys: String, CodingKey, CaseIterable { case text, status, since, threshold, kind }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(String.self, forKey: .text)
        status = try container.decodeIfPresent(SignpostStatus.self, forKey: .status) ?? .notSeen
        since = try container.decodeIfPresent(Located<ReportDate>.self, forKey: .since)
        threshold = try container.decodeIfPresent(String.self, forKey: .threshold)
        kind = try container.decodeIfPresent(SignpostKind.self, forKey: .kind)
    }
}

extension ContentKind {
    /// Scenarios: `Content/scenarios/<slug>.md`.
    public static let scenario = ContentKind(id: "scenario", folder: "scenarios", scheme: "scenario", urlFolder: "scenarios/")
}

extension ContentSet {
    /// The scenarios.
    public var scenarios: [Document<ScenarioFrontMatter>] {
        get { documents(.scenario) }
        set { setDocuments(newValue, for: .scenario) }
    }
}

extension ScenarioFrontMatter {
    public static func archetype(slug: String) -> String {
        let title = Archetype.titleCase(slug)
        return """
        ---
        title: \(title)
        summary:
        question:           # the question the scenario answers
        horizon:            # e.g. 2008 or 2006–2010
        likelihood:         # \(Archetype.words(Likelihood.self))
        confidence:         # \(Archetype.words(Confidence.self))
        confidence_basis:   # what the confidence rests on
        drivers: []         # - what would push events this way
        uncertainties: []   # - what could change the picture
        signposts: []       # - {text: …, status: \(Archetype.words(SignpostStatus.self)), since: YYYY-MM-DD, threshold: …, kind: \(Archetype.words(SignpostKind.self))}
        affects: []         # country or organization slugs
        implications: []    # - what would follow
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
