import Crypto
import Diagnostics
import Foundation

/// What the last build into an output was made from and what it wrote, kept beside the output as
/// `.NAME.cache` (`.Public.cache` for `Public/`): the persistent build cache. A build of the same
/// inputs, by the same Dossier, with the same options, into an output nobody has touched since,
/// is answered from it: the same diagnostics, and not one file rewritten.
///
/// The key is a SHA-256 of every file below `Content/` and `Templates/` (path and bytes), the build
/// options and the identity of the running program (its path, size, modification time and inode),
/// so a rebuilt or reinstalled Dossier never trusts a record an older one wrote. Earlier editions
/// are read from git by the commit ids `site.yaml` names, whose contents never change; a build that
/// could not read them (`editions-unavailable`) leaves no record. The output must
/// still hold exactly the files written, each with the size, modification time and inode recorded;
/// anything else (a file edited, added or removed by hand, another build) means a full build.
/// Deleting the file is always safe: the next build is a full one.
struct BuildRecord: Codable, Equatable {
    /// Changes whenever what a record holds or means changes.
    static let format = 1

    var format = Self.format
    /// What the build's inputs hash to.
    var key: String
    /// The number of HTML pages built.
    var pages: Int
    /// Everything the build reported.
    var diagnostics: [Diagnostic]
    /// Every file of the output, by path below it, as it was when the build finished.
    var files: [String: FileStamp]

    /// A file's identity and state: written again, it changes.
    struct FileStamp: Codable, Equatable {
        var size: Int
        var inode: UInt64
        var seconds: Int
        var nanoseconds: Int
    }

    /// The record kept for `output`, if there is a readable one of this format.
    static func load(for output: URL) -> BuildRecord? {
        guard let data = try? Data(contentsOf: OutputFolder(output).record),
              let record = try? JSONDecoder().decode(BuildRecord.self, from: data), record.format == format else { return nil }
        return record
    }

    /// Keeps the record for `output`, replacing the old one atomically (a killed build leaves the old one or the new one).
    func save(for output: URL) throws {
        try JSONEncoder().encode(self).write(to: OutputFolder(output).record, options: .atomic)
    }

    /// Forgets the record for `output`, so the next build is a full one.
    static func remove(for output: URL) {
        try? FileManager.default.removeItem(at: OutputFolder(output).record)
    }

    /// The record of the last build into `output`, when that build read what hashes to `key`
    /// and the output still holds exactly the files it wrote, untouched; nil otherwise.
    static func reusable(for options: BuildOptions, output: URL, key: String) -> BuildRecord? {
        guard let record = load(for: output), record.key == key,
              (try? OutputGuard.check(output: output, source: options.source)) != nil,
              let lock = try? OutputLock(OutputFolder(output).lock, waitingFor: output.lastPathComponent) else { return nil }
        defer { lock.release() }
        return stamps(of: output) == record.files ? record : nil
    }

    /// The stamps of every file below `output` now; nil when it cannot be read.
    static func stamps(of output: URL) -> [String: FileStamp]? {
        guard let listing = FileTree.listing(of: output.path) else { return nil }
        var stamps: [String: FileStamp] = [:]
        for file in listing.files {
            var status = stat()
            guard lstat(output.path + "/" + file, &status) == 0 else { return nil }
            stamps[file] = FileStamp(size: Int(status.st_size), inode: UInt64(status.st_ino),
                                     seconds: Int(status.st_mtim.tv_sec), nanoseconds: Int(status.st_mtim.tv_nsec))
        }
        return stamps
    }

    /// What a build with `options` into `output` reads hashes to; nil when it cannot be known (an unreadable file,
    /// a link to a folder, a printed edition, which is printed anew each time).
    static func key(of options: BuildOptions, output: URL) -> String? {
        guard options.printedEdition == nil else { return nil }
        var hasher = SHA256()
        func add(_ text: String) {
            hasher.update(data: Data(text.utf8))
            hasher.update(data: [0])
        }
        add("dossier build record \(format)")
        guard let program = Self.program else { return nil }
        add(program)
        add(options.source.path)
        add(output.path)
        add("\(options.includeDrafts) \(options.explicitIndex)")
        add(options.baseURL ?? "-")
        add(options.sitePath ?? "-")
        for folder in ["Content", "Templates"] {
            let root = options.source.appendingPathComponent(folder).path
            guard let listing = FileTree.listing(of: root) else {
                add("\(folder): none")
                continue
            }
            for inner in listing.folders.sorted() { add("\(folder)/\(inner)/") }
            for file in listing.files.sorted() {
                add("\(folder)/\(file)")
                // Links are followed as the loader follows them; one to a folder could hide any change.
                guard let data = FileManager.default.contents(atPath: root + "/" + file) else { return nil }
                add(String(data.count))
                hasher.update(data: data)
            }
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// The running program: its path, size, modification time and inode.
    private static let program: String? = {
        guard let path = Bundle.main.executablePath else { return nil }
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return "\(path) \(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec) \(status.st_ino)"
    }()
}
