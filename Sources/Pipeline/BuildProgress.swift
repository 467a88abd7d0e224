import Foundation

/// What a running build is doing, for a progress line: the stage, and in a stage that works page
/// by page, how many of its pages are done. Stages tell it; anyone may read it while they run.
public final class BuildProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var stage = ""
    private var done = 0
    private var total = 0

    /// Nothing begun yet.
    public init() {}

    /// The stage running, the pages it has done and the pages it has to do (0 for a stage that does not count pages).
    public var state: (stage: String, done: Int, total: Int) { lock.withLock { (stage, done, total) } }

    /// A stage begins.
    func begin(_ stage: String) { lock.withLock { (self.stage, done, total) = (stage, 0, 0) } }

    /// The stage running has `count` pages to do.
    func expect(_ count: Int) { lock.withLock { (done, total) = (0, count) } }

    /// One more page is done.
    func advance() { lock.withLock { done += 1 } }
}
