import Content
import Site

/// A scenario's signpost, matched by its text, that was added, removed or changed status.
public struct SignpostChange: Sendable, Codable, Equatable {
    public var scenario: PageLabel
    /// What to look for.
    public var text: String
    /// `not seen`, `emerging`, `observed` in each edition; nil in the edition without the signpost.
    public var status: ValueChange

    /// The signposts of the scenarios of both editions that differ, by scenario and in the newer edition's order.
    static func changes(from old: EditionSnapshot, to new: EditionSnapshot) -> [SignpostChange] {
        new.graph.content.scenarios.sorted { $0.slug < $1.slug }.flatMap { scenario -> [SignpostChange] in
            guard let earlier = old.graph.scenarios[scenario.slug] else { return [] }
            let page = PageLabel(EntityRef(.scenario, scenario.slug), in: new.graph)
            let before = Dictionary(earlier.meta.signposts.map { ($0.text, $0.status.rawValue) }, uniquingKeysWith: { first, _ in first })
            let after = Dictionary(scenario.meta.signposts.map { ($0.text, $0.status.rawValue) }, uniquingKeysWith: { first, _ in first })
            let texts = scenario.meta.signposts.map(\.text) + earlier.meta.signposts.map(\.text).filter { after[$0] == nil }
            var seen = Set<String>()
            return texts.filter { seen.insert($0).inserted }.compactMap { text in
                ValueChange(before[text], after[text]).map { SignpostChange(scenario: page, text: text, status: $0) }
            }
        }
    }
}
