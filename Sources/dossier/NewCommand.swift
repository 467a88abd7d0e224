import ArgumentParser
import Content
import Foundation

/// `dossier new KIND SLUG`: a new content file from its archetype.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a content file with every field of its kind, ready to fill in.",
        discussion: "The file is marked 'draft: true'; it never overwrites an existing file.")

    @Argument(help: "What to create: \(Archetype.kinds.map(\.rawValue).joined(separator: ", ")).")
    var kind: NewKind

    @Argument(help: "The slug: lower-case letters, digits and single hyphens (a relation: 'russia--ukraine').")
    var slug: String

    @OptionGroup var source: SourceOptions

    func validate() throws {
        if let problem = SlugRules.problem(with: slug) {
            throw ValidationError("\(problem.message): \(problem.hint)")
        }
        let isPair = slug.contains("--")
        if kind.contentKind == .relation, !isPair {
            throw ValidationError("a relation's slug joins its two parties with '--', e.g. 'russia--ukraine'")
        }
        if kind.contentKind != .relation, isPair {
            throw ValidationError("only a relation's slug may contain '--'")
        }
    }

    func run() throws {
        let file = "Content/\(kind.contentKind.folder)/\(slug).md"
        let url = source.url.appendingPathComponent(file)
        let manager = FileManager.default
        guard !manager.fileExists(atPath: url.path) else {
            FileHandle.standardError.write(Data("error: \(file) already exists; not overwritten\n".utf8))
            throw ExitCode(1)
        }
        try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        // `withoutOverwriting` closes the race with another writer between the check and the write.
        try Data(Archetype.text(for: kind.contentKind, slug: slug).utf8).write(to: url, options: .withoutOverwriting)
        print("created \(file)")
    }
}

/// The kinds `dossier new` accepts, by the word typed on the command line.
enum NewKind: String, ExpressibleByArgument, CaseIterable {
    case country, organization, relation, scenario, page

    // Every case shares its raw value with a ContentKind.
    var contentKind: ContentKind { ContentKind(rawValue: rawValue)! }
}
