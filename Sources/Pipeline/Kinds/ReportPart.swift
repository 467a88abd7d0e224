import Site
import Templates

/// A part of the one-page report (`/report/`): a heading and the entries the page kind contributes.
struct ReportPart {
    /// The part's id on the report, and its name in `site.yaml`'s `sections`.
    var id: String
    var title: String
    /// The site's index of the section, whose links also land on the part.
    var index: Route?
    var entries: [ReportEntry]
}

/// One page's entry in the one-page report: its heading, summary and facts; its text follows.
struct ReportEntry {
    var route: Route
    var id: String
    var title: String
    var summary: String?
    var facts: [(label: String, value: String?)]
}

extension Array where Element == LinkView {
    /// The links' titles as one line of a fact, or nil when there are none.
    var titleList: String? {
        isEmpty ? nil : map(\.title).joined(separator: ", ")
    }
}
