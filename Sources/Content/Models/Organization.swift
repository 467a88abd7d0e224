/// An alliance, union or bloc: `organizations/<slug>.md`.
public struct OrganizationFrontMatter: FrontMatter, Equatable {
    public var common: CommonFields
    /// The short name, e.g. "CSTO".
    public var abbr: String?
    /// Military, economic or political.
    public var kind: OrganizationKind?
    /// When it was founded.
    public var founded: Located<ReportDate>?
    /// When it ceased to exist.
    public var dissolved: Located<ReportDate>?
    /// Membership rows, a country possibly appearing in several.
    public var members: [Membership]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case abbr, kind, founded, dissolved, members
    }

    public static let fieldNames = CodingKeys.allCases.map(\.rawValue)
    public static let itemFieldNames = ["members": Membership.CodingKeys.allCases.map(\.rawValue)]

    public init(from decoder: any Decoder) throws {
        common = try CommonFields(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        abbr = try container.decodeIfPresent(String.self, forKey: .abbr)
        kind = try container.decodeIfPresent(OrganizationKind.self, forKey: .kind)
        founded = try container.decodeIfPresent(Located<ReportDate>.self, forKey: .founded)
        dissolved = try container.decodeIfPresent(Located<ReportDate>.self, forKey: .dissolved)
        members = try container.decodeIfPresent([Membership].self, forKey: .members) ?? []
    }
}

/// One period of one country's standing in an organization.
public struct Membership: Decodable, Sendable, Equatable {
    /// The country's slug, where it is written.
    public var country: Located<String>
    /// Member, associate, observer, suspended or former.
    public var status: MembershipStatus
    /// When this standing began.
    public var from: Located<ReportDate>?
    /// When it ended; absent while it lasts.
    public var to: Located<ReportDate>?
    /// A short remark shown beside the row.
    public var note: String?

    enum CodingKeys: String, CodingKey, CaseIterable { case country, status, from, to, note }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        country = try container.decode(Located<String>.self, forKey: .country)
        status = try container.decodeIfPresent(MembershipStatus.self, forKey: .status) ?? .member
        from = try container.decodeIfPresent(Located<ReportDate>.self, forKey: .from)
        to = try container.decodeIfPresent(Located<ReportDate>.self, forKey: .to)
        note = try container.decodeIfPresent(String.self, forKey: .note)
    }

    /// Whether this row holds on `date`: begun by then and not yet ended.
    public func isCurrent(on date: ReportDate) -> Bool {
        (from.map { $0.value <= date } ?? true) && (to.map { date < $0.value } ?? true)
    }
}

extension ContentKind {
    /// Organizations: `Content/organizations/<slug>.md`.
    public static let organization = ContentKind(id: "organization", folder: "organizations", scheme: "org", urlFolder: "organizations/")
}

extension ContentSet {
    /// The organizations.
    public var organizations: [Document<OrganizationFrontMatter>] {
        get { documents(.organization) }
        set { setDocuments(newValue, for: .organization) }
    }
}

extension OrganizationFrontMatter {
    public static func archetype(slug: String) -> String {
        let title = Archetype.titleCase(slug)
        return """
        ---
        title: \(title)
        abbr:               # the short name, e.g. CSTO
        summary:
        kind:               # \(Archetype.words(OrganizationKind.self))
        founded:            # YYYY, YYYY-MM or YYYY-MM-DD
        dissolved:          # leave empty while it exists
        members: []         # - {country: <country slug>, status: member, from: YYYY-MM-DD, to: YYYY-MM-DD, note: …}
                            #   status: \(Archetype.words(MembershipStatus.self))
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
