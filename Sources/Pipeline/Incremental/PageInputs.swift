import Site

/// What each page reads beyond the site, the navigation and its own template, so that a change
/// reaches exactly the pages showing what changed.
///
/// Each page kind says what its pages read (`PageKind.reads`), mirroring what its view model reads
/// from the graph: a view that starts showing another entity's data must be matched there, or the
/// preview would keep a stale page (`IncrementalBuildTests` compares incremental builds with full
/// ones after many kinds of edit).
enum PageInputs {
    /// Read by every page.
    static func common(template: String) -> [BuildInput] {
        [.site, .every(.page), .template(template)]
    }

    /// Read by the overview and the indexes, which list every entity with its memberships.
    static let everyEntity: [BuildInput] = PageKinds.all.map { $0.kind }.filter { $0 != .page }.map(BuildInput.every)

    /// The parties of an entity's relations and the entities its scenarios affect, whose titles its page shows.
    static func neighbours(of slug: String, in graph: ReportGraph) -> [BuildInput] {
        let parties = (graph.relationsByParty[slug] ?? []).compactMap { graph.relations[$0] }.flatMap { $0.meta.parties.map(\.value) }
        let affected = (graph.scenariosByEntity[slug] ?? []).compactMap { graph.scenarios[$0] }.flatMap { $0.meta.affects.map(\.value) }
        return (parties + affected).flatMap(BuildInput.party)
    }
}
