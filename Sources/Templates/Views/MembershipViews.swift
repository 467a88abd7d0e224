import Content
import Site

/// One row of a members table: a country's standing in an organization for a period.
public struct MemberRowView: ViewModel {
    public var country: LinkView
    public var organization: LinkView
    /// The status in readers' words.
    public var status: String
    /// The status as written in the content, for CSS classes.
    public var statusClass: String
    public var from: String
    public var to: String
    public var note: String?
    /// "began after the report date" or "ended after the report date", when the row did.
    public var hindsight: String?

    public static let fields: [String: any PartialKeyPath<MemberRowView> & Sendable] = [
        "country": \.country, "organization": \.organization, "status": \.status, "statusClass": \.statusClass,
        "from": \.from, "to": \.to, "note": \.note, "hindsight": \.hindsight,
    ]

    init(_ membership: Membership, organization: String, graph: ReportGraph, linker: Linker) {
        let countryRef = EntityRef(.country, membership.country.value)
        let organizationRef = EntityRef(.organization, organization)
        country = LinkView(title: graph.title(of: countryRef), url: linker.url(countryRef))
        self.organization = LinkView(title: graph.title(of: organizationRef), url: linker.url(organizationRef))
        status = linker.strings.word(membership.status)
        statusClass = membership.status.rawValue
        from = membership.from?.value.description ?? "—"
        to = membership.to?.value.description ?? "—"
        note = membership.note
        hindsight = Hindsight.note(from: membership.from?.value, to: membership.to?.value, asOf: graph.asOf, strings: linker.strings)
    }
}

/// An organization's members as of a date, or its whole membership history.
public struct MembersTableView: ViewModel {
    public var caption: String
    public var rows: [MemberRowView]

    public static let fields: [String: any PartialKeyPath<MembersTableView> & Sendable] = [
        "caption": \.caption, "rows": \.rows,
    ]

    /// Members of `organization` on `date`, or every row when `date` is nil.
    public init(organization: String, on date: ReportDate?, graph: ReportGraph, linker: Linker) {
        let name = graph.title(of: EntityRef(.organization, organization))
        let memberships = date.map { graph.members(of: organization, on: $0) }
            ?? (graph.organizations[organization]?.meta.members ?? [])
        let words = linker.strings
        caption = date.map { words[.captionMembersOn, ["name": name, "date": words.date($0)]] } ?? words[.captionMembersHistory, ["name": name]]
        rows = memberships.map { MemberRowView($0, organization: organization, graph: graph, linker: linker) }
    }
}

/// The country × organization matrix as of the report date; each cell says the status in words.
///
/// Beyond `widestGrid` organizations the grid no longer fits a screen or a printed page, and nearly all
/// of its cells are dashes: it is then shown as a list, each country's row naming the organizations it
/// belongs to with their status, which says the same facts in a size a reader can use.
public struct MatrixView: ViewModel {
    /// The most organizations shown as columns.
    public static let widestGrid = 20

    public var caption: String
    public var organizations: [LinkView]
    public var rows: [MatrixRowView]
    /// Whether the matrix is shown as a list (more organizations than `widestGrid`).
    public var isList: Bool

    public static let fields: [String: any PartialKeyPath<MatrixView> & Sendable] = [
        "caption": \.caption, "organizations": \.organizations, "rows": \.rows, "list": \.isList,
    ]

    /// The matrix for the given organizations and countries (all when nil), on `date`.
    public init(organizations: [String]?, countries: [String]?, on date: ReportDate, graph: ReportGraph, linker: Linker) {
        let organizationSlugs = organizations ?? graph.organizationsByName.map(\.slug)
        let countrySlugs = countries ?? graph.countriesByTitle.map(\.slug)
        let strings = linker.strings
        caption = strings[.captionMatrix, ["date": strings.date(date)]]
        let links = organizationSlugs.map { slug in
            let ref = EntityRef(.organization, slug)
            return LinkView(title: graph.title(of: ref), url: linker.url(ref), note: graph.organizations[slug]?.meta.common.title)
        }
        isList = links.count > Self.widestGrid
        self.organizations = isList ? [] : links
        let columns = Dictionary(uniqueKeysWithValues: organizationSlugs.enumerated().map { ($1, $0) })
        rows = countrySlugs.map { [isList] country in
            let ref = EntityRef(.country, country)
            var statuses = [MembershipStatus?](repeating: nil, count: links.count)
            for current in graph.memberships(of: country, on: date) {
                if let column = columns[current.organization], statuses[column] == nil { statuses[column] = current.membership.status }
            }
            let link = LinkView(title: graph.title(of: ref), url: linker.url(ref))
            guard isList else {
                return MatrixRowView(country: link, cells: statuses.map { MatrixCellView(status: $0, strings: strings) }, memberships: [])
            }
            let memberships = zip(links, statuses).compactMap { organization, status in
                status.map { MatrixMembershipView(organization: organization, cell: MatrixCellView(status: $0, strings: strings)) }
            }
            return MatrixRowView(country: link, cells: [], memberships: memberships)
        }
    }
}

/// A country's row of the matrix: a cell per organization, or in the list shape its memberships alone.
public struct MatrixRowView: ViewModel {
    public var country: LinkView
    public var cells: [MatrixCellView]
    public var memberships: [MatrixMembershipView]

    public static let fields: [String: any PartialKeyPath<MatrixRowView> & Sendable] = [
        "country": \.country, "cells": \.cells, "memberships": \.memberships,
    ]
}

/// One cell: the status word, or a dash where the country is not a member (the caption says so).
public struct MatrixCellView: ViewModel {
    /// The status word, empty when there is none (a CSS hook either way).
    public var status: String
    /// What the cell shows: the status word or a dash.
    public var text: String

    public static let fields: [String: any PartialKeyPath<MatrixCellView> & Sendable] = [
        "status": \.status, "text": \.text,
    ]

    /// A cell for `status` in the words of `strings`, or an empty one.
    public init(status: MembershipStatus?, strings: Strings) {
        self.status = status?.rawValue ?? "none"
        text = status.map(strings.word) ?? "–"
    }
}

/// In the list shape, one organization a country belongs to and its status there.
public struct MatrixMembershipView: ViewModel {
    public var organization: LinkView
    public var cell: MatrixCellView

    public static let fields: [String: any PartialKeyPath<MatrixMembershipView> & Sendable] = [
        "organization": \.organization, "status": \.cell.status, "text": \.cell.text,
    ]
}

/// A dated membership event for the timeline: joined, left.
public struct TimelineEventView: ViewModel {
    public var date: String
    public var sortKey: ReportDate
    public var country: LinkView
    public var organization: LinkView
    public var event: String
    public var note: String?
    /// "after the report date" when the event is.
    public var hindsight: String?

    public static let fields: [String: any PartialKeyPath<TimelineEventView> & Sendable] = [
        "date": \.date, "datetime": \.sortKey.description, "country": \.country, "organization": \.organization, "event": \.event,
        "note": \.note, "hindsight": \.hindsight,
    ]

    /// Every start and end of a membership row in the report, in date order.
    public static func timeline(_ graph: ReportGraph, linker: Linker) -> [TimelineEventView] {
        var events: [TimelineEventView] = []
        for organization in graph.content.organizations {
            for membership in organization.meta.members {
                let row = MemberRowView(membership, organization: organization.slug, graph: graph, linker: linker)
                let words = linker.strings
                if let from = membership.from?.value {
                    events.append(TimelineEventView(date: words.date(from), sortKey: from, country: row.country,
                        organization: row.organization, event: words.timeline(membership.status, joins: true),
                        note: membership.note, hindsight: Hindsight.note(on: from, asOf: graph.asOf, strings: words)))
                }
                if let to = membership.to?.value {
                    events.append(TimelineEventView(date: words.date(to), sortKey: to, country: row.country,
                        organization: row.organization, event: words.timeline(membership.status, joins: false), note: nil,
                        hindsight: Hindsight.note(on: to, asOf: graph.asOf, strings: words)))
                }
            }
        }
        return events.sorted { ($0.sortKey, $0.country.title) < ($1.sortKey, $1.country.title) }
    }
}
