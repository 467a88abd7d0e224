import Site

/// What each page reads beyond the site, the navigation and its own template, so that a change
/// reaches exactly the pages showing what changed.
///
/// These lists mirror what the view models in `Sources/Templates/Views/` read from the graph: a view
/// that starts showing another entity's data must be matched here, or the preview would keep a stale
/// page (`IncrementalBuildTests` compares incremental builds with full ones after many kinds of edit).
enum PageInputs {
    /// Read by every page.
    static func common(template: String) -> [BuildInput] {
        [.site, .every(.page), .template(template)]
    }

    /// Read by the overview and the indexes, which list every entity with its memberships.
    static let everyEntity: [BuildInput] = [.every(.country), .every(.organization), .every(.relation), .every(.scenario)]

    /// Read by an entity's page: its own front matter and that of the entities it shows.
    static func of(_ ref: EntityRef, in graph: ReportGraph) -> [BuildInput] {
        let own = BuildInput.entity(ref)
        switch ref.kind {
        case .country:
            return [own, .every(.organization), .every(.relation), .every(.scenario)] + neighbours(of: ref.slug, in: graph)
        case .organization:
            let members = (graph.organizations[ref.slug]?.meta.members ?? []).map { BuildInput.entity(EntityRef(.country, $0.country.value)) }
            return [own, .every(.relation), .every(.scenario)] + members + neighbours(of: ref.slug, in: graph)
        case .relation:
            return [own] + (graph.relations[ref.slug]?.meta.parties ?? []).flatMap { BuildInput.party($0.value) }
        case .scenario:
            return [own] + (graph.scenarios[ref.slug]?.meta.affects ?? []).flatMap { BuildInput.party($0.value) }
        case .page:
            return [own]
        }
    }

    /// The parties of an entity's relations and the entities its scenarios affect, whose titles its page shows.
    private static func neighbours(of slug: String, in graph: ReportGraph) -> [BuildInput] {
        let parties = (graph.relationsByParty[slug] ?? []).compactMap { graph.relations[$0] }.flatMap { $0.meta.parties.map(\.value) }
        let affected = (graph.scenariosByEntity[slug] ?? []).compactMap { graph.scenarios[$0] }.flatMap { $0.meta.affects.map(\.value) }
        return (parties + affected).flatMap(BuildInput.party)
    }
}
