import Diagnostics
import Content

/// The checks that need the whole report: references between files, dates in order, duplicates.
public enum Validation {
    /// Every problem with the graph's references and dates.
    public static func check(_ graph: ReportGraph) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        problems += duplicateSlugs(graph)
        problems += leaders(graph)
        problems += memberships(graph)
        problems += relations(graph)
        problems += scenarios(graph)
        problems += references(graph)
        problems += SourceIDs.duplicates(graph)
        return problems
    }

    /// The slugs that any kind's front matter names through its reference fields.
    static func references(_ graph: ReportGraph) -> [Diagnostic] {
        graph.kinds.flatMap { kind in
            graph.content.documents(of: kind).flatMap { document in
                document.references.flatMap { field in
                    field.slugs.compactMap { ReferenceCheck.problem(with: $0, kinds: field.kinds, in: field.field, graph: graph) }
                }
            }
        }
    }

    static func duplicateSlugs(_ graph: ReportGraph) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for country in graph.content.countries where graph.organizations[country.slug] != nil {
            problems.append(Diagnostic(.error, at: country.start, code: .duplicateSlug,
                "'\(country.slug)' names both a country and an organization, so relations cannot tell them apart",
                hint: "rename one of the two files"))
        }
        return problems
    }

    static func leaders(_ graph: ReportGraph) -> [Diagnostic] {
        graph.content.countries.flatMap { country in
            country.meta.leaders.compactMap { leader -> Diagnostic? in
                guard let from = leader.from, let to = leader.to, to < from else { return nil }
                return Diagnostic(.error, at: leader.location, code: .datesOutOfOrder,
                                  "\(leader.name)'s term ends (\(to)) before it begins (\(from))")
            }
        }
    }

    static func memberships(_ graph: ReportGraph) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for organization in graph.content.organizations {
            let meta = organization.meta
            let name = meta.abbr ?? organization.slug
            if let founded = meta.founded, let dissolved = meta.dissolved, dissolved.value < founded.value {
                problems.append(Diagnostic(.error, at: dissolved.location, code: .datesOutOfOrder,
                                           "\(name) is dissolved (\(dissolved.value)) before it is founded (\(founded.value))"))
            }
            for member in meta.members {
                let slug = member.country.value
                if let problem = ReferenceCheck.problem(with: member.country, kinds: [.country], in: "members", graph: graph) {
                    problems.append(problem)
                }
                if let from = member.from, let to = member.to, to.value < from.value {
                    problems.append(Diagnostic(.error, at: to.location, code: .datesOutOfOrder,
                        "membership of '\(slug)' ends (\(to.value)) before it begins (\(from.value))"))
                }
                if let from = member.from, let founded = meta.founded, from.value.isCertainlyBefore(founded.value) {
                    problems.append(Diagnostic(.warning, at: from.location, code: .dateOutsideLifetime,
                        "membership of '\(slug)' begins (\(from.value)) before \(name) was founded (\(founded.value))"))
                }
                if let dissolved = meta.dissolved, let from = member.from, dissolved.value.isCertainlyBefore(from.value) {
                    problems.append(Diagnostic(.warning, at: from.location, code: .dateOutsideLifetime,
                        "membership of '\(slug)' begins (\(from.value)) after \(name) was dissolved (\(dissolved.value))"))
                }
                if let dissolved = meta.dissolved, let to = member.to, dissolved.value.isCertainlyBefore(to.value) {
                    problems.append(Diagnostic(.warning, at: to.location, code: .dateOutsideLifetime,
                        "membership of '\(slug)' ends (\(to.value)) after \(name) was dissolved (\(dissolved.value))",
                        hint: "end the membership at \(dissolved.value) or leave 'to' out"))
                }
            }
        }
        return problems
    }

    static func relations(_ graph: ReportGraph) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var seenPairs: [Set<String>: String] = [:]
        for relation in graph.content.relations {
            let parties = relation.meta.parties
            guard parties.count == 2 else {
                problems.append(Diagnostic(.error, at: parties.first?.location ?? relation.start, code: .relationParties,
                    "a relation needs exactly two parties, found \(parties.count)"))
                continue
            }
            problems += parties.compactMap { ReferenceCheck.problem(with: $0, kinds: [.country, .organization], in: "parties", graph: graph) }
            if parties[0].value == parties[1].value {
                problems.append(Diagnostic(.error, at: parties[1].location, code: .relationParties,
                                           "a relation's two parties must differ"))
            }
            let expected = "\(parties[0].value)--\(parties[1].value)"
            if relation.slug != expected {
                problems.append(Diagnostic(.error, at: parties[0].location, code: .relationFileName,
                    "the parties [\(parties[0].value), \(parties[1].value)] do not match the file name '\(relation.slug).md'",
                    hint: "name the file '\(expected).md' or list the parties in the file name's order"))
            }
            let pair = Set(parties.map(\.value))
            if let other = seenPairs[pair] {
                problems.append(Diagnostic(.error, at: relation.start, code: .duplicateRelation,
                    "the relation between \(parties[0].value) and \(parties[1].value) is already described in '\(other)'"))
            } else {
                seenPairs[pair] = relation.file
            }
        }
        return problems
    }

    static func scenarios(_ graph: ReportGraph) -> [Diagnostic] {
        graph.content.scenarios.flatMap { scenario in
            scenario.meta.affects.compactMap { ReferenceCheck.problem(with: $0, kinds: [.country, .organization], in: "affects", graph: graph) }
                + scenario.meta.signposts.compactMap { signposts($0, asOf: graph.asOf) }
        }
    }

    /// A signpost's `since` must be a day its status was seen: not for a sign not seen, and not after
    /// the report date, which nothing in the report can know of.
    static func signposts(_ signpost: Signpost, asOf: ReportDate) -> Diagnostic? {
        guard let since = signpost.since else { return nil }
        if signpost.status == .notSeen {
            return Diagnostic(.error, at: since.location, code: .invalidValue, "a signpost whose status is 'not seen' has no 'since'",
                              hint: "give the status it was seen with ('emerging' or 'observed'), or leave 'since' out")
        }
        guard asOf.isCertainlyBefore(since.value) else { return nil }
        return Diagnostic(.error, at: since.location, code: .invalidValue,
                          "'since' (\(since.value)) is after the report date (\(asOf)), so the report cannot have seen it",
                          hint: "give the date the status was first seen, on or before the report date")
    }
}
