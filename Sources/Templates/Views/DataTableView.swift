import Content
import Site

/// A data table rendered from `Content/data/`, with slug cells turned into links.
public struct DataTableView: ViewModel {
    public var caption: String?
    public var source: String?
    public var download: String
    public var columns: [DataColumnView]
    public var rows: [DataRowView]

    public static let fields: [String: any PartialKeyPath<DataTableView> & Sendable] = [
        "caption": \.caption, "source": \.source, "download": \.download, "columns": \.columns, "rows": \.rows,
    ]

    /// The table's given columns (all when nil), with an optional caption that replaces the file's.
    public init(_ table: DataTable, columns keys: [String]?, caption: String?, graph: ReportGraph, linker: Linker) {
        let chosen = keys.map { $0.compactMap(table.column) } ?? table.columns
        self.caption = caption ?? table.caption
        source = table.source
        download = linker.url(file: Route.dataFile(table.name, format: table.format))
        columns = chosen.map { DataColumnView(label: $0.label, align: $0.align) }
        rows = table.rows.map { row in
            DataRowView(cells: chosen.enumerated().map { index, column in
                let text = row[column.key] ?? ""
                let ref = Self.entity(column: column.key, value: text, graph: graph)
                return DataCellView(text: ref.map(graph.title(of:)) ?? text, url: ref.map(linker.url), align: column.align,
                                    header: index == 0)
            })
        }
    }

    /// A `country` or `org` cell holding a known slug names that entity.
    static func entity(column: String, value: String, graph: ReportGraph) -> EntityRef? {
        switch column {
        case "country" where graph.countries[value] != nil: EntityRef(.country, value)
        case "org", "organization": graph.organizations[value] != nil ? EntityRef(.organization, value) : nil
        default: nil
        }
    }
}

/// A column header.
public struct DataColumnView: ViewModel {
    public var label: String
    public var align: String

    public static let fields: [String: any PartialKeyPath<DataColumnView> & Sendable] = ["label": \.label, "align": \.align]
}

/// A row of cells.
public struct DataRowView: ViewModel {
    public var cells: [DataCellView]

    public static let fields: [String: any PartialKeyPath<DataRowView> & Sendable] = ["cells": \.cells]
}

/// A cell: its text, a link when it names an entity, and whether it heads its row.
public struct DataCellView: ViewModel {
    public var text: String
    public var url: String?
    public var align: String
    public var header: Bool

    public static let fields: [String: any PartialKeyPath<DataCellView> & Sendable] = [
        "text": \.text, "url": \.url, "align": \.align, "header": \.header,
    ]
}
