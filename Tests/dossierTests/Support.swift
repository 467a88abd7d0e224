import Foundation
import TestSupport

/// The real `dossier` executable, as the command-line tests run it: through TestSupport, which
/// reads its standard output and error at once (a child that fills one pipe while the test reads
/// the other to its end would never finish).
enum DossierProcess {
    /// The built executable, beside the test bundle in the build folder.
    static var executable: URL { DossierExecutable.url }

    /// The repository, holding the bundled report.
    static var repository: URL { Repository.root }

    /// How a run ended and what it printed.
    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs `dossier` with `arguments`, in `folder` when given; `environment` entries replace the inherited ones.
    static func run(_ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:]) throws -> Result {
        let run = try DossierExecutable.run(arguments, in: folder, environment: environment)
        return Result(status: run.status, output: run.standardOutput, errors: run.standardError)
    }

    /// A copy of the bundled report in a temporary folder of this test run.
    static func copyOfBundledReport() throws -> URL { try TestSupport.copyOfBundledReport() }
}

/// A small report the command-line tests build: the repository's theme, an overview and one brief,
/// with `changes` (path → text) written over them.
func commandReport(_ changes: [String: String] = [:]) throws -> URL {
    try temporaryReport([
        "Content/site.yaml": "title: Command Report\nbase_url: https://example.org/cli/\nlanguage: en\nas_of: 2006-03-01\n",
        "Content/index.md": "---\ntitle: Overview\n---\nSee [Belarus](country:belarus).\n",
        "Content/countries/belarus.md": "---\ntitle: Belarus\ncapital: Minsk\n---\nThe brief on Belarus.\n",
    ].merging(changes) { _, new in new })
}

/// The brief of `commandReport` with a link to a country the report does not have: one error.
let brokenBrief = ["Content/countries/belarus.md": "---\ntitle: Belarus\n---\nSee [Atlantis](country:atlantis).\n"]

extension DossierProcess.Result {
    /// The lines of standard error.
    var errorLines: [String] { errors.split(separator: "\n").map(String.init) }
}
