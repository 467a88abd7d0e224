import Diagnostics
import ArgumentParser
import Content
import Foundation

/// How diagnostics are printed.
enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// `--format text|json`.
struct DiagnosticOptions: ParsableArguments {
    @Option(help: "How to print diagnostics: text (compiler style, with the source line) or json.")
    var format: DiagnosticFormat = .text

    /// A printer showing source lines from the report in `root`.
    func printer(root: URL) -> DiagnosticPrinter { DiagnosticPrinter(format: format, root: root) }
}

/// Prints diagnostics: compiler style to standard error, or a JSON list to standard output for
/// editors and CI (so it can be piped while the summary still reaches the terminal).
struct DiagnosticPrinter {
    var format: DiagnosticFormat
    /// The report folder the diagnostics' paths are relative to.
    var root: URL

    func print(_ diagnostics: [Diagnostic]) {
        switch format {
        case .text:
            guard !diagnostics.isEmpty else { return }
            let text = DiagnosticFormatter.text(diagnostics) { file in
                try? String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            }
            FileHandle.standardError.write(Data(text.utf8))
        case .json:
            FileHandle.standardOutput.write(Data(DiagnosticFormatter.json(diagnostics).utf8))
        }
    }
}
