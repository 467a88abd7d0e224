/// An error that is already a diagnostic, thrown where a problem ends the reading of one file.
public struct DiagnosticError: Error, Sendable {
    /// The diagnostics this error carries (at least one).
    public var diagnostics: [Diagnostic]

    /// An error carrying one diagnostic.
    public init(_ diagnostic: Diagnostic) { diagnostics = [diagnostic] }

    /// An error carrying several diagnostics.
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
