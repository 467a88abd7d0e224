import Diagnostics
import Content
import Site
import Templates

/// Resolves an entity link to a relative URL, or says precisely why it cannot.
struct LinkResolver {
    let graph: ReportGraph
    let linker: Linker
    let drafts: [ContentKind: Set<String>]

    struct Resolved {
        var url: String
        /// The page linked to, for back-links; nil for data files.
        var route: Route?
    }

    struct Problem: Error {
        var code: String
        var message: String
        var hint: String?
    }

    func resolve(_ link: EntityLink) -> Result<Resolved, Problem> {
        let fragment = link.anchor.map { "#" + $0 } ?? ""
        switch link.target {
        case .data(let name):
            if graph.content.unreadableDataTables.contains(name) {
                // Reported in the data file; the link is right, and the build fails anyway.
                return .success(Resolved(url: linker.url(file: "data/\(name)"), route: nil))
            }
            guard let table = graph.dataTables[name] else {
                return .failure(Problem(code: "unknown-reference", message: "unknown data table '\(name)'",
                                        hint: Suggestion.hint(for: name, in: graph.dataTables.keys)))
            }
            return .success(Resolved(url: linker.url(file: Route.dataFile(table.name, format: table.format)), route: nil))
        case .entity(let ref):
            if graph.contains(ref) || graph.isUnreadable(ref) {
                return .success(Resolved(url: linker.url(ref) + fragment, route: ref.route))
            }
            if drafts[ref.kind]?.contains(ref.slug) ?? false {
                return .failure(Problem(code: "link-to-draft", message: "link to \(ref.kind.noun) '\(ref.slug)', which is a draft left out of this build",
                                        hint: "build with --drafts, or publish the page"))
            }
            return .failure(Problem(code: "unknown-reference", message: "unknown \(ref.kind.noun) '\(ref.slug)' in link '\(ref)'",
                                    hint: Suggestion.hint(for: ref.slug, in: graph.slugs(of: ref.kind))))
        }
    }
}
