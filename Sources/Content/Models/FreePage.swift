/// A free page (`pages/<slug>.md`) or the overview (`index.md`).
public struct PageFrontMatter: FrontMatter, Equatable {
    public var common: CommonFields
    /// Position in the navigation; lower first.
    public var order: Int?

    enum CodingKeys: String, CodingKey, CaseIterable { case order }

    public static let fieldNames = CodingKeys.allCases.map(\.rawValue)

    public init(from decoder: any Decoder) throws {
        common = try CommonFields(from: decoder)
        order = try decoder.container(keyedBy: CodingKeys.self).decodeIfPresent(Int.self, forKey: .order)
    }
}
