import ArgumentParser
import Pipeline
import Content
import Foundation

/// `--base-url` and `--offline`: where the site will live, shared by every command that builds it.
struct SiteOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The site's public address, replacing site.yaml's base_url (for canonical URLs, the sitemap and the feed).",
                               valueName: "url"))
    var baseURL: String?

    @Flag(help: "Write links that end in index.html, so the site works opened straight from disk.")
    var offline = false

    func validate() throws {
        if let baseURL, !WebAddress.isAbsolute(baseURL) {
            throw ValidationError("--base-url must be an absolute http(s) URL, such as https://example.org/report/ (got '\(baseURL)')")
        }
    }

    /// Build options for `source` with these settings.
    func buildOptions(source: URL, includeDrafts: Bool = false) -> BuildOptions {
        BuildOptions(source: source, includeDrafts: includeDrafts, baseURL: baseURL, explicitIndex: offline)
    }
}

/// `--output DIR`, the folder a command builds into.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "The output folder.")
    var output: String = "Public"

    var url: URL {
        URL(fileURLWithPath: output, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
    }

    /// Refuses an output folder a build must not replace (the report, a folder holding it, one Dossier
    /// did not make …: see `OutputGuard`); `Dossier.main` prints the refusal as one line and exits 2.
    func check(source: SourceOptions) throws(OutputGuard.Refusal) {
        try OutputGuard.check(output: url, source: source.url)
    }
}
