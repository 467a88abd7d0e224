/// One named step of the pipeline over the shared `BuildContext`.
///
/// A stage hands what it makes to the stages after it as one typed value, its `Product`, which
/// they read as `context[Product.self]` once they list it in `reads`. The builder checks before it
/// starts that every product read is made by an earlier stage (`StageOrder`), so a stage moved
/// ahead of what it needs stops the build at once instead of reading nothing.
public protocol BuildStage: Sendable {
    /// What the stage hands the stages after it; `Void` when it only adds files and diagnostics.
    associatedtype Product: Sendable = Void
    /// The stage's name, for timings and messages.
    var name: String { get }
    /// The products of earlier stages the stage reads.
    var reads: [any Sendable.Type] { get }
    /// The products the stage makes: its own `Product`, or, for stages made of others, theirs.
    var makes: [any Sendable.Type] { get }
    /// Reads the context, adds files and diagnostics to it, and returns what later stages read.
    func run(_ context: inout BuildContext) -> Product
}

extension BuildStage {
    public var reads: [any Sendable.Type] { [] }
    public var makes: [any Sendable.Type] { Product.self == Void.self ? [] : [Product.self] }
}

/// Whether a list of stages can run in its order: each product read made by a stage before it.
public enum StageOrder {
    /// What is out of order, one sentence per product read before it is made; empty when none is.
    public static func problems(in stages: [any BuildStage]) -> [String] {
        var made: [ObjectIdentifier: String] = [:]
        var problems: [String] = []
        for stage in stages {
            for product in stage.reads where made[ObjectIdentifier(product)] == nil {
                problems.append("the \(stage.name) stage reads \(product), which no stage before it makes")
            }
            for product in stage.makes { made[ObjectIdentifier(product)] = stage.name }
        }
        return problems
    }
}
