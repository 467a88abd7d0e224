import Diagnostics
import Foundation
import SwiftCSV
import Yams

/// Reads `Content/data/*.yaml` and `*.csv` into `DataTable`s.
enum DataTableReader {
    /// The table in `text`; warnings (unknown fields) are added to `warnings`.
    static func read(text: String, name: String, file: String, format: String, warnings: inout [Diagnostic]) throws(DiagnosticError) -> DataTable {
        switch format {
        case "csv": try readCSV(text: text, name: name, file: file)
        default: try readYAML(text: text, name: name, file: file, format: format, warnings: &warnings)
        }
    }

    private static func readYAML(text: String, name: String, file: String, format: String, warnings: inout [Diagnostic]) throws(DiagnosticError) -> DataTable {
        let document = try YAMLDocument(text, file: file)
        warnings += UnknownFields.check(document, known: DataFileHeader.CodingKeys.allCases.map(\.rawValue),
                                        items: ["columns": DataColumn.CodingKeys.allCases.map(\.rawValue)], in: "a data file")
        let header = try document.decode(DataFileHeader.self)
        var problems: [Diagnostic] = []
        var rows: [[String: String]] = []
        var locations: [SourceLocation] = []
        var keysInOrder: [String] = []
        for rowNode in document.root.mapping?["rows"]?.sequence ?? [] {
            guard let mapping = rowNode.mapping else {
                problems.append(Diagnostic(.error, at: document.location(of: rowNode), code: .wrongType,
                                           "each row of a data table should be a mapping of column keys to values"))
                continue
            }
            var row: [String: String] = [:]
            for (key, value) in mapping {
                let keyText = key.string ?? ""
                guard let scalar = value.scalar else {
                    problems.append(Diagnostic(.error, at: document.location(of: value), code: .wrongType,
                                               "cell '\(keyText)' should be a single value, not a list or mapping"))
                    continue
                }
                if !keysInOrder.contains(keyText) { keysInOrder.append(keyText) }
                row[keyText] = scalar.string
            }
            rows.append(row)
            locations.append(document.location(of: rowNode))
        }
        if document.root.mapping?["rows"] == nil {
            problems.append(Diagnostic(.error, at: document.location(of: document.root), code: .missingField,
                                       "missing required field 'rows'"))
        }
        guard problems.isEmpty else { throw DiagnosticError(problems) }
        return DataTable(name: name, file: file, format: format, caption: header.caption, source: header.source,
                         columns: header.columns ?? keysInOrder.map { DataColumn(key: $0) },
                         rows: rows, rowLocations: locations, rawText: text)
    }

    private static func readCSV(text: String, name: String, file: String) throws(DiagnosticError) -> DataTable {
        let csv: CSV<Enumerated>
        do {
            // Only the header here; the records are read once, as written, below.
            csv = try CSV<Enumerated>(string: text, delimiter: .comma, loadColumns: false, rowLimit: 0)
        } catch {
            throw DiagnosticError(Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1),
                                             code: .csvSyntax, "CSV: \(error)"))
        }
        let header = csv.header
        guard !header.isEmpty else {
            throw DiagnosticError(Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1),
                                             code: .csvSyntax, "the CSV file has no header row"))
        }
        let (lineStarts, unclosedQuote) = csvRecordLines(text)
        if let unclosedQuote {
            throw DiagnosticError(Diagnostic(.error, at: SourceLocation(file: file, line: unclosedQuote.line, column: unclosedQuote.column),
                                             code: .csvSyntax, "a quoted field opened here is never closed",
                                             hint: "add the closing '\"'; a quote inside a quoted field is written '\"\"'"))
        }
        var problems: [Diagnostic] = []
        var rows: [[String: String]] = []
        var locations: [SourceLocation] = []
        // The records as written: `csv.rows` pads short rows, which would hide a missing field.
        var records: [[String]] = []
        do {
            try csv.enumerateAsArray(startAt: 1, rowLimit: nil) { records.append($0) }
        } catch {
            throw DiagnosticError(Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1),
                                             code: .csvSyntax, "CSV: \(error)"))
        }
        for (index, fields) in records.enumerated() {
            let location = SourceLocation(file: file, line: index + 1 < lineStarts.count ? lineStarts[index + 1] : index + 2, column: 1)
            if fields.count != header.count {
                problems.append(Diagnostic(.error, at: location, code: .csvRowWidth,
                                           "this row has \(fields.count) fields but the header has \(header.count)"))
                continue
            }
            rows.append(Dictionary(uniqueKeysWithValues: zip(header, fields).map { ($0, $1) }))
            locations.append(location)
        }
        guard problems.isEmpty else { throw DiagnosticError(problems) }
        return DataTable(name: name, file: file, format: "csv", caption: nil, source: nil,
                         columns: header.map { DataColumn(key: $0) }, rows: rows, rowLocations: locations, rawText: text)
    }

    /// The line on which each CSV record starts, skipping newlines inside quoted fields and blank
    /// lines, and where a quote that is never closed opens (SwiftCSV reads the rest of the file into
    /// that field without a word). Scalars, not Characters: CRLF is one Character.
    private static func csvRecordLines(_ text: String) -> (starts: [Int], unclosedQuote: (line: Int, column: Int)?) {
        var starts: [Int] = []
        var line = 1, column = 0, quote: (line: Int, column: Int)?, atRecordStart = true
        for scalar in text.unicodeScalars {
            column += 1
            if atRecordStart, scalar != "\n", scalar != "\r" { starts.append(line); atRecordStart = false }
            if scalar == "\"" { quote = quote == nil ? (line, column) : nil }
            if scalar == "\n" {
                line += 1
                column = 0
                if quote == nil { atRecordStart = true }
            }
        }
        return (starts, quote)
    }
}

private struct DataFileHeader: Decodable {
    var caption: String?
    var source: String?
    var columns: [DataColumn]?

    // `rows` is read node by node above, to keep each cell's position.
    enum CodingKeys: String, CodingKey, CaseIterable { case caption, source, columns, rows }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        caption = try container.decodeIfPresent(String.self, forKey: .caption)
        source = try container.decodeIfPresent(String.self, forKey: .source)
        columns = try container.decodeIfPresent([DataColumn].self, forKey: .columns)
    }
}
