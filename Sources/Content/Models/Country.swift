import Diagnostics

/// A state's brief: `countries/<slug>.md`.
public struct CountryFrontMatter: FrontMatter, Equatable {
    public var common: CommonFields
    /// ISO 3166-1 alpha-2 code.
    public var iso2: String?
    /// ISO 3166-1 alpha-3 code.
    public var iso3: String?
    /// The capital city.
    public var capital: String?
    /// A region label such as "Central Asia".
    public var region: String?
    /// Where the state leans relative to Moscow.
    public var orientation: Orientation?
    /// Heads of state and government, with terms.
    public var leaders: [Leader]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case iso2, iso3, capital, region, orientation, leaders
    }

    public static let fieldNames = CodingKeys.allCases.map(\.rawValue)
    public static let itemFieldNames = ["leaders": Leader.CodingKeys.allCases.map(\.rawValue)]

    public init(from decoder: any Decoder) throws {
        common = try CommonFields(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        iso2 = try container.decodeIfPresent(Located<String>.self, forKey: .iso2).map { try Self.checkCode($0, length: 2, decoder: decoder, key: .iso2) }
        iso3 = try container.decodeIfPresent(Located<String>.self, forKey: .iso3).map { try Self.checkCode($0, length: 3, decoder: decoder, key: .iso3) }
        capital = try container.decodeIfPresent(String.self, forKey: .capital)
        region = try container.decodeIfPresent(String.self, forKey: .region)
        orientation = try container.decodeIfPresent(Orientation.self, forKey: .orientation)
        leaders = try container.decodeIfPresent([Leader].self, forKey: .leaders) ?? []
    }

    private static func checkCode(_ code: Located<String>, length: Int, decoder: any Decoder, key: CodingKeys) throws -> String {
        guard code.value.count == length, code.value.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath + [key],
                debugDescription: "'\(code.value)' is not an ISO 3166-1 alpha-\(length) code",
                underlyingError: InvalidValue(code: .invalidISOCode, hint: "use \(length) upper-case letters")))
        }
        return code.value
    }
}

/// A person holding an office for a period.
public struct Leader: Decodable, Sendable, Equatable {
    /// The person's name.
    public var name: String
    /// The office, e.g. "President".
    public var role: String
    /// When the term began.
    public var from: ReportDate?
    /// When it ended; absent while in office.
    public var to: ReportDate?
    /// Where this entry is written.
    public var location: SourceLocation

    enum CodingKeys: String, CodingKey, CaseIterable { case name, role, from, to }

    public init(from decoder: any Decoder) throws {
        location = decoder.sourceLocation
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        role = try container.decodeIfPresent(String.self, forKey: .role) ?? "Leader"
        from = try container.decodeIfPresent(ReportDate.self, forKey: .from)
        to = try container.decodeIfPresent(ReportDate.self, forKey: .to)
    }
}

extension ContentKind {
    /// Country briefs: `Content/countries/<slug>.md`.
    public static let country = ContentKind(id: "country", folder: "countries", scheme: "country", urlFolder: "countries/")
}

extension ContentSet {
    /// The country briefs.
    public var countries: [Document<CountryFrontMatter>] {
        get { documents(.country) }
        set { setDocuments(newValue, for: .country) }
    }
}

extension CountryFrontMatter {
    public static func archetype(slug: String) -> String {
        let title = Archetype.titleCase(slug)
        return """
        ---
        title: \(title)
        summary:            # one or two sentences for indexes and search results
        iso2:               # ISO 3166-1 alpha-2, e.g. UA
        iso3:               # ISO 3166-1 alpha-3, e.g. UKR
        capital:
        region:             # e.g. Eastern Europe, South Caucasus, Central Asia
        orientation:        # \(Archetype.words(Orientation.self)) (relative to Moscow, at the report date)
        leaders: []         # - {name: …, role: President, from: YYYY-MM-DD, to: YYYY-MM-DD}; no 'to' while in office
        updated:            # YYYY, YYYY-MM or YYYY-MM-DD
        sources: []         # - {title: …, url: https://…, date: YYYY-MM-DD (published), accessed: YYYY-MM-DD (read)}
        \(Archetype.judgmentsLine)
        corrections: []     # - {date: YYYY-MM-DD, text: what the page got wrong and what it says now}
        draft: true         # left out of 'dossier build' until removed or set to false
        ---

        \(Archetype.bodyHint)

        """
    }
}
