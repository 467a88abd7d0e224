/// One named step of the pipeline over the shared `BuildContext`.
public protocol BuildStage: Sendable {
    /// The stage's name, for timings and messages.
    var name: String { get }
    /// Reads and extends the context.
    func run(_ context: inout BuildContext)
}
