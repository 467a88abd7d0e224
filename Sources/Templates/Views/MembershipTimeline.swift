import Content
import Site
import Visuals

/// The membership timelines: the whole report's on the memberships page (a heading per
/// organization, a row per country), a country's own (a row per organization) and an
/// organization's members (a row per country), each with the report date marked.
///
/// They draw the same rows as the membership tables and list beside them, which stay the text
/// alternative for screen readers and print. Every word comes from the theme's strings.
enum MembershipTimeline {
    /// Every membership of the report, grouped by organization.
    static func all(graph: ReportGraph, linker: Linker) -> String {
        let groups = graph.organizationsByName.map { organization in
            Timeline.Group(heading: graph.title(of: EntityRef(.organization, organization.slug)),
                           rows: rows(of: organization.meta.members, in: organization.slug, graph: graph, words: linker.strings))
        }.filter { !$0.rows.isEmpty }
        return timeline(title: linker.strings[.timelineAllTitle], groups: groups, graph: graph, words: linker.strings)
    }

    /// `country`'s memberships, a row per organization; nil when it has none.
    static func country(_ country: String, graph: ReportGraph, linker: Linker) -> String? {
        let words = linker.strings
        let byOrganization = Dictionary(grouping: graph.membershipsByCountry[country] ?? [], by: \.organization)
        let name = graph.title(of: EntityRef(.country, country))
        let rows = graph.organizationsByName.compactMap { organization -> Timeline.Row? in
            guard let memberships = byOrganization[organization.slug] else { return nil }
            let title = graph.title(of: EntityRef(.organization, organization.slug))
            let periods = memberships.compactMap {
                period($0.membership, country: name, organization: title, founded: organization.meta.founded?.value, words: words)
            }
            return periods.isEmpty ? nil : Timeline.Row(label: title, periods: periods)
        }
        guard !rows.isEmpty else { return nil }
        return timeline(title: words[.timelineCountryTitle, ["name": name]], groups: [Timeline.Group(heading: nil, rows: rows)],
                        graph: graph, words: words)
    }

    /// `organization`'s members over time, a row per country; nil when it has none.
    static func organization(_ organization: String, graph: ReportGraph, linker: Linker) -> String? {
        let words = linker.strings
        let members = graph.organizations[organization]?.meta.members ?? []
        let rows = rows(of: members, in: organization, graph: graph, words: words)
        guard !rows.isEmpty else { return nil }
        let title = graph.title(of: EntityRef(.organization, organization))
        return timeline(title: words[.timelineOrganizationTitle, ["name": title]], groups: [Timeline.Group(heading: nil, rows: rows)],
                        graph: graph, words: words)
    }

    /// A row per country of `members`, in the order the countries first appear.
    private static func rows(of members: [Membership], in organization: String, graph: ReportGraph, words: Strings) -> [Timeline.Row] {
        let title = graph.title(of: EntityRef(.organization, organization))
        let founded = graph.organizations[organization]?.meta.founded?.value
        var order: [String] = []
        var periods: [String: [Timeline.Period]] = [:]
        for membership in members where graph.countries[membership.country.value] != nil {
            let country = membership.country.value
            let name = graph.title(of: EntityRef(.country, country))
            guard let period = period(membership, country: name, organization: title, founded: founded, words: words) else { continue }
            if periods[country] == nil { order.append(country) }
            periods[country, default: []].append(period)
        }
        return order.map { Timeline.Row(label: graph.title(of: EntityRef(.country, $0)), periods: periods[$0] ?? []) }
    }

    /// The bar of `membership`; one without a start begins when the organization was founded, and
    /// is left out when that is not known either.
    private static func period(_ membership: Membership, country: String, organization: String, founded: ReportDate?,
                               words: Strings) -> Timeline.Period? {
        guard let from = membership.from?.value ?? founded else { return nil }
        let to = membership.to?.value
        let status = words.word(membership.status)
        return Timeline.Period(start: year(from), end: to.map(year), category: membership.status.rawValue,
                               text: words[.timelinePeriod, ["country": country, "status": status, "organization": organization,
                                                             "from": words.date(from), "to": to.map(words.date) ?? ""]])
    }

    private static func timeline(title: String, groups: [Timeline.Group], graph: ReportGraph, words: Strings) -> String {
        let asOf = words.date(graph.asOf)
        return Timeline(
            id: "membership-timeline", title: title, description: words[.timelineDescription, ["date": asOf]],
            categories: MembershipStatus.allCases.map { Category(key: $0.rawValue, label: words.word($0)) },
            legendTitle: words[.visualLegendStatus], groups: groups,
            marker: Timeline.Marker(at: year(graph.asOf), label: words[.visualReportDate, ["date": asOf]])
        ).svg()
    }

    /// A date as a year with a fraction, at the start of the period it names (`2006-03` is 2006 + 2/12).
    static func year(_ date: ReportDate) -> Double {
        Double(date.year) + Double((date.month ?? 1) - 1) / 12 + Double((date.day ?? 1) - 1) / 365
    }
}
