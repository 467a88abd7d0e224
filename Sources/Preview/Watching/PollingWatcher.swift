import Foundation

/// Watches by comparing each file's size, modification time and inode every `interval`: works on
/// every system and file system, at the cost of a little latency and a scan per interval.
struct PollingWatcher: FileWatcher {
    let roots: [URL]
    var interval: Duration = .milliseconds(250)

    private struct Stamp: Equatable {
        var size: Int
        var modified: Date
        var inode: Int
    }

    func changes() -> AsyncStream<Set<String>> {
        let (stream, continuation) = AsyncStream<Set<String>>.makeStream()
        // The first look is taken at once, so nothing written after the watcher is made goes unseen.
        let first = Self.scan(roots)
        let task = Task { [roots, interval] in
            var previous = first
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                let current = Self.scan(roots)
                let changed = Set(current.keys).symmetricDifference(previous.keys)
                    .union(current.keys.filter { previous[$0] != nil && previous[$0] != current[$0] })
                if !changed.isEmpty { continuation.yield(changed) }
                previous = current
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }

    private static func scan(_ roots: [URL]) -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        let manager = FileManager.default
        for root in roots {
            for relative in (manager.enumerator(atPath: root.path)?.allObjects as? [String] ?? []) {
                guard !relative.split(separator: "/").contains(where: FileWatchers.isScratch) else { continue }
                let path = root.appendingPathComponent(relative).path
                guard let attributes = try? manager.attributesOfItem(atPath: path), attributes[.type] as? FileAttributeType != .typeDirectory else { continue }
                stamps[path] = Stamp(size: attributes[.size] as? Int ?? 0, modified: attributes[.modificationDate] as? Date ?? .distantPast,
                                     inode: attributes[.systemFileNumber] as? Int ?? 0)
            }
        }
        return stamps
    }
}
