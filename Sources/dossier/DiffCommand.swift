import ArgumentParser
import Content
import Diagnostics
import Editions
import Foundation
import Pipeline
import Site

/// `dossier diff [FROM] [TO]`: what changed between two editions of the report, for editors
/// reviewing a revision before release.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two editions of the report.",
        discussion: """
        FROM and TO are edition ids from site.yaml (the earlier editions' and the current one's) or any \
        commit of the report's repository. FROM defaults to the latest earlier edition, TO to the working files. \
        Exit status: 0 when the comparison was made, 1 when an edition cannot be read, 2 bad usage.
        """)

    @Argument(help: "The older edition (default: the latest earlier edition site.yaml lists).")
    var from: String?

    @Argument(help: "The newer edition (default: the report's working files).")
    var to: String?

    @OptionGroup var source: SourceOptions

    @Flag(help: "Compare pages marked 'draft: true' too.")
    var drafts = false

    @Option(help: "How to print the comparison: text or json.")
    var format: DiagnosticFormat = .text

    func run() throws {
        let root = source.url
        let loaded = ContentLoader(root: root, kinds: PageKinds.documentKinds, includeDrafts: drafts).load()
        let printer = DiagnosticPrinter(format: .text, root: root)
        guard let content = loaded.content else {
            printer.print(loaded.diagnostics)
            throw ExitCode(1)
        }
        let current = EditionSnapshot(current: ReportGraph(content: content, drafts: loaded.skippedDrafts))
        let site = content.site
        let history = EditionHistory.read(root: root, site: site, kinds: PageKinds.documentKinds, includeDrafts: drafts)
        func edition(_ name: String) throws -> EditionSnapshot {
            if name == site.currentEdition.id { return current }
            if let known = history.editions.first(where: { $0.edition.id == name }) { return known }
            if let listed = site.editions.first(where: { $0.edition.id == name }) {
                // Listed but not read: the diagnostics say why, at its line of site.yaml.
                printer.print(history.diagnostics.filter { $0.location == listed.ref.location || $0.code == .editionsUnavailable })
                throw ExitCode(1)
            }
            do {
                return try EditionHistory.edition(at: name, root: root, kinds: PageKinds.documentKinds, includeDrafts: drafts)
            } catch {
                FileHandle.standardError.write(Data("diff: \(error)\n".utf8))
                throw ExitCode(1)
            }
        }
        let older: EditionSnapshot
        if let from {
            older = try edition(from)
        } else {
            printer.print(history.diagnostics)
            guard let latest = history.editions.last else {
                if history.diagnostics.isEmpty {
                    throw ValidationError("site.yaml lists no earlier editions; name the older one: dossier diff FROM [TO]")
                }
                throw ExitCode(1)
            }
            older = latest
        }
        let newer = try to.map(edition) ?? current
        let comparison = EditionComparison(from: older, to: newer)
        switch format {
        case .text:
            FileHandle.standardOutput.write(Data(comparison.text.utf8))
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            FileHandle.standardOutput.write(try encoder.encode(comparison) + Data("\n".utf8))
        }
    }
}
