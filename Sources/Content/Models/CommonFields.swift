/// The front-matter fields every Markdown file may have.
public struct CommonFields: Decodable, Sendable, Equatable {
    /// The page title; required everywhere except relations.
    public var title: String?
    /// One or two sentences for indexes and meta descriptions.
    public var summary: String?
    /// Left out of builds unless drafts are asked for.
    public var draft: Bool
    /// When the page was last revised.
    public var updated: ReportDate?
    /// The references behind the page.
    public var sources: [SourceReference]
    /// The judgments the page states, in the order written.
    public var judgments: [Judgment]
    /// What the page got wrong and since put right, oldest first.
    public var corrections: [Correction]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case title, summary, draft, updated, sources, judgments, corrections
    }

    /// The field names, for unknown-field checks.
    public static let fieldNames = CodingKeys.allCases.map(\.rawValue)
    /// The fields of the items of list fields, for unknown-field checks.
    public static let itemFieldNames = ["sources": SourceReference.fieldNames, "judgments": Judgment.fieldNames,
                                        "corrections": Correction.CodingKeys.allCases.map(\.rawValue)]

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        summary = try container.decodeIfPresent(String.self, forKey: .summary)
        draft = try container.decodeIfPresent(Bool.self, forKey: .draft) ?? false
        updated = try container.decodeIfPresent(ReportDate.self, forKey: .updated)
        sources = try container.decodeIfPresent([SourceReference].self, forKey: .sources) ?? []
        judgments = try container.decodeIfPresent([Judgment].self, forKey: .judgments) ?? []
        corrections = (try container.decodeIfPresent([Correction].self, forKey: .corrections) ?? []).sorted { $0.date < $1.date }
    }
}

/// The front matter of one kind of content: its own fields next to the common ones.
public protocol FrontMatter: Decodable, Sendable {
    /// The fields this kind adds to `CommonFields`, for unknown-field checks.
    static var fieldNames: [String] { get }
    /// For list fields whose items are mappings, the items' field names, for unknown-field checks.
    static var itemFieldNames: [String: [String]] { get }
    /// Whether `title` must be given.
    static var requiresTitle: Bool { get }
    /// The common fields.
    var common: CommonFields { get }
    /// The entities the front matter names by slug, checked and indexed both ways by the report graph.
    var references: [ReferenceField] { get }
    /// The text of a new file of this kind named `slug` (`dossier new`): every field, empty or with a
    /// harmless default, each with a comment saying what it takes, as a draft that passes `check`.
    static func archetype(slug: String) -> String
}

extension FrontMatter {
    public static var requiresTitle: Bool { true }
    public static var itemFieldNames: [String: [String]] { [:] }
    public var references: [ReferenceField] { [] }
}

/// A front-matter field that names entities by slug, such as an event's `involves`.
public struct ReferenceField: Sendable {
    /// The field's name, for messages.
    public var field: String
    /// The slugs, where they are written.
    public var slugs: [Located<String>]
    /// The kinds they may name, the first that has the slug winning.
    public var kinds: [ContentKind]

    /// A field naming entities of `kinds`.
    public init(_ field: String, _ slugs: [Located<String>], kinds: [ContentKind]) {
        self.field = field
        self.slugs = slugs
        self.kinds = kinds
    }
}
