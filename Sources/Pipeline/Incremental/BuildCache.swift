import Diagnostics
import Content
import Foundation
import Site
import Templates

/// What earlier builds made, kept so that the next build redoes only what its changes reach.
///
/// Every build runs through a cache: a fresh one for a full build, the same one across the rebuilds
/// of `IncrementalBuilder`, so both take the same path through the stages.
public final class BuildCache: @unchecked Sendable {
    private let lock = NSLock()
    /// The decoded content files.
    let content = LoadCache()
    private var theme: ThemeEntry?
    private var bodies: [Route: BodyEntry] = [:]
    private var pages: [Route: PageEntry] = [:]
    private var memos: [String: (key: Int, value: any Sendable)] = [:]
    private var memosUsed: Set<String> = []
    /// Whether `memo` keeps what it makes; a cache for one build only has no later build to keep it for.
    private let keepsMemos: Bool

    /// An empty cache, for builds that follow one another (`IncrementalBuilder`).
    public init() { keepsMemos = true }

    /// An empty cache for a single build: it does not keep the publishing stages' intermediate
    /// results (each one-page report entry, each search entry, each page's rewrite), which only a
    /// later build could use and which, at 10,000 pages, are a tenth of the build's peak memory.
    public static func forOneBuild() -> BuildCache { BuildCache(keepsMemos: false) }

    private init(keepsMemos: Bool) { self.keepsMemos = keepsMemos }

    /// A loaded theme and the fingerprint of the templates it was loaded from.
    struct ThemeEntry {
        var key: Int
        var theme: Theme?
        var diagnostics: [Diagnostic]
    }

    /// A processed Markdown body, with the inputs it read and what they hashed to.
    struct BodyEntry {
        var file: String
        var reads: [BuildInput]
        var key: Int
        var body: RenderedBody
        var diagnostics: [Diagnostic]
    }

    /// A rendered page and what its inputs hashed to.
    struct PageEntry {
        var key: Int
        var data: Data
    }

    /// The theme loaded from templates with fingerprint `key`, loading it when the templates changed.
    func theme(key: Int, load: () -> (Theme?, [Diagnostic])) -> ThemeEntry {
        if let entry = lock.withLock({ theme }), entry.key == key { return entry }
        let (loaded, diagnostics) = load()
        let entry = ThemeEntry(key: key, theme: loaded, diagnostics: diagnostics)
        lock.withLock { theme = entry }
        return entry
    }

    /// The body remembered for `route`, if it came from `file` and its inputs still hash the same.
    func body(_ route: Route, file: String, inputs: InputFingerprints) -> BodyEntry? {
        guard let entry = lock.withLock({ bodies[route] }), entry.file == file, inputs.key(entry.reads) == entry.key else { return nil }
        return entry
    }

    /// Remembers the processed bodies, forgetting those of pages no longer in the site.
    func keep(bodies entries: [Route: BodyEntry], of routes: Set<Route>) {
        lock.withLock {
            bodies.merge(entries) { _, new in new }
            bodies = bodies.filter { routes.contains($0.key) }
        }
    }

    /// The page remembered for `route` if it was made from inputs hashing to `key`.
    func page(_ route: Route, key: Int) -> Data? {
        lock.withLock { pages[route].flatMap { $0.key == key ? $0.data : nil } }
    }

    /// Remembers the rendered pages, forgetting those no longer in the site.
    func keep(pages entries: [Route: PageEntry], of routes: Set<Route>) {
        lock.withLock {
            pages.merge(entries) { _, new in new }
            pages = pages.filter { routes.contains($0.key) }
        }
    }

    /// What an earlier build made under `name` from inputs hashing to `key`, or else `make()`'s
    /// result, kept for the next build: for the publishing stages, whose outputs follow every page.
    func memo<Value: Sendable>(_ name: String, key: Int, make: () -> Value) -> Value {
        let cached = lock.withLock {
            memosUsed.insert(name)
            return memos[name]
        }
        if let cached, cached.key == key, let value = cached.value as? Value { return value }
        let value = make()
        if keepsMemos { lock.withLock { memos[name] = (key, value) } }
        return value
    }

    /// Drops what the build just finished did not ask for (pages that are gone), so a long
    /// preview session keeps only what the next build can use.
    func forgetUnusedMemos() {
        lock.withLock {
            memos = memos.filter { memosUsed.contains($0.key) }
            memosUsed = []
        }
    }
}
