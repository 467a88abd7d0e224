import Content
import Site

/// The pages one edition has and the other lacks.
enum PageListChange {
    /// The entity pages of `new` that `old` lacks, by title.
    static func added(from old: EditionSnapshot, to new: EditionSnapshot) -> [PageLabel] {
        pages(of: new.graph).filter { !old.graph.contains($0) }.map { PageLabel($0, in: new.graph) }.sorted()
    }

    /// The entity pages of `old` that `new` lacks, by title.
    static func removed(from old: EditionSnapshot, to new: EditionSnapshot) -> [PageLabel] {
        pages(of: old.graph).filter { !new.graph.contains($0) }.map { PageLabel($0, in: old.graph) }.sorted()
    }

    static func pages(of graph: ReportGraph) -> [EntityRef] {
        graph.kinds.flatMap { kind in graph.content.documents(of: kind).map { EntityRef(kind, $0.slug) } }
    }
}
