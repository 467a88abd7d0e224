import Site
import Templates

/// Which pages the search covers (all but the search page itself, the not-found page, the
/// one-page report, which repeats them all, and `/changes/`, which repeats the old and the new words
/// of every changed page), and the search page's list of them.
enum SearchCoverage {
    /// Pages left out of the index.
    static let unindexed: Set<Route> = [.search, .notFound, .report, ChangesPage.route]

    /// The pages the search covers.
    static func indexedPages(of graph: ReportGraph, strings: Strings) -> [PagePlan] {
        indexed(PageCatalog.pages(of: graph, strings: strings))
    }

    /// The pages among `plans` the search covers.
    static func indexed(_ plans: [PagePlan]) -> [PagePlan] {
        plans.filter { !unindexed.contains($0.route) }
    }

    /// The search page's view: every indexed page by title, which is what a reader without JavaScript gets.
    static func view(of graph: ReportGraph, linker: Linker) -> SearchView {
        let pages = indexedPages(of: graph, strings: linker.strings).sorted { $0.title < $1.title }
            .map { LinkView(title: $0.title, url: linker.url($0.route), note: $0.summary) }
        return SearchView(pages: pages, linker: linker, index: SearchIndex.file, script: "assets/search.js")
    }
}
