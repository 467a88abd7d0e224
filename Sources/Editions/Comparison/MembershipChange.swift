import Content
import Site

/// A country's membership of an organization that began, ended or changed status between two
/// editions, each edition's state taken on that edition's own date.
public struct MembershipChange: Sendable, Codable, Equatable {
    /// What happened to the membership.
    public enum Kind: String, Sendable, Codable { case began, ended, changed }

    public var kind: Kind
    public var organization: PageLabel
    public var country: PageLabel
    /// The status in the older edition on its date (nil: not a member then) and in the newer one on its date.
    public var status: ValueChange

    /// Every membership whose status on each edition's date differs, by organization and country title.
    static func changes(from old: EditionSnapshot, to new: EditionSnapshot) -> [MembershipChange] {
        let before = statuses(in: old.graph, on: old.edition.date), after = statuses(in: new.graph, on: new.edition.date)
        return Set(before.keys).union(after.keys).compactMap { pair -> MembershipChange? in
            guard let status = ValueChange(before[pair], after[pair]) else { return nil }
            let kind: Kind = status.before == nil ? .began : status.after == nil ? .ended : .changed
            return MembershipChange(kind: kind, organization: label(EntityRef(.organization, pair.organization), old.graph, new.graph),
                                    country: label(EntityRef(.country, pair.country), old.graph, new.graph), status: status)
        }
        .sorted { ($0.organization.title, $0.country.title) < ($1.organization.title, $1.country.title) }
    }

    /// Each country's status in each organization on `date`: the latest row current then.
    static func statuses(in graph: ReportGraph, on date: ReportDate) -> [Pair: String] {
        var statuses: [Pair: (from: ReportDate?, status: String)] = [:]
        for organization in graph.content.organizations {
            for row in organization.meta.members where row.isCurrent(on: date) {
                let pair = Pair(organization: organization.slug, country: row.country.value)
                let from = row.from?.value
                if let known = statuses[pair], let knownFrom = known.from, from.map({ $0 < knownFrom }) ?? true { continue }
                statuses[pair] = (from, row.status.rawValue)
            }
        }
        return statuses.mapValues(\.status)
    }

    /// An organization and a country.
    struct Pair: Hashable {
        var organization: String
        var country: String
    }
}
