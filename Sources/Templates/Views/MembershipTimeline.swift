import Content
import Site
import Visuals

/// The membership timelines: the whole report's on the memberships page (a heading per
/// organization, a row per country), a country's own (a row per organization) and an
/// organization's members (a row per country), each with the report date marked.
///
/// They draw the same rows as the membership tables beside them, which stay the text
/// alternative for screen readers and print.
enum MembershipTimeline {
    /// Every membership of the report, grouped by organization.
    static func all(graph: ReportGraph) -> String {
        let groups = graph.organizationsByName.map { organization in
            Timeline.Group(heading: graph.title(of: EntityRef(.organization, organization.slug)),
                           rows: rows(of: organization.meta.members, labelledBy: { countryTitle($0, graph) },
                                      in: organization.slug, graph: graph))
        }.filter { !$0.rows.isEmpty }
        return timeline(id: "membership-timeline", title: "Memberships over time",
                        subject: "every organization's members", groups: groups, graph: graph)
    }

    /// `country`'s memberships, a row per organization; nil when it has none.
    static func country(_ country: String, graph: ReportGraph) -> String? {
        let byOrganization = Dictionary(grouping: graph.membershipsByCountry[country] ?? [], by: \.organization)
        let rows = graph.organizationsByName.compactMap { organization -> Timeline.Row? in
            guard let memberships = byOrganization[organization.slug] else { return nil }
            let title = graph.title(of: EntityRef(.organization, organization.slug))
            return Timeline.Row(label: title, periods: memberships.compactMap {
                period($0.membership, country: countryTitle($0.membership.country.value, graph), organization: title,
                       founded: organization.meta.founded?.value)
            })
        }
        guard !rows.isEmpty else { return nil }
        return timeline(id: "membership-timeline", title: "\(countryTitle(country, graph)) in the organizations over time",
                        subject: "its memberships", groups: [Timeline.Group(heading: nil, rows: rows)], graph: graph)
    }

    /// `organization`'s members over time, a row per country; nil when it has none.
    static func organization(_ organization: String, graph: ReportGraph) -> String? {
        let members = graph.organizations[organization]?.meta.members ?? []
        let rows = rows(of: members, labelledBy: { countryTitle($0, graph) }, in: organization, graph: graph)
        guard !rows.isEmpty else { return nil }
        let title = graph.title(of: EntityRef(.organization, organization))
        return timeline(id: "membership-timeline", title: "Members of \(title) over time",
                        subject: "its members", groups: [Timeline.Group(heading: nil, rows: rows)], graph: graph)
    }

    /// A row per country of `members`, in the order the countries first appear.
    private static func rows(of members: [Membership], labelledBy label: (String) -> String, in organization: String,
                             graph: ReportGraph) -> [Timeline.Row] {
        let title = graph.title(of: EntityRef(.organization, organization))
        let founded = graph.organizations[organization]?.meta.founded?.value
        var order: [String] = []
        var periods: [String: [Timeline.Period]] = [:]
        for membership in members where graph.countries[membership.country.value] != nil {
            let country = membership.country.value
            guard let period = period(membership, country: label(country), organization: title, founded: founded) else { continue }
            if periods[country] == nil { order.append(country) }
            periods[country, default: []].append(period)
        }
        return order.map { Timeline.Row(label: label($0), periods: periods[$0] ?? []) }
    }

    /// The bar of `membership`; one without a start begins when the organization was founded, and
    /// is left out when that is not known either.
    private static func period(_ membership: Membership, country: String, organization: String, founded: ReportDate?) -> Timeline.Period? {
        guard let from = membership.from?.value ?? founded else { return nil }
        let to = membership.to?.value
        let span = "\(from.longDescription) – \(to?.longDescription ?? "")"
        return Timeline.Period(start: year(from), end: to.map(year), category: membership.status.rawValue,
                               text: "\(country), \(membership.status.label) of \(organization): \(span)")
    }

    private static func timeline(id: String, title: String, subject: String, groups: [Timeline.Group], graph: ReportGraph) -> String {
        let asOf = graph.asOf
        return Timeline(
            id: id, title: title,
            description: "A bar for each period of \(subject), from its start to its end (or to the right edge while it lasts), "
                + "coloured and textured by status; the vertical line marks the report date, \(asOf.longDescription). "
                + "The membership table on this page lists the same periods.",
            categories: MembershipStatus.allCases.map { Category(key: $0.rawValue, label: $0.label) },
            legendTitle: "Status:", groups: groups,
            marker: Timeline.Marker(at: year(asOf), label: "report date, \(asOf.longDescription)")
        ).svg()
    }

    private static func countryTitle(_ slug: String, _ graph: ReportGraph) -> String {
        graph.title(of: EntityRef(.country, slug))
    }

    /// A date as a year with a fraction, at the start of the period it names (`2006-03` is 2006 + 2/12).
    static func year(_ date: ReportDate) -> Double {
        Double(date.year) + Double((date.month ?? 1) - 1) / 12 + Double((date.day ?? 1) - 1) / 365
    }
}
