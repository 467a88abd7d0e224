/// ICD 203's two lists of likelihood words, which a report must not mix: each list gives the same
/// seven bands, from "almost no chance" (1–5%) to "almost certain" (95–99%).
public enum EstimativeList: String, Vocabulary {
    /// almost no chance, very unlikely, unlikely, roughly even chance, likely, very likely, almost certain.
    case likely
    /// remote, highly improbable, improbable, roughly even odds, probable, highly probable, nearly certain.
    case probable
    public static let fieldDescription = "estimative word list"
    /// Never shown to readers: the choice only decides which words the checks accept.
    public static let wordsKey = "estimative-words"

    /// The list's phrases for each band, the form given by `Likelihood` first.
    public func phrases(for band: Likelihood) -> [String] {
        switch (self, band) {
        case (.likely, .almostNoChance): ["almost no chance"]
        case (.likely, .veryUnlikely): ["very unlikely"]
        case (.likely, .unlikely): ["unlikely"]
        case (.likely, .roughlyEven): ["roughly even chance", "roughly even"]
        case (.likely, .likely): ["likely"]
        case (.likely, .veryLikely): ["very likely"]
        case (.likely, .almostCertain): ["almost certain", "almost certainly"]
        case (.probable, .almostNoChance): ["remote chance", "remote possibility", "remote likelihood"]
        case (.probable, .veryUnlikely): ["highly improbable", "highly improbably"]
        case (.probable, .unlikely): ["improbable", "improbably"]
        case (.probable, .roughlyEven): ["roughly even odds"]
        case (.probable, .likely): ["probable", "probably"]
        case (.probable, .veryLikely): ["highly probable", "highly probably"]
        case (.probable, .almostCertain): ["nearly certain", "nearly certainly"]
        }
    }

    /// The list's word for a band, as a hint shows it.
    public func word(for band: Likelihood) -> String { phrases(for: band)[0] }

    /// The other list.
    public var other: EstimativeList { self == .likely ? .probable : .likely }
}

/// Ways of stating a likelihood that are on neither ICD 203 list, each with the band it comes closest to.
public enum NonstandardLikelihood {
    /// The phrases, in lower case, with their nearest band.
    public static let phrases: [(phrase: String, nearest: Likelihood)] = [
        ("a good chance", .likely), ("good chance", .likely), ("a strong chance", .likely), ("strong possibility", .likely),
        ("might well", .likely), ("may well", .likely), ("could well", .likely),
        ("a fair chance", .roughlyEven), ("fair chance", .roughlyEven), ("a real possibility", .roughlyEven),
        ("real possibility", .roughlyEven), ("distinct possibility", .roughlyEven), ("fifty-fifty", .roughlyEven),
        ("doubtful", .unlikely), ("highly likely", .veryLikely), ("in all likelihood", .veryLikely),
        ("highly unlikely", .veryUnlikely), ("little chance", .veryUnlikely), ("slim chance", .veryUnlikely),
        ("small chance", .veryUnlikely), ("almost surely", .almostCertain), ("virtually certain", .almostCertain),
    ]
}

/// The phrases that state a confidence level, which ICD 203 keeps out of the sentence that states a likelihood.
public enum ConfidencePhrases {
    /// In lower case.
    public static let phrases = ["low confidence", "moderate confidence", "high confidence", "medium confidence"]
}
