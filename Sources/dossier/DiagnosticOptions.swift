import ArgumentParser
import Content
import Foundation

/// How diagnostics are printed.
enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// `--format text|json`.
struct DiagnosticOptions: ParsableArguments {
    @Option(help: "How to print diagnostics: text (compiler style) or json.")
    var format: DiagnosticFormat = .text

    var printer: DiagnosticPrinter { DiagnosticPrinter(format: format) }
}

/// Prints diagnostics to standard error: compiler style, or a JSON list for editors and CI.
struct DiagnosticPrinter {
    var format: DiagnosticFormat

    func print(_ diagnostics: [Diagnostic]) {
        switch format {
        case .text:
            guard !diagnostics.isEmpty else { return }
            FileHandle.standardError.write(Data(diagnostics.map { $0.description + "\n" }.joined().utf8))
        case .json:
            let entries = diagnostics.map { diagnostic -> [String: Any] in
                var entry: [String: Any] = [
                    "file": diagnostic.location.file, "line": diagnostic.location.line, "column": diagnostic.location.column,
                    "severity": diagnostic.severity.rawValue, "code": diagnostic.code, "message": diagnostic.message,
                ]
                entry["hint"] = diagnostic.hint ?? NSNull()
                return entry
            }
            let data = (try? JSONSerialization.data(withJSONObject: entries, options: [.prettyPrinted, .sortedKeys])) ?? Data("[]".utf8)
            FileHandle.standardError.write(data + Data("\n".utf8))
        }
    }
}
