import Content
import Foundation
import Site
import Templates

/// Makes the bibliography once the pages' bodies say what they cite: the `/sources/` page's view and
/// the `sources.bib`, `sources.ris` and `sources.json` exports.
public struct BibliographyStage: BuildStage {
    public let name = "bibliography"

    public let reads: [any Sendable.Type] = [PageBodies.self]

    public init() {}

    public func run(_ context: inout BuildContext) {
        guard let page = context.plans.firstIndex(where: { $0.route == .bibliography }) else { return }
        let graph = context.graph
        let bibliography = Bibliography(plans: context.plans, bodies: context[PageBodies.self].bodies, shared: graph.content.sharedSources)
        let titles = Dictionary(context.plans.map { ($0.route, $0.title) }, uniquingKeysWith: { first, _ in first })
        let asOf = graph.content.site.asOf
        context.plans[page].shownKey = bibliography.key
        context.plans[page].details = { _, linker in
            Self.view(of: bibliography, titles: titles, asOf: asOf, linker: linker)
        }
        let exports = context.cache.memo("bibliography", key: BibliographyFormats.key(of: bibliography)) {
            [BibliographyFormats.bibTeXFile: Data(BibliographyFormats.bibTeX(bibliography).utf8),
             BibliographyFormats.risFile: Data(BibliographyFormats.ris(bibliography).utf8),
             BibliographyFormats.cslJSONFile: Data(BibliographyFormats.cslJSON(bibliography).utf8)]
        }
        context.files.merge(exports) { _, new in new }
    }

    /// The page's view: the groups, each entry with links to the pages citing and listing it.
    static func view(of bibliography: Bibliography, titles: [Route: String], asOf: ReportDate, linker: Linker) -> BibliographyView {
        func links(_ routes: [Route]) -> [LinkView] { routes.map { LinkView(title: titles[$0] ?? $0.path, url: linker.url($0)) } }
        let groups = bibliography.groups.map { group in
            BibliographyGroupView(kind: group.kind, entries: group.entries.map { entry in
                BibliographyEntryView(key: entry.key, source: SourceView(entry.source, asOf: asOf, strings: linker.strings),
                                      citedOn: links(entry.citedOn), listedOn: links(entry.listedOn.filter { !entry.citedOn.contains($0) }))
            }, strings: linker.strings)
        }
        let exports = [("BibTeX", BibliographyFormats.bibTeXFile), ("RIS", BibliographyFormats.risFile),
                       ("CSL-JSON", BibliographyFormats.cslJSONFile)].map { LinkView(title: $0.0, url: linker.url(file: $0.1)) }
        return BibliographyView(groups: groups, exports: exports)
    }
}
