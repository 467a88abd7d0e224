import Diagnostics
import Content
import Site

/// Checks what the Markdown links to once every page is known: `#anchors` against the ids the
/// target page really has, relative links and images against the generated files, images without
/// alt text, and pages nothing leads to.
public struct LinkCheckStage: BuildStage {
    public let name = "links"

    public let reads: [any Sendable.Type] = [PageBodies.self, OnePageReportBody.self]

    public init() {}

    public func run(_ context: inout BuildContext) {
        let bodies = context[PageBodies.self]
        guard !bodies.bodies.isEmpty else { return }
        let graph = context.graph
        let targets = SiteTargets(context: context, bodies: bodies.including(context[OnePageReportBody.self]))
        var problems: [Diagnostic] = []
        for (route, body) in bodies.bodies {
            for link in body.links {
                problems += Self.check(link, on: route, targets: targets)
            }
        }
        problems += Self.orphans(backlinks: bodies.backlinks, graph: graph)
        context.diagnostics += problems
    }

    static func check(_ link: WrittenLink, on page: Route, targets: SiteTargets) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        if link.isImage, link.text.allSatisfy(\.isWhitespace) {
            problems.append(Diagnostic(.warning, at: link.location, code: .imageMissingAlt,
                "image '\(link.destination)' has no alt text", hint: "describe the image between the brackets: ![A map of the region](…)"))
        }
        if let entityLink = EntityLink(link.destination, kinds: targets.kinds) {
            // Unknown entities are reported where links are rewritten; here only their anchors.
            if case .entity(let ref) = entityLink.target, let anchor = entityLink.anchor, targets.routes.contains(ref.route) {
                problems += anchorProblem(anchor, on: ref.route, written: link, targets: targets).map { [$0] } ?? []
            }
            return problems
        }
        guard let local = LocalLink(link.destination, from: page) else { return problems }
        guard let route = targets.resolve(local.path) else {
            problems.append(Diagnostic(.error, at: link.location, code: .brokenLink,
                "\(link.isImage ? "image" : "link") '\(link.destination)' leads to '/\(local.path)', which the site does not have",
                hint: link.isImage
                    ? "put the file in Templates/assets/; from this page it is '\(page.relativeURL(toFile: "assets/" + (local.path.split(separator: "/").last ?? "")))'"
                    : "link pages with country:, org:, relation:, scenario: or page:"))
            return problems
        }
        if let anchor = local.anchor {
            problems += anchorProblem(anchor, on: route, written: link, targets: targets).map { [$0] } ?? []
        }
        return problems
    }

    static func anchorProblem(_ anchor: String, on route: Route, written link: WrittenLink, targets: SiteTargets) -> Diagnostic? {
        guard !anchor.isEmpty, let ids = targets.ids(of: route), !ids.contains(anchor) else { return nil }
        return Diagnostic(.error, at: link.location, code: .unknownAnchor,
                          "'#\(anchor)' is not a heading or section id of \(route)",
                          hint: Suggestion.hint(for: anchor, in: ids) ?? "its ids: \(ids.sorted().prefix(12).joined(separator: ", "))")
    }

    /// Entity pages that neither another page's text nor the front matter of a related file
    /// (members, parties, affects) leads to. Index pages list them all, so that alone does not count.
    static func orphans(backlinks: [Route: Set<Route>], graph: ReportGraph) -> [Diagnostic] {
        var referenced = Set(backlinks.keys)
        for organization in graph.content.organizations {
            referenced.formUnion(organization.meta.members.map { EntityRef(.country, $0.country.value).route })
        }
        for relation in graph.content.relations {
            referenced.insert(.entity(.relation, relation.slug))
            referenced.formUnion(relation.meta.parties.compactMap { graph.party($0.value)?.route })
        }
        for scenario in graph.content.scenarios {
            referenced.formUnion(scenario.meta.affects.compactMap { graph.party($0.value)?.route })
        }
        for (target, sources) in graph.referencedBy where !sources.isEmpty {
            referenced.insert(target.route)
        }
        // Free pages are in the navigation; relations are reached from their parties' pages.
        return PageKinds.all.flatMap { $0.orphans(referenced: referenced, graph: graph) }
    }
}
