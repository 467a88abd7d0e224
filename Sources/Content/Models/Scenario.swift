/// A scenario narrative: `scenarios/<slug>.md`.
public struct ScenarioFrontMatter: FrontMatter, Equatable {
    public var common: CommonFields
    /// The question the scenario answers.
    public var question: String?
    /// The period it looks at, e.g. "2008".
    public var horizon: String?
    /// How likely, in ICD 203 words.
    public var likelihood: Likelihood?
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
        case question, horizon, likelihood, drivers, uncertainties, signposts, affects, implications
    }

    public static let fieldNames = CodingKeys.allCases.map(\.rawValue)
    public static let itemFieldNames = ["signposts": Signpost.CodingKeys.allCases.map(\.rawValue)]

    public init(from decoder: any Decoder) throws {
        common = try CommonFields(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        question = try container.decodeIfPresent(String.self, forKey: .question)
        horizon = try container.decodeIfPresent(String.self, forKey: .horizon)
        likelihood = try container.decodeIfPresent(Likelihood.self, forKey: .likelihood)
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

    enum CodingKeys: String, CodingKey, CaseIterable { case text, status }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(String.self, forKey: .text)
        status = try container.decodeIfPresent(SignpostStatus.self, forKey: .status) ?? .notSeen
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
        drivers: []         # - what would push events this way
        uncertainties: []   # - what could change the picture
        signposts: []       # - {text: …, status: \(Archetype.words(SignpostStatus.self))}
        affects: []         # country or organization slugs
        implications: []    # - what would follow
        updated:
        sources: []
        corrections: []     # - {date: YYYY-MM-DD, text: what the page got wrong and what it says now}
        draft: true
        ---

        \(Archetype.bodyHint)

        """
    }
}
