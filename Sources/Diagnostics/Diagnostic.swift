/// A place in a source file, counted from 1 as a text editor shows it.
public struct SourceLocation: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The file's path relative to the report's folder, e.g. `Content/countries/belarus.md`.
    public var file: String
    /// The line, from 1.
    public var line: Int
    /// The column, from 1, counted in Unicode scalars.
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:col`.
    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// How serious a diagnostic is.
public enum Severity: String, Sendable, Codable, Comparable {
    /// The build cannot produce a correct site.
    case error
    /// The site builds, but something is probably wrong.
    case warning

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .error && rhs == .warning
    }
}

/// One problem found in the report, pointing at the place that causes it.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Where the problem is.
    public var location: SourceLocation
    /// Error or warning.
    public var severity: Severity
    /// A stable, greppable identifier such as `unknown-reference`, from the table of codes.
    public var code: DiagnosticCode
    /// What is wrong, in one sentence.
    public var message: String
    /// How to fix it, when there is something useful to say (e.g. "did you mean 'uzbekistan'?").
    public var hint: String?

    /// Creates a diagnostic.
    public init(_ severity: Severity, at location: SourceLocation, code: DiagnosticCode, _ message: String, hint: String? = nil) {
        self.location = location
        self.severity = severity
        self.code = code
        self.message = message
        self.hint = hint
    }

    /// Compiler style: `path:line:col: error: message (hint)`.
    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message)"
        if let hint { text += " (\(hint))" }
        return text
    }
}

extension Diagnostic: Comparable {
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.severity, lhs.message) < (rhs.location, rhs.severity, rhs.message)
    }
}

extension Array where Element == Diagnostic {
    /// Whether any of these stops the build.
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
