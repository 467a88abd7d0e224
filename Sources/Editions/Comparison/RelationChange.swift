import Content
import Site

/// A relation, in both editions, whose alignment or trend changed.
public struct RelationChange: Sendable, Codable, Equatable {
    public var relation: PageLabel
    /// `ally`, `partner` … in each edition; nil when unchanged.
    public var alignment: ValueChange?
    /// `warming`, `stable`, `cooling` in each edition; nil when unchanged.
    public var trend: ValueChange?

    /// The relations of both editions whose alignment or trend differ, by title.
    static func changes(from old: EditionSnapshot, to new: EditionSnapshot) -> [RelationChange] {
        new.graph.content.relations.compactMap { relation -> RelationChange? in
            guard let earlier = old.graph.relations[relation.slug] else { return nil }
            let alignment = ValueChange(earlier.meta.alignment?.rawValue, relation.meta.alignment?.rawValue)
            let trend = ValueChange(earlier.meta.trend?.rawValue, relation.meta.trend?.rawValue)
            guard alignment != nil || trend != nil else { return nil }
            return RelationChange(relation: PageLabel(EntityRef(.relation, relation.slug), in: new.graph), alignment: alignment, trend: trend)
        }
        .sorted { $0.relation < $1.relation }
    }
}
