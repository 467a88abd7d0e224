import Content
import Site

/// A scenario, in both editions, whose likelihood moved.
public struct ScenarioChange: Sendable, Codable, Equatable {
    /// Which way the likelihood moved on ICD 203's scale.
    public enum Direction: String, Sendable, Codable { case up, down, unrated }

    public var scenario: PageLabel
    /// The likelihood in ICD 203 words in each edition.
    public var likelihood: ValueChange
    /// `up` when the newer word is higher on the scale, `down` when lower, `unrated` when either edition gives none.
    public var direction: Direction

    /// The scenarios of both editions whose likelihood differs, by title.
    static func changes(from old: EditionSnapshot, to new: EditionSnapshot) -> [ScenarioChange] {
        new.graph.content.scenarios.compactMap { scenario -> ScenarioChange? in
            guard let earlier = old.graph.scenarios[scenario.slug] else { return nil }
            let before = earlier.meta.likelihood, after = scenario.meta.likelihood
            guard let likelihood = ValueChange(before?.rawValue, after?.rawValue) else { return nil }
            let direction: Direction = if let before, let after { after > before ? .up : .down } else { .unrated }
            return ScenarioChange(scenario: PageLabel(EntityRef(.scenario, scenario.slug), in: new.graph), likelihood: likelihood,
                                  direction: direction)
        }
        .sorted { $0.scenario < $1.scenario }
    }
}
