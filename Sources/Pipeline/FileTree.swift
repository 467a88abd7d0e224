import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Plain POSIX file operations for writing and removing whole site trees. Foundation's
/// `FileManager` stats and enumerates far more than needed: on a 1,000-page site it took
/// several times longer than `cp -r` and `rm -rf`.
enum FileTree {
    /// An error from a system call, with the path it concerned.
    struct SystemError: Error, CustomStringConvertible {
        var call: String
        var path: String
        var code: Int32

        var description: String { "\(call) \(path): \(String(cString: strerror(code)))" }
    }

    /// Makes the folder `staging` hold `files`, taking what the live site `current` already holds:
    /// a file whose bytes are unchanged becomes a hard link to the live one, so swapping the two
    /// folders keeps its inode and modification time; any other file is written, never through a
    /// link it shares with the live site. Files of `staging` not in `files` are left for `prune`.
    ///
    /// Returns whether `current` already holds every one of `files` byte for byte.
    static func mirror(_ files: [String: Data], into staging: String, reusing current: String) throws -> Bool {
        let folders = self.folders(holding: files.keys)
        try makeFolder(staging)
        // Parents sort before their children, so each folder's parent already exists.
        for folder in folders.sorted() { try makeFolder(staging + "/" + folder) }
        let entries = Array(files)
        let failures = Failures()
        let changed = Flag()
        DispatchQueue.concurrentPerform(iterations: entries.count) { index in
            let (path, data) = entries[index]
            do {
                if let live = unchangedFile(current + "/" + path, holding: data) {
                    try link(current + "/" + path, live: live, as: staging + "/" + path, data: data)
                } else {
                    changed.set()
                    try replaceFile(staging + "/" + path, data)
                }
            } catch { failures.record(error) }
        }
        if let error = failures.first { throw error }
        return !changed.isSet
    }

    /// The status of the regular file at `path` when it holds exactly `data`; nil otherwise.
    private static func unchangedFile(_ path: String, holding data: Data) -> stat? {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) == data.count else { return nil }
        var same = true
        data.withUnsafeBytes { expected in
            var buffer = [UInt8](repeating: 0, count: Swift.min(1 << 16, Swift.max(expected.count, 1)))
            var offset = 0
            while same, offset < expected.count {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, Swift.min($0.count, expected.count - offset)) }
                guard count > 0 else { same = false; break }
                same = buffer.withUnsafeBytes { memcmp($0.baseAddress!, expected.baseAddress! + offset, count) == 0 }
                offset += count
            }
        }
        return same ? status : nil
    }

    /// Makes `path` a hard link to the live file `source` (whose status is `live`), unless it is one
    /// already; where no link can be made, a copy of `data`.
    private static func link(_ source: String, live: stat, as path: String, data: Data) throws {
        var status = stat()
        if lstat(path, &status) == 0 {
            if status.st_ino == live.st_ino && status.st_dev == live.st_dev { return }
            guard unlink(path) == 0 else { throw SystemError(call: "unlink", path: path, code: errno) }
        }
        if Glibc.link(source, path) != 0 { try writeFile(path, data) }
    }

    /// Writes `data` to `path`: in place when `path` is a file of its own, as a new file when it is
    /// a link shared with the live site or anything but a regular file (so nothing is written through it).
    private static func replaceFile(_ path: String, _ data: Data) throws {
        var status = stat()
        if lstat(path, &status) == 0, (status.st_mode & S_IFMT) != S_IFREG || status.st_nlink > 1 {
            guard unlink(path) == 0 else { throw SystemError(call: "unlink", path: path, code: errno) }
        }
        try writeFile(path, data)
    }

    /// Every file (anything but a folder) below `root` and every folder, as paths relative to `root`;
    /// nil when `root` is not a folder.
    static func listing(of root: String) -> (files: Set<String>, folders: Set<String>)? {
        guard isFolder(root) == true else { return nil }
        var files: Set<String> = [], folders: Set<String> = []
        func walk(_ folder: String, _ prefix: String) {
            guard let handle = opendir(folder) else { return }
            defer { closedir(handle) }
            while let entry = readdir(handle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                guard name != "." && name != ".." else { continue }
                let relative = prefix + name
                if isFolder(folder + "/" + name) == true {
                    folders.insert(relative)
                    walk(folder + "/" + name, relative + "/")
                } else {
                    files.insert(relative)
                }
            }
        }
        walk(root, "")
        return (files, folders)
    }

    /// Removes `path` and everything below it, without following symbolic links.
    static func remove(_ path: String) throws {
        guard isFolder(path) != nil else { return }
        try prune(path, keeping: [], folders: [], relativeTo: path)
        guard rmdir(path) == 0 else { throw SystemError(call: "rmdir", path: path, code: errno) }
    }

    /// Removes whatever below `root` is not one of `kept` (paths relative to `root`) or a folder
    /// holding one, so a reused tree ends up holding exactly the new site.
    static func prune(_ root: String, keeping kept: Set<String>) throws {
        try prune(root, keeping: kept, folders: folders(holding: kept), relativeTo: root)
    }

    private static func prune(_ folder: String, keeping kept: Set<String>, folders: Set<String>, relativeTo root: String) throws {
        guard let handle = opendir(folder) else { throw SystemError(call: "opendir", path: folder, code: errno) }
        var children: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { children.append(folder + "/" + name) }
        }
        closedir(handle)
        for child in children {
            let relative = String(child.dropFirst(root.count + 1))
            if isFolder(child) == true {
                try prune(child, keeping: kept, folders: folders, relativeTo: root)
                if !folders.contains(relative), rmdir(child) != 0 { throw SystemError(call: "rmdir", path: child, code: errno) }
            } else if !kept.contains(relative) {
                guard unlink(child) == 0 else { throw SystemError(call: "unlink", path: child, code: errno) }
            }
        }
    }

    /// Every folder (relative, at any depth) that holds one of `paths`.
    static func folders(holding paths: some Sequence<String>) -> Set<String> {
        var folders: Set<String> = []
        for path in paths {
            var folder = (path as NSString).deletingLastPathComponent
            while !folder.isEmpty, folders.insert(folder).inserted { folder = (folder as NSString).deletingLastPathComponent }
        }
        return folders
    }

    /// Whether `path` is a real folder (not a link to one); nil when nothing is there.
    static func isFolder(_ path: String) -> Bool? {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        return (status.st_mode & S_IFMT) == S_IFDIR
    }

    private static func makeFolder(_ path: String) throws {
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw SystemError(call: "mkdir", path: path, code: errno) }
    }

    private static func writeFile(_ path: String, _ data: Data) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw SystemError(call: "open", path: path, code: errno) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                guard written > 0 else { throw SystemError(call: "write", path: path, code: errno) }
                offset += written
            }
        }
    }

    /// Whether any iteration of a parallel loop said so.
    private final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false

        func set() { lock.withLock { value = true } }
        var isSet: Bool { lock.withLock { value } }
    }

    /// The first error of a parallel loop.
    private final class Failures: @unchecked Sendable {
        private let lock = NSLock()
        private var errors: [any Error] = []

        func record(_ error: any Error) { lock.withLock { errors.append(error) } }
        var first: (any Error)? { lock.withLock { errors.first } }
    }
}
