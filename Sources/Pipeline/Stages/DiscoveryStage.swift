import Diagnostics
import Content
import Foundation
import Site
import Templates
import Editions

/// Writes what hosts, crawlers and feed readers look for: `sitemap.xml`, `feed.xml` and `robots.txt`.
/// The sitemap and the feed need absolute addresses, so they are left out, with a warning, when
/// neither `site.yaml` nor `--base-url` gives `base_url`.
public struct DiscoveryStage: BuildStage {
    public let name = "discovery"

    /// Pages that are no destination of their own: the not-found page and the search page.
    static let unlisted: Set<Route> = [.notFound, .search]

    public let reads: [any Sendable.Type] = [PageBodies.self]

    public init() {}

    public func run(_ context: inout BuildContext) {
        guard !context.failed else { return }
        let graph = context.graph
        let site = graph.content.site
        guard WebAddress.isAbsolute(site.baseURL) else {
            context.diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: "Content/site.yaml", line: 1, column: 1), code: .missingBaseURL,
                "site.yaml gives no base_url, so sitemap.xml and feed.xml, which need absolute addresses, are left out",
                hint: "add base_url: https://host/path/ to site.yaml, or build with --base-url"))
            context.files["robots.txt"] = Data("User-agent: *\nAllow: /\n".utf8)
            return
        }
        let bodies = context[PageBodies.self].bodies
        let listed = context.plans
        let editions = context.theme.map { Self.editionEntries(context.editions, strings: $0.strings) } ?? []
        var key = Hasher()
        key.combine(context.publishingKey)
        for edition in editions { key.combine(edition.summary); key.combine(edition.title) }
        let files = context.cache.memo("discovery", key: key.finalize()) { () -> [String: Data] in
            let plans = listed.filter { !Self.unlisted.contains($0.route) }
            return [Sitemap.file: Sitemap.xml(of: plans, baseURL: site.baseURL),
                    AtomFeed.file: AtomFeed.xml(of: plans, bodies: bodies, site: site, editions: editions),
                    "robots.txt": Data("User-agent: *\nAllow: /\n\nSitemap: \(site.baseURL)\(Sitemap.file)\n".utf8)]
        }
        context.files.merge(files) { _, new in new }
    }

    /// One feed entry per edition, oldest first: the first edition, then each with its summary of changes.
    static func editionEntries(_ record: EditionRecord?, strings: Strings) -> [EditionEntry] {
        guard let record, let first = record.comparisons.first else { return [] }
        func entry(_ edition: EditionLabel, summary: String) -> EditionEntry {
            EditionEntry(title: EditionChangesView.name(edition, strings: strings), date: ReportDate(edition.date) ?? record.first.date,
                         summary: summary, path: ChangesPage.route.path + "#" + EditionChangesView.anchor(edition))
        }
        return [entry(first.from, summary: strings[.changesFirst])]
            + record.comparisons.map { entry($0.to, summary: ChangeSummary.text($0, strings: strings)) }
    }
}
