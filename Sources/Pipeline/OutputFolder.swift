import Foundation

/// An output folder `NAME/` with the files Dossier keeps beside it: the build before last, reused
/// by the next (`.NAME.previous`), the lock builds into it take turns on (`.NAME.lock`), and the
/// record of the last build (`.NAME.cache`, `BuildRecord`). Beside it rather than inside, so that
/// what is published is only the site.
public struct OutputFolder: Sendable {
    /// The folder the site is written into.
    public let url: URL

    /// The output folder at `url`.
    public init(_ url: URL) { self.url = url }

    /// The folder that holds the build before last, reused by the next build.
    public var spare: URL { sibling("previous") }
    /// The file that builds into the folder lock while they write.
    public var lock: URL { sibling("lock") }
    /// The file that holds the last build's record.
    public var record: URL { sibling("cache") }

    private func sibling(_ suffix: String) -> URL {
        url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(suffix)")
    }
}
