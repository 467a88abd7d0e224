/// A correction on record: what a page got wrong and since put right, shown on the page and on
/// `/changes/` (`corrections: [{date, text}]` in any page's front matter).
public struct Correction: Decodable, Sendable, Equatable, Hashable {
    /// When the correction was made.
    public var date: ReportDate
    /// What was wrong and what the page says now.
    public var text: String

    enum CodingKeys: String, CodingKey, CaseIterable { case date, text }

    /// A correction made on `date`.
    public init(date: ReportDate, text: String) {
        self.date = date
        self.text = text
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        date = try container.decode(ReportDate.self, forKey: .date)
        text = try container.decode(String.self, forKey: .text)
    }
}
