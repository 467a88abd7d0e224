import Content
import Diagnostics
import Foundation
import Site

/// The earlier editions `site.yaml` lists, each read from the report's own git history at its `ref`
/// and loaded by the same loader a build uses, so what is compared is what readers had then.
public struct EditionHistory: Sendable {
    /// The editions read, oldest first.
    public var editions: [EditionSnapshot] = []
    /// A `ref` the repository lacks (an error at its line), or the one warning that the history cannot be read.
    public var diagnostics: [Diagnostic] = []

    /// Reads every edition of `site.editions` from the repository holding `root`, with the files of `kinds`.
    public static func read(root: URL, site: SiteConfig, kinds: [any DocumentKind.Type], includeDrafts: Bool = false) -> EditionHistory {
        var history = EditionHistory()
        guard let first = site.editions.first else { return history }
        let repository: GitRepository
        do {
            repository = try GitRepository.open(root)
        } catch {
            history.diagnostics.append(Diagnostic(.warning, at: first.ref.location, code: .editionsUnavailable,
                                                  "\(Self.reason(error)), so the report is built without its earlier editions",
                                                  hint: Self.hint(error)))
            return history
        }
        for earlier in site.editions {
            guard let commit = repository.commit(earlier.ref.value) else {
                history.diagnostics.append(Diagnostic(.error, at: earlier.ref.location, code: .unknownEditionRef,
                    "the report's repository has no commit '\(earlier.ref.value)' for edition '\(earlier.edition.id)'",
                    hint: "give the full id of the commit holding that edition (git log --format=%H -- Content/site.yaml)"))
                continue
            }
            do {
                let graph = try load(commit, from: repository, kinds: kinds, includeDrafts: includeDrafts)
                history.editions.append(EditionSnapshot(edition: earlier.edition, commit: commit, graph: graph))
            } catch {
                history.diagnostics.append(Diagnostic(.error, at: earlier.ref.location, code: .unknownEditionRef,
                    "commit '\(earlier.ref.value)' holds no report that can be read (\(error)) for edition '\(earlier.edition.id)'",
                    hint: "name the commit that holds that edition's Content/site.yaml"))
            }
        }
        return history
    }

    /// The report graph of `Content/` at `commit`: its files are written to a temporary folder and
    /// read there by `ContentLoader`, as a build reads the working files.
    static func load(_ commit: String, from repository: GitRepository, kinds: [any DocumentKind.Type], includeDrafts: Bool) throws -> ReportGraph {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-edition-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in try repository.files(under: "Content", at: commit) {
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.data.write(to: url)
        }
        let loaded = ContentLoader(root: folder, kinds: kinds, includeDrafts: includeDrafts).load()
        guard let content = loaded.content else { throw UnreadableEdition() }
        return ReportGraph(content: content, drafts: loaded.skippedDrafts)
    }

    static func reason(_ error: GitRepository.Unavailable) -> String {
        switch error {
        case .gitNotInstalled: "git is not installed"
        case .notARepository: "the report folder is not in a git repository"
        case .shallowClone: "the report's repository is a shallow clone, which lacks the earlier editions' commits"
        }
    }

    static func hint(_ error: GitRepository.Unavailable) -> String {
        switch error {
        case .gitNotInstalled: "install git to compare editions"
        case .notARepository: "build from a clone of the report's repository to show what changed between editions"
        case .shallowClone: "fetch the whole history: git fetch --unshallow"
        }
    }
}

/// A commit whose `Content/site.yaml` is missing or cannot be read.
struct UnreadableEdition: Error, CustomStringConvertible {
    var description: String { "no readable Content/site.yaml" }
}

extension EditionHistory {
    /// Why an edition named on the command line cannot be read.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The edition at `ref` of the repository holding `root` (any commit, tag or branch), as its own
    /// `site.yaml` names it.
    public static func edition(at ref: String, root: URL, kinds: [any DocumentKind.Type], includeDrafts: Bool = false) throws(Failure) -> EditionSnapshot {
        let repository: GitRepository
        do {
            repository = try GitRepository.open(root)
        } catch {
            throw Failure(description: reason(error))
        }
        guard let commit = repository.commit(ref) else {
            throw Failure(description: "the report's repository has no commit '\(ref)'")
        }
        do {
            let graph = try load(commit, from: repository, kinds: kinds, includeDrafts: includeDrafts)
            return EditionSnapshot(edition: graph.content.site.currentEdition, commit: commit, graph: graph)
        } catch {
            throw Failure(description: "commit '\(ref)' holds no report that can be read (\(error))")
        }
    }
}
