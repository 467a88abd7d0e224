import ArgumentParser
import Foundation
import Pipeline

/// The `dossier` command.
@main
struct Dossier: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Builds, checks, previews and publishes analytical report sites.",
        subcommands: [BuildCommand.self, ServeCommand.self, CheckCommand.self, DiffCommand.self, NewCommand.self, DeployCommand.self, PDFCommand.self])

    /// Runs the command line; usage errors exit 2, as the documentation promises (ArgumentParser uses 64).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch let refusal as OutputGuard.Refusal {
            // A refused output folder is bad usage, but one line says all: no usage text after it.
            FileHandle.standardError.write(Data((refusal.description + "\n").utf8))
            Foundation.exit(2)
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
