import Content
import Site
import Visuals

/// The scenario board on the scenarios page: every scenario with a likelihood and a horizon,
/// placed on the ICD 203 scale (each band with its probability range) over the years of its
/// horizon, the report date marked.
///
/// The scenarios table on the same page gives the same likelihoods and horizons, as the text
/// alternative and with the links.
enum ScenarioChart {
    /// The board, or nil when no scenario has both a likelihood and a horizon with a year in it.
    static func board(graph: ReportGraph, linker: Linker) -> String? {
        let words = linker.strings
        let placed = graph.content.scenarios.sorted { $0.slug < $1.slug }.compactMap { scenario -> ScenarioBoard.Scenario? in
            guard let likelihood = scenario.meta.likelihood, let horizon = scenario.meta.horizon,
                  let years = years(in: horizon), let band = Likelihood.allCases.firstIndex(of: likelihood) else { return nil }
            let title = graph.title(of: EntityRef(.scenario, scenario.slug))
            return ScenarioBoard.Scenario(label: title, band: band, from: years.from, through: years.through,
                                          text: words[.scenarioBoardItem, ["title": title, "likelihood": words.word(likelihood),
                                                                           "band": likelihood.band, "horizon": horizon]])
        }
        guard !placed.isEmpty else { return nil }
        let asOf = words.date(graph.asOf)
        return ScenarioBoard(
            id: "scenario-board", title: words[.scenarioBoardTitle],
            description: words[.scenarioBoardDescription, ["date": asOf]],
            bands: Likelihood.allCases.map { ScenarioBoard.Band(label: words.word($0), range: $0.band) },
            scenarios: placed,
            marker: Timeline.Marker(at: MembershipTimeline.year(graph.asOf), label: words[.visualReportDate, ["date": asOf]])
        ).svg()
    }

    /// The first and last year a horizon names (`2006–2010`, `2008`, `to 2015`), or nil when it names none.
    static func years(in horizon: String) -> (from: Int, through: Int)? {
        let years = horizon.matches(of: /\d{4}/).compactMap { Int($0.output) }
        guard let first = years.first, let last = years.last else { return nil }
        return (min(first, last), max(first, last))
    }
}
