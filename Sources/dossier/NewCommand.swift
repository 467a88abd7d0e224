import ArgumentParser
import Content
import Foundation
import Pipeline

/// `dossier new KIND SLUG`: a new content file from its archetype.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a content file with every field of its kind, ready to fill in.",
        discussion: "The file is marked 'draft: true'; it never overwrites an existing file.")

    @Argument(help: "What to create: \(PageKinds.names.joined(separator: ", ")).")
    var kind: String

    @Argument(help: "The slug: lower-case letters, digits and single hyphens (a relation: 'russia--ukraine').")
    var slug: String

    @OptionGroup var source: SourceOptions

    func validate() throws {
        guard PageKinds.names.contains(kind) else {
            throw ValidationError("'\(kind)' is not a kind of page; choose one of \(PageKinds.names.joined(separator: ", "))")
        }
        if let problem = SlugRules.problem(with: slug) {
            throw ValidationError("\(problem.message): \(problem.hint)")
        }
        let isPair = slug.contains("--")
        let joinsParties = PageKinds.slugJoinsParties(kind: kind)
        if joinsParties, !isPair {
            throw ValidationError("a relation's slug joins its two parties with '--', e.g. 'russia--ukraine'")
        }
        if !joinsParties, isPair {
            throw ValidationError("only a relation's slug may contain '--'")
        }
    }

    func run() throws {
        guard let (file, text) = PageKinds.newFile(kind: kind, slug: slug) else { throw ExitCode(2) }
        let url = source.url.appendingPathComponent(file)
        let manager = FileManager.default
        guard !manager.fileExists(atPath: url.path) else {
            FileHandle.standardError.write(Data("error: \(file) already exists; not overwritten\n".utf8))
            throw ExitCode(1)
        }
        try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        // `withoutOverwriting` closes the race with another writer between the check and the write.
        try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        print("created \(file)")
    }
}
