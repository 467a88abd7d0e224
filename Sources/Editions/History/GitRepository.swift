import Foundation

/// The git repository holding a report folder, read with the `git` command: which commit a ref
/// names, and the files of a folder at a commit. Nothing here writes to the repository.
struct GitRepository: Sendable {
    /// Why a report's history cannot be read.
    enum Unavailable: Error, Sendable {
        case gitNotInstalled
        case notARepository
        case shallowClone
    }

    /// The `git` program.
    let git: URL
    /// The report folder, where git runs.
    let folder: URL
    /// The report folder's path inside the repository (`""`, or `reports/2006/`).
    let prefix: String

    /// The repository `folder` is in.
    static func open(_ folder: URL) throws(Unavailable) -> GitRepository {
        guard let git = findGit() else { throw .gitNotInstalled }
        let probe = GitRepository(git: git, folder: folder, prefix: "")
        guard let answer = try? probe.run(["rev-parse", "--is-shallow-repository", "--show-prefix"]), answer.status == 0 else {
            throw .notARepository
        }
        let lines = String(decoding: answer.output, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // A shallow clone lacks the commits of earlier editions, or may lack them; comparing with
        // whichever it happens to have would say different things in different clones.
        guard lines.first != "true" else { throw .shallowClone }
        return GitRepository(git: git, folder: folder, prefix: lines.count > 1 ? lines[1] : "")
    }

    /// The full id of the commit `ref` names, or nil when the repository has no such commit.
    func commit(_ ref: String) -> String? {
        // A ref starting with "-" would be read as an option.
        guard !ref.hasPrefix("-"), !ref.isEmpty,
              let answer = try? run(["rev-parse", "--verify", "--quiet", "\(ref)^{commit}"]), answer.status == 0 else { return nil }
        let id = String(decoding: answer.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return id.isEmpty ? nil : id
    }

    /// The regular files below `folder` (relative to the report folder) at `commit`, by path relative
    /// to the report folder. Symbolic links and submodules are left out: an earlier edition is read
    /// only from the repository's own files.
    func files(under folder: String, at commit: String) throws -> [(path: String, data: Data)] {
        let listing = try run(["ls-tree", "-r", "-z", "--full-tree", commit, "--", prefix + folder])
        guard listing.status == 0 else { throw GitFailure(command: "ls-tree", status: listing.status) }
        var entries: [(path: String, object: String)] = []
        for record in listing.output.split(separator: 0) {
            // "<mode> <type> <object>\t<path>"
            guard let tab = record.firstIndex(of: UInt8(ascii: "\t")) else { continue }
            let fields = String(decoding: record[record.startIndex..<tab], as: UTF8.self).split(separator: " ")
            let path = String(decoding: record[(tab + 1)...], as: UTF8.self)
            guard fields.count == 3, fields[1] == "blob", fields[0] == "100644" || fields[0] == "100755",
                  path.hasPrefix(prefix) else { continue }
            entries.append((String(path.dropFirst(prefix.count)), String(fields[2])))
        }
        guard !entries.isEmpty else { return [] }
        let objects = try run(["cat-file", "--batch"], input: Data(entries.map { $0.object + "\n" }.joined().utf8))
        guard objects.status == 0 else { throw GitFailure(command: "cat-file", status: objects.status) }
        return try zip(entries, Self.blobs(in: objects.output)).map { entry, data in (entry.path, data) }
    }

    /// The contents of `git cat-file --batch`'s answers, in order: "<object> <type> <size>\n<bytes>\n" each.
    static func blobs(in output: Data) throws -> [Data] {
        var blobs: [Data] = []
        var index = output.startIndex
        while index < output.endIndex {
            guard let newline = output[index...].firstIndex(of: UInt8(ascii: "\n")) else { break }
            let header = String(decoding: output[index..<newline], as: UTF8.self).split(separator: " ")
            guard header.count == 3, let size = Int(header[2]), newline + 1 + size <= output.endIndex else {
                throw GitFailure(command: "cat-file", status: 0)
            }
            blobs.append(output[(newline + 1)..<(newline + 1 + size)])
            index = newline + 1 + size + 1
        }
        return blobs
    }

    /// Runs git in the report folder with `arguments`, feeding it `input`, and collects its standard output.
    func run(_ arguments: [String], input: Data? = nil) throws -> (status: Int32, output: Data) {
        let process = Process()
        process.executableURL = git
        // No pager, no prompts, no configured hooks or replacements between the history and what is read.
        process.arguments = ["--no-pager", "-c", "core.quotepath=off", "--no-replace-objects"] + arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        process.environment = environment
        let output = Pipe(), feed = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = input == nil ? FileHandle.nullDevice : feed
        try process.run()
        if let input {
            // Written from another thread: git answers while it reads, and a full pipe would stall both.
            let writer = feed.fileHandleForWriting
            DispatchQueue.global().async {
                try? writer.write(contentsOf: input)
                try? writer.close()
            }
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, data)
    }

    /// `git` on `PATH`.
    static func findGit() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("git") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}

/// A git command that failed while an edition was being read.
struct GitFailure: Error, CustomStringConvertible {
    var command: String
    var status: Int32
    var description: String { "git \(command) failed (exit \(status))" }
}
