import Content
import Site
import Templates

/// A page that states judgments: where it is, its title, and its judgments in the order written.
struct JudgedPage {
    var route: Route
    var title: String
    var judgments: [Judgment]
}

/// The report's key judgments: every judgment marked `key`, in the report's reading order (the
/// overview, then each kind's pages as the one-page report has them), for the box at the top of
/// the overview and at the start of `/report/`.
enum KeyJudgments {
    /// Every page with judgments, in reading order.
    static func pages(of graph: ReportGraph) -> [JudgedPage] {
        let overview = graph.content.overview.map {
            JudgedPage(route: .home, title: $0.meta.common.title ?? graph.content.site.title, judgments: $0.meta.common.judgments)
        }
        return ((overview.map { [$0] } ?? []) + PageKinds.all.flatMap { $0.judgedPages(of: graph) }).filter { !$0.judgments.isEmpty }
    }

    /// The key judgments, each linking to the judgment on its page at the address `link` gives for
    /// the page's route and the judgment's id there.
    static func views(of graph: ReportGraph, strings: Strings, link: (Route, String) -> String) -> [KeyJudgmentView] {
        pages(of: graph).flatMap { page in
            page.judgments.enumerated().filter { $0.element.key }.map { index, judgment in
                KeyJudgmentView(judgment: JudgmentView(judgment, index: index + 1, notes: [], strings: strings),
                                page: LinkView(title: page.title, url: link(page.route, JudgmentView.id(index + 1))))
            }
        }
    }
}
