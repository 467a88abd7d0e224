import Foundation

/// Reports changes to the files below some folders, in batches: a burst of changes (an editor that
/// saves through a temporary file and a rename, a `git checkout`) arrives as one batch of paths.
protocol FileWatcher: Sendable {
    /// The batches of changed paths, from the moment of the call; watching stops when the stream's
    /// consumer goes away.
    func changes() -> AsyncStream<Set<String>>
}

/// Chooses how to watch.
enum FileWatchers {
    /// The operating system's notifications where there are (inotify on Linux), polling elsewhere
    /// or when `polling` is asked for (network drives, containers whose mounts do not notify).
    static func watching(_ roots: [URL], polling: Bool = false) -> any FileWatcher {
        #if os(Linux)
        if !polling, let inotify = InotifyWatcher(roots: roots) { return inotify }
        #endif
        return PollingWatcher(roots: roots)
    }

    /// Files that editors write beside the real one while saving (`.x.swp`, `x~`, `#x#`, vim's `4913`)
    /// and hidden files, which no build reads.
    static func isScratch(_ name: some StringProtocol) -> Bool {
        name.hasPrefix(".") || name.hasPrefix("#") || name.hasSuffix("~") || name == "4913"
            || [".swp", ".swx", ".swo", ".tmp"].contains { name.hasSuffix($0) }
    }
}
