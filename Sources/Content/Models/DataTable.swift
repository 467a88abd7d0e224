import Diagnostics

/// A table from `Content/data/<name>.yaml` or `.csv`.
public struct DataTable: Sendable, Equatable {
    /// The file name without extension, used as `data: <name>`.
    public var name: String
    /// The path relative to the report folder.
    public var file: String
    /// The file's extension, `yaml` or `csv`, for the published copy.
    public var format: String
    /// A caption for tables rendered from it.
    public var caption: String?
    /// Where the figures come from.
    public var source: String?
    /// The columns, in order.
    public var columns: [DataColumn]
    /// The records, each a cell text by column key.
    public var rows: [[String: String]]
    /// Where each row starts.
    public var rowLocations: [SourceLocation]
    /// The file as written, published beside the site for download.
    public var rawText: String

    /// The column with `key`, if there is one.
    public func column(_ key: String) -> DataColumn? { columns.first { $0.key == key } }
}

/// One column of a data table.
public struct DataColumn: Sendable, Equatable, Decodable {
    /// The key rows use.
    public var key: String
    /// The header shown to readers.
    public var label: String
    /// `left` or `right` (numbers).
    public var align: String

    /// Creates a column; the label defaults to the key.
    public init(key: String, label: String? = nil, align: String? = nil) {
        self.key = key
        self.label = label ?? key
        self.align = align ?? "left"
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case key, label, align }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(key: try container.decode(String.self, forKey: .key),
                  label: try container.decodeIfPresent(String.self, forKey: .label),
                  align: try container.decodeIfPresent(ColumnAlignment.self, forKey: .align)?.rawValue)
    }
}
