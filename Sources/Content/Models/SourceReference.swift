import Diagnostics

/// A reference listed under a page's `sources` or in `Content/sources.yaml`.
///
/// A source with an `id` can be cited in the text with a `cite:` link (`[RFE/RL](cite:rferl-2006-01-13)`);
/// one without is listed as background reading.
public struct SourceReference: Decodable, Sendable, Hashable {
    /// The name citations use, where it is written; nil for a source that is only listed.
    public var id: Located<String>?
    /// The work's title.
    public var title: String
    /// Who wrote it: a person or an institution.
    public var author: String?
    /// Who published it: the newspaper, agency, institute or publisher.
    public var publisher: String?
    /// What kind of work it is, for the bibliography's groups and the export formats.
    public var kind: SourceKind?
    /// Where to read it, if online.
    public var url: String?
    /// When it was published.
    public var date: ReportDate?
    /// When a web page was read: a page's reading date is not its publication date.
    public var accessed: ReportDate?

    enum CodingKeys: String, CodingKey, CaseIterable { case id, title, author, publisher, kind, url, date, accessed }

    /// The field names, for unknown-field checks.
    public static let fieldNames = CodingKeys.allCases.map(\.rawValue)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(Located<SourceID>.self, forKey: .id).map { Located($0.value.text, at: $0.location) }
        title = try container.decode(String.self, forKey: .title)
        author = try container.decodeIfPresent(String.self, forKey: .author)
        publisher = try container.decodeIfPresent(String.self, forKey: .publisher)
        kind = try container.decodeIfPresent(SourceKind.self, forKey: .kind)
        url = try container.decodeIfPresent(WebAddress.self, forKey: .url)?.text
        date = try container.decodeIfPresent(ReportDate.self, forKey: .date)
        accessed = try container.decodeIfPresent(ReportDate.self, forKey: .accessed)
    }

    /// A source made in code (tests, generated pages).
    public init(id: String? = nil, title: String, author: String? = nil, publisher: String? = nil, kind: SourceKind? = nil,
                url: String? = nil, date: ReportDate? = nil, accessed: ReportDate? = nil) {
        self.id = id.map { Located($0, at: SourceLocation(file: "", line: 1, column: 1)) }
        self.title = title
        self.author = author
        self.publisher = publisher
        self.kind = kind
        self.url = url
        self.date = date
        self.accessed = accessed
    }

    /// The kind, or `web` for an online source and `document` for any other that says none.
    public var effectiveKind: SourceKind { kind ?? (url == nil ? .document : .web) }
}

/// What kind of work a source is.
public enum SourceKind: String, Vocabulary {
    case news, report, treaty, dataset, book, article, speech, document, web
    public static let fieldDescription = "source kind"
    public static let wordsKey = "source.kind"
}

/// A source's `id`: lower-case letters, digits, and `-`, `.` or `_` between them, so it can stand in
/// a `cite:` link and a BibTeX key as written.
struct SourceID: Decodable {
    var text: String

    init(from decoder: any Decoder) throws {
        text = try decoder.singleValueContainer().decode(String.self)
        let allowed = text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || "-._".unicodeScalars.contains($0) }
        guard !text.isEmpty, allowed, let first = text.unicodeScalars.first, !"-._".unicodeScalars.contains(first) else {
            throw decoder.invalidValue("'\(text)' is not a source id", code: .invalidValue,
                                       hint: "use lower-case letters, digits and '-', such as 'rferl-2006-01-13'")
        }
    }
}

/// `Content/sources.yaml`: the sources any page may cite.
public struct SharedSources: Decodable, Sendable, Equatable {
    /// The sources, in the file's order.
    public var sources: [SourceReference]

    enum CodingKeys: String, CodingKey, CaseIterable { case sources }

    /// The file's place in a report.
    public static let file = "Content/sources.yaml"
    /// The field names, for unknown-field checks.
    public static let fieldNames = CodingKeys.allCases.map(\.rawValue)
    /// The fields of each source.
    public static let itemFieldNames = ["sources": SourceReference.fieldNames]

    public init(from decoder: any Decoder) throws {
        sources = try decoder.container(keyedBy: CodingKeys.self).decodeIfPresent([SourceReference].self, forKey: .sources) ?? []
    }

    /// No shared sources.
    public init() { sources = [] }
}
