import Content
import Site

/// A page a change is about, as both editions' readers find it: its kind, slug, title and address.
public struct PageLabel: Sendable, Codable, Hashable, Comparable {
    /// The page kind's id (`country`, `overview`).
    public var kind: String
    /// The slug (empty for the overview).
    public var slug: String
    /// The title readers see, from the newer edition where the page is in it.
    public var title: String
    /// The page's path below the site root (`countries/belarus/`).
    public var path: String

    /// The label of entity `ref` as `graph` titles it.
    init(_ ref: EntityRef, in graph: ReportGraph) {
        kind = ref.kind.id
        slug = ref.slug
        title = graph.title(of: ref)
        path = Route.entity(ref.kind, ref.slug).path
    }

    /// The overview's label.
    static func overview(in graph: ReportGraph) -> PageLabel {
        PageLabel(kind: ContentKind.overview.id, slug: "", title: graph.content.overview?.meta.common.title ?? graph.content.site.title,
                  path: Route.home.path)
    }

    init(kind: String, slug: String, title: String, path: String) {
        self.kind = kind
        self.slug = slug
        self.title = title
        self.path = path
    }

    /// The anchor of the page's entry on `/changes/`: `page-country-belarus`.
    public var anchor: String { slug.isEmpty ? "page-\(kind)" : "page-\(kind)-\(slug)" }

    public static func < (lhs: PageLabel, rhs: PageLabel) -> Bool { (lhs.title, lhs.path) < (rhs.title, rhs.path) }
}

/// The label of an entity from the newer graph when it is there, else from the older one.
func label(_ ref: EntityRef, _ old: ReportGraph, _ new: ReportGraph) -> PageLabel {
    PageLabel(ref, in: new.contains(ref) || !old.contains(ref) ? new : old)
}
