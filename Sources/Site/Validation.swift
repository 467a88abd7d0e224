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
        return problems
    }

    static func duplicateSlugs(_ graph: ReportGraph) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for country in graph.content.countries where graph.organizations[country.slug] != nil {
            problems.append(Diagnostic(.error, at: country.start, code: "duplicate-slug",
                "'\(country.slug)' names both a country and an organization, so relations cannot tell them apart",
                hint: "rename one of the two files"))
        }
        return problems
    }

    static func leaders(_ graph: ReportGraph) -> [Diagnostic] {
        graph.content.countries.flatMap { country in
            country.meta.leaders.compactMap { leader -> Diagnostic? in
                guard let from = leader.from, let to = leader.to, to < from else { return nil }
                return Diagnostic(.error, at: leader.location, code: "dates-out-of-order",
                                  "\(leader.name)'s term ends (\(to)) before it begins (\(from))")
            }
        }
    }

    static func memberships(_ graph: ReportGraph) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let countrySlugs = graph.slugs(of: .country)
        for organization in graph.content.organizations {
            let meta = organization.meta
            if let founded = meta.founded, let dissolved = meta.dissolved, dissolved < founded {
                problems.append(Diagnostic(.error, at: organization.start, code: "dates-out-of-order",
                                           "\(meta.abbr ?? organization.slug) is dissolved (\(dissolved)) before it is founded (\(founded))"))
            }
            for member in meta.members {
                let slug = member.country.value
                if graph.countries[slug] == nil, !graph.isUnreadable(EntityRef(.country, slug)) {
                    problems.append(Diagnostic(.error, at: member.country.location, code: "unknown-reference",
                        "unknown country '\(slug)' in members", hint: Suggestion.hint(for: slug, in: countrySlugs)))
                }
                if let from = member.from, let to = member.to, to.value < from.value {
                    problems.append(Diagnostic(.error, at: to.location, code: "dates-out-of-order",
                        "membership of '\(slug)' ends (\(to.value)) before it begins (\(from.value))"))
                }
                if let from = member.from, let founded = meta.founded, from.value.year < founded.year {
                    problems.append(Diagnostic(.warning, at: from.location, code: "date-outside-lifetime",
                        "membership of '\(slug)' begins (\(from.value)) before \(meta.abbr ?? organization.slug) was founded (\(founded))"))
                }
            }
        }
        return problems
    }

    static func relations(_ graph: ReportGraph) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var seenPairs: [Set<String>: String] = [:]
        let partySlugs = graph.slugs(of: .country) + graph.slugs(of: .organization)
        for relation in graph.content.relations {
            let parties = relation.meta.parties
            guard parties.count == 2 else {
                problems.append(Diagnostic(.error, at: parties.first?.location ?? relation.start, code: "relation-parties",
                    "a relation needs exactly two parties, found \(parties.count)"))
                continue
            }
            for party in parties where graph.party(party.value) == nil && !graph.isUnreadableParty(party.value) {
                problems.append(Diagnostic(.error, at: party.location, code: "unknown-reference",
                    "unknown party '\(party.value)': no country or organization has this slug",
                    hint: Suggestion.hint(for: party.value, in: partySlugs)))
            }
            if parties[0].value == parties[1].value {
                problems.append(Diagnostic(.error, at: parties[1].location, code: "relation-parties",
                                           "a relation's two parties must differ"))
            }
            let expected = "\(parties[0].value)--\(parties[1].value)"
            if relation.slug != expected {
                problems.append(Diagnostic(.error, at: parties[0].location, code: "relation-file-name",
                    "the parties [\(parties[0].value), \(parties[1].value)] do not match the file name '\(relation.slug).md'",
                    hint: "name the file '\(expected).md' or list the parties in the file name's order"))
            }
            let pair = Set(parties.map(\.value))
            if let other = seenPairs[pair] {
                problems.append(Diagnostic(.error, at: relation.start, code: "duplicate-relation",
                    "the relation between \(parties[0].value) and \(parties[1].value) is already described in '\(other)'"))
            } else {
                seenPairs[pair] = relation.file
            }
        }
        return problems
    }

    static func scenarios(_ graph: ReportGraph) -> [Diagnostic] {
        let partySlugs = graph.slugs(of: .country) + graph.slugs(of: .organization)
        return graph.content.scenarios.flatMap { scenario in
            scenario.meta.affects.compactMap { entity -> Diagnostic? in
                guard graph.party(entity.value) == nil, !graph.isUnreadableParty(entity.value) else { return nil }
                return Diagnostic(.error, at: entity.location, code: "unknown-reference",
                    "unknown country or organization '\(entity.value)' in affects",
                    hint: Suggestion.hint(for: entity.value, in: partySlugs))
            }
        }
    }
}
