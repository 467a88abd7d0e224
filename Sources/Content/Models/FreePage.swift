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

extension ContentKind {
    /// Free pages: `Content/pages/<slug>.md`.
    public static let page = ContentKind(id: "page", folder: "pages", scheme: "page", urlFolder: "")
}

extension ContentSet {
    /// The free pages.
    public var pages: [Document<PageFrontMatter>] {
        get { documents(.page) }
        set { setDocuments(newValue, for: .page) }
    }
}

extension PageFrontMatter {
    public static func archetype(slug: String) -> String {
        let title = Archetype.titleCase(slug)
        return """
        ---
        title: \(title)
        summary:
        order:              # position in the navigation, lower first
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
