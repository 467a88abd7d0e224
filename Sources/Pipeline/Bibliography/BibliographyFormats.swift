import Content
import Foundation

/// The bibliography in the three formats reference managers import: BibTeX, RIS and CSL-JSON.
enum BibliographyFormats {
    /// The exports' file names below the site root, with their formats.
    static let bibTeXFile = "sources.bib"
    static let risFile = "sources.ris"
    static let cslJSONFile = "sources.json"

    /// What the exports are made from: each entry's key and its source, every field of it. Kept
    /// apart from the report's other content so a preview rebuild after an edit that cites nothing
    /// new reuses them (making them again was a third of such a rebuild).
    static func key(of bibliography: Bibliography) -> Int {
        var hasher = Hasher()
        for entry in bibliography.entries {
            hasher.combine(entry.key)
            hasher.combine(entry.source)
        }
        return hasher.finalize()
    }

    /// `sources.bib`: one entry per source, keyed by the entry's key.
    static func bibTeX(_ bibliography: Bibliography) -> String {
        bibliography.entries.map { entry in
            let source = entry.source
            let type: String
            var fields: [(String, String)] = [("title", "{\(bibEscape(source.title))}")]
            if let author = source.author { fields.append(("author", "{{\(bibEscape(author))}}")) }
            switch source.effectiveKind {
            case .news, .article:
                type = "article"
                if let publisher = source.publisher { fields.append(("journal", "{\(bibEscape(publisher))}")) }
            case .book:
                type = "book"
                if let publisher = source.publisher { fields.append(("publisher", "{\(bibEscape(publisher))}")) }
            case .report:
                type = "techreport"
                if let publisher = source.publisher { fields.append(("institution", "{\(bibEscape(publisher))}")) }
            case .treaty, .dataset, .speech, .document, .web:
                type = "misc"
                if let publisher = source.publisher { fields.append(("howpublished", "{\(bibEscape(publisher))}")) }
            }
            if let date = source.date { fields += dateFields(date) }
            if let url = source.url { fields.append(("url", "{\(bibURL(url))}")) }
            if let accessed = source.accessed { fields.append(("urldate", "{\(accessed.description)}")) }
            let body = fields.map { "  \($0.0) = \($0.1)" }.joined(separator: ",\n")
            return "@\(type){\(entry.key),\n\(body)\n}\n"
        }.joined(separator: "\n")
    }

    /// The BibTeX fields of a date: `year`, `month` (as its macro) when known, and biblatex's `date`.
    static func dateFields(_ date: ReportDate) -> [(String, String)] {
        var fields = [("year", "{\(date.year)}")]
        if let month = date.month { fields.append(("month", monthMacros[month - 1])) }
        fields.append(("date", "{\(date.description)}"))
        return fields
    }

    /// A web address for a braced BibTeX value: its braces percent-encoded, so the value stays balanced.
    static func bibURL(_ url: String) -> String {
        url.replacingOccurrences(of: "{", with: "%7B").replacingOccurrences(of: "}", with: "%7D")
    }

    private static let monthMacros = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// Text for a braced BibTeX value: LaTeX's special characters escaped, braces dropped so every
    /// value stays balanced.
    static func bibEscape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\\": escaped += "\\textbackslash{}"
            case "{", "}": continue
            case "&", "%", "$", "#", "_": escaped += "\\\(character)"
            case "~": escaped += "\\textasciitilde{}"
            case "^": escaped += "\\textasciicircum{}"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// `sources.ris`: one record per source, lines ending in CR LF as the format asks.
    static func ris(_ bibliography: Bibliography) -> String {
        bibliography.entries.map { entry in
            let source = entry.source
            var lines = [("TY", risTypes[source.effectiveKind] ?? "GEN"), ("ID", entry.key), ("TI", source.title)]
            if let author = source.author { lines.append(("AU", author)) }
            if let publisher = source.publisher {
                lines.append([.news, .article].contains(source.effectiveKind) ? ("T2", publisher) : ("PB", publisher))
            }
            if let date = source.date {
                lines.append(("PY", String(date.year)))
                lines.append(("DA", risDate(date)))
            }
            if let url = source.url { lines.append(("UR", url)) }
            if let accessed = source.accessed { lines.append(("Y2", risDate(accessed))) }
            lines.append(("ER", ""))
            return lines.map { "\($0.0)  - \($0.1.replacingOccurrences(of: "\n", with: " "))" }.joined(separator: "\r\n") + "\r\n"
        }.joined(separator: "\r\n")
    }

    private static let risTypes: [SourceKind: String] = [
        .news: "NEWS", .report: "RPRT", .treaty: "LEGAL", .dataset: "DATA", .book: "BOOK", .article: "JOUR",
        .speech: "GEN", .document: "GEN", .web: "ELEC",
    ]

    /// RIS's `YYYY/MM/DD/` form, with the parts not known left empty.
    static func risDate(_ date: ReportDate) -> String {
        "\(String(format: "%04d", date.year))/\(date.month.map { String(format: "%02d", $0) } ?? "")/\(date.day.map { String(format: "%02d", $0) } ?? "")/"
    }

    /// `sources.json`: a CSL-JSON array of items.
    static func cslJSON(_ bibliography: Bibliography) -> String {
        let items: [[String: Any]] = bibliography.entries.map { entry in
            let source = entry.source
            var item: [String: Any] = ["id": entry.key, "type": cslTypes[source.effectiveKind] ?? "article", "title": source.title]
            if let author = source.author { item["author"] = [["literal": author]] }
            if let publisher = source.publisher {
                item[[.news, .article].contains(source.effectiveKind) ? "container-title" : "publisher"] = publisher
            }
            if let date = source.date { item["issued"] = cslDate(date) }
            if let accessed = source.accessed { item["accessed"] = cslDate(accessed) }
            if let url = source.url { item["URL"] = url }
            return item
        }
        let data = (try? JSONSerialization.data(withJSONObject: items, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static let cslTypes: [SourceKind: String] = [
        .news: "article-newspaper", .report: "report", .treaty: "treaty", .dataset: "dataset", .book: "book",
        .article: "article-journal", .speech: "speech", .document: "article", .web: "webpage",
    ]

    private static func cslDate(_ date: ReportDate) -> [String: Any] {
        ["date-parts": [[date.year] + [date.month, date.day].compactMap { $0 }]]
    }
}
