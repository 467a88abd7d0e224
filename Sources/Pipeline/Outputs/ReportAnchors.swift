import Content
import Site

/// Where each page of the site sits on the one-page report, and how a page's HTML is rewritten to
/// live there: its ids made unique on the report, its links to other report pages turned into anchors.
struct ReportAnchors {
    /// The anchor of each page included in the report (and of each index, pointing at its section), by output file.
    private var anchors: [String: String] = [:]
    /// The path of the site below its host, for absolute links.
    var sitePath = "/"

    /// Records that `route` is shown on the report at `anchor`.
    mutating func place(_ route: Route, at anchor: String) {
        anchors[route.outputFile] = anchor
    }

    /// The anchor of a page on the report.
    func anchor(of route: Route) -> String? { anchors[route.outputFile] }

    /// What the placements hash to: a page's rewritten HTML depends on them.
    var key: Int {
        var hasher = Hasher()
        hasher.combine(sitePath)
        for (file, anchor) in anchors.sorted(by: { $0.key < $1.key }) {
            hasher.combine(file)
            hasher.combine(anchor)
        }
        return hasher.finalize()
    }

    /// The anchor of an entity page: `country-belarus`, `relation-russia--ukraine`.
    static func anchor(_ kind: ContentKind, _ slug: String) -> String { "\(kind.id)-\(slug)" }

    /// The HTML of a page's body (`route`'s), rewritten for the report: each id gets the entry's
    /// anchor as a prefix, and so does every id an `aria-labelledby` or `aria-describedby` names (or
    /// it would name nothing on the report); a link to a page on the report becomes `#anchor` (or
    /// `#anchor--id`); any other link within the site is made relative to the report page.
    func rewrite(_ html: String, from route: Route) -> String {
        guard let prefix = anchor(of: route) else { return html }
        let report = Route.report.outputFile
        return HTMLAttributes.rewrite(html, attributes: ["id", "aria-labelledby", "aria-describedby", "href", "src"]) { name, value in
            if name == "id" { return "\(prefix)--\(value)" }
            if name.hasPrefix("aria-") {
                return value.split(separator: " ").map { "\(prefix)--\($0)" }.joined(separator: " ")
            }
            if value.hasPrefix("#") { return "#\(prefix)--\(value.dropFirst())" }
            guard let target = SiteReference(value, in: route.outputFile, sitePath: sitePath) else { return nil }
            if name == "href", let anchor = anchors[target.file] {
                return "#" + anchor + (target.fragment.map { "--" + $0 } ?? "")
            }
            return target.relative(from: report)
        }
    }
}
