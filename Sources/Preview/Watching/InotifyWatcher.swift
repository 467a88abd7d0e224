#if os(Linux)
import Foundation
import Glibc

/// Watches with Linux's inotify: one watch per folder (inotify is not recursive), new folders watched
/// as they appear, and events gathered until the folders have been quiet for `quiet`, so a save by
/// rename or a burst of changes makes one batch.
struct InotifyWatcher: FileWatcher {
    let roots: [URL]
    var quiet: Duration = .milliseconds(20)
    /// A batch is sent after this long even if changes keep coming.
    var longest: Duration = .milliseconds(300)

    /// Nil when inotify cannot be used (no instances left, say), so the caller can poll instead.
    init?(roots: [URL]) {
        let probe = inotify_init1(Int32(IN_CLOEXEC))
        guard probe >= 0 else { return nil }
        close(probe)
        self.roots = roots
    }

    func changes() -> AsyncStream<Set<String>> {
        let (stream, continuation) = AsyncStream<Set<String>>.makeStream()
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else {
            continuation.finish()
            return stream
        }
        let stopped = StopSignal()
        continuation.onTermination = { _ in stopped.stop() }
        let session = InotifySession(descriptor: descriptor, roots: roots)
        let thread = Thread { [quiet, longest] in
            session.run(quiet: quiet, longest: longest, stopped: stopped) { continuation.yield($0) }
            close(descriptor)
            continuation.finish()
        }
        thread.name = "dossier-watch"
        thread.start()
        return stream
    }
}

/// Set once, read from the watching thread.
final class StopSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var isStopped = false

    func stop() { lock.withLock { isStopped = true } }
    var stopped: Bool { lock.withLock { isStopped } }
}

/// The watches of one inotify descriptor and the loop that reads its events. Used by one thread only.
final class InotifySession: @unchecked Sendable {
    private let descriptor: Int32
    private let roots: [URL]
    private var folders: [Int32: String] = [:]
    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE
                                     | IN_DELETE_SELF | IN_MOVE_SELF | IN_MODIFY | IN_ATTRIB)

    /// Watches the roots at once, so nothing written after the watcher is made goes unseen.
    init(descriptor: Int32, roots: [URL]) {
        self.descriptor = descriptor
        self.roots = roots
        for root in roots { watch(root.path) }
    }

    func run(quiet: Duration, longest: Duration, stopped: StopSignal, send: (Set<String>) -> Void) {
        var pending: Set<String> = []
        var firstPending = ContinuousClock.now
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: MemoryLayout<Int32>.alignment)
        defer { buffer.deallocate() }
        while !stopped.stopped {
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let waited = poll(&poller, 1, pending.isEmpty ? 200 : Int32(quiet.milliseconds))
            if waited > 0 {
                if pending.isEmpty { firstPending = .now }
                pending.formUnion(readEvents(into: buffer))
            } else if pending.isEmpty {
                pending = watchMissingRoots()
                firstPending = .now
            }
            let due = waited == 0 || ContinuousClock.now - firstPending >= longest
            if !pending.isEmpty, due {
                send(pending)
                pending = []
            }
        }
    }

    /// Watches `folder` and every folder below it; returns the files found in them (they may have
    /// been written before their folder was watched).
    @discardableResult
    private func watch(_ folder: String) -> Set<String> {
        var found: Set<String> = []
        let wd = inotify_add_watch(descriptor, folder, Self.mask)
        guard wd >= 0 else { return found }
        folders[wd] = folder
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where !FileWatchers.isScratch(name) {
            let path = folder + "/" + name
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue { found.formUnion(watch(path)) } else { found.insert(path) }
        }
        return found
    }

    /// Watches a root folder that appeared after the watcher started, or was deleted or replaced
    /// (a checkout) and is back; returns the files found in it.
    private func watchMissingRoots() -> Set<String> {
        let watched = Set(folders.values)
        var found: Set<String> = []
        for root in roots where !watched.contains(root.path) && FileManager.default.fileExists(atPath: root.path) {
            found.formUnion(watch(root.path))
        }
        return found
    }

    /// Reads every event waiting and returns the paths they name.
    private func readEvents(into buffer: UnsafeMutableRawBufferPointer) -> Set<String> {
        var changed: Set<String> = []
        while true {
            let count = read(descriptor, buffer.baseAddress, buffer.count)
            guard count > 0 else { break }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let wd = buffer.load(fromByteOffset: offset, as: Int32.self)
                let mask = buffer.load(fromByteOffset: offset + 4, as: UInt32.self)
                let length = Int(buffer.load(fromByteOffset: offset + 12, as: UInt32.self))
                let nameStart = offset + MemoryLayout<inotify_event>.size
                let nameBytes = UnsafeRawBufferPointer(rebasing: buffer[nameStart..<(nameStart + length)])
                let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                offset = nameStart + length
                changed.formUnion(handle(wd: wd, mask: mask, name: name))
            }
        }
        return changed
    }

    private func handle(wd: Int32, mask: UInt32, name: String) -> Set<String> {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 { return Set(roots.map(\.path)) }
        if mask & UInt32(IN_IGNORED) != 0 {
            folders[wd] = nil
            return []
        }
        guard let folder = folders[wd] else { return [] }
        if name.isEmpty { return [folder] }
        guard !FileWatchers.isScratch(name) else { return [] }
        let path = folder + "/" + name
        if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
            return watch(path).union([path])
        }
        return [path]
    }
}

extension Duration {
    /// The duration in whole milliseconds.
    var milliseconds: Int64 { components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000 }
}
#endif
