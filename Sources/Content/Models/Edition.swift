import Diagnostics

/// The edition a report is, from `site.yaml`'s `edition`: a line naming it ("Second edition"), or a
/// mapping `{id, date, title}`. Its id and date default to the report date.
public struct Edition: Sendable, Equatable {
    /// The name `dossier diff` and the feed use: `2006-03`.
    public var id: String
    /// The day the edition speaks for.
    public var date: ReportDate
    /// What readers call it ("Second edition"), on the PDF's cover and on `/changes/`.
    public var title: String?

    /// An edition named `id`, as of `date`.
    public init(id: String, date: ReportDate, title: String?) {
        self.id = id
        self.date = date
        self.title = title
    }

    /// The title, or else the id.
    public var name: String { title ?? id }
}

/// `site.yaml`'s `edition` as written: a line, or `{id, date, title}`.
struct EditionField: Decodable {
    var id: String?
    var date: ReportDate?
    var title: String?

    enum CodingKeys: String, CodingKey, CaseIterable { case id, date, title }

    init(from decoder: any Decoder) throws {
        if (try? decoder.singleValueContainer().decode(String.self)) != nil {
            title = try Line(from: decoder).text
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(EditionID.self, forKey: .id)?.text
        date = try container.decodeIfPresent(ReportDate.self, forKey: .date)
        title = try container.decodeIfPresent(Line.self, forKey: .title)?.text
    }
}

/// An earlier edition, from `site.yaml`'s `editions`: `{id, date, title, ref}`, where `ref` names the
/// commit of the report's own git repository that holds that edition's `Content/`.
public struct EarlierEdition: Decodable, Sendable, Equatable {
    /// Its edition.
    public var edition: Edition
    /// The commit (a full commit id; a tag or branch also works where the clone has it), where it is written.
    public var ref: Located<String>

    enum CodingKeys: String, CodingKey, CaseIterable { case id, date, title, ref }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = try container.decode(EditionID.self, forKey: .id).text
        let date = try container.decode(ReportDate.self, forKey: .date)
        edition = Edition(id: id, date: date, title: try container.decodeIfPresent(Line.self, forKey: .title)?.text)
        ref = try container.decode(Located<Line>.self, forKey: .ref).map(\.text)
    }
}

/// An edition's id: one line of letters, digits, `-`, `.` or `_`, since it becomes part of an anchor and a feed id.
struct EditionID: Decodable {
    var text: String

    init(from decoder: any Decoder) throws {
        text = try Line(from: decoder).text
        guard text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-._".contains($0)) }) else {
            throw decoder.invalidValue("'\(text)' is not an edition id", code: .invalidValue,
                                       hint: "use letters, digits, '-', '.' or '_', such as 2006-03")
        }
    }
}

extension Located {
    /// The same place with a value made from this one.
    func map<Other>(_ transform: (Value) -> Other) -> Located<Other> {
        Located<Other>(transform(value), at: location)
    }
}
