import Diagnostics
import Foundation

/// The site as the preview serves it: the files of the last good build, the problems of the latest
/// build, and a version that changes whenever either does.
struct ServedSite: Sendable {
    /// The files of the last build that succeeded, by path below the site root.
    var files: [String: Data] = [:]
    /// Their paths, for resolving requests.
    var paths: Set<String> = []
    /// The errors of the latest build; empty when it succeeded.
    var errors: [Diagnostic] = []
    /// Counts the changes, so pages can tell they are out of date.
    var version = 0

    /// No site yet.
    init() {}
}

/// The site shared between the rebuild loop, which replaces it, and the request handlers, which read it.
final class SiteStore: @unchecked Sendable {
    private let lock = NSLock()
    private var site = ServedSite()

    /// An empty store.
    init() {}

    /// The site now.
    var current: ServedSite { lock.withLock { site } }

    /// Takes a build's result: its files when it succeeded, its errors when not. Returns the new
    /// version, or nil when nothing a browser would see changed (the same files and errors).
    func update(files: [String: Data]?, errors: [Diagnostic]) -> Int? {
        lock.withLock {
            let newFiles = files ?? site.files
            guard newFiles != site.files || errors != site.errors || site.version == 0 else { return nil }
            if let files {
                site.files = files
                site.paths = Set(files.keys)
            }
            site.errors = errors
            site.version += 1
            return site.version
        }
    }
}
