import Foundation

/// How long a test waits for something that should happen at once before it gives up: long, so a
/// machine busy with other tests (or other builds) does not fail a test that is only slow; a wait
/// ends as soon as its condition holds, so the ceiling costs nothing when all is well.
///
/// Only time the waiting task could run counts. The tests run in parallel on a pool of as many
/// threads as there are cores, and a synchronous test (a build of the bundled report) holds its
/// thread until it ends: on a two-core machine a waiting task, and the server task it waits for,
/// can sit minutes in the queue behind them. Each look at the condition therefore counts at most a
/// second, however long the task waited for a thread before it could look.
public let waitCeiling: Duration = .seconds(300)

/// A wait that ran out of time, naming what it waited for.
public struct WaitTimedOut: Error, CustomStringConvertible {
    /// What never happened.
    public var description: String
}

/// Waits until `condition` holds, checking it every 10 ms, and throws `WaitTimedOut` (naming
/// `what`) if it still does not hold after `ceiling` of time the task could run (see `waitCeiling`).
public func waitUntil(_ what: @autoclosure () -> String, ceiling: Duration = waitCeiling,
                      _ condition: () async throws -> Bool) async throws {
    var left = ceiling
    var last = ContinuousClock.now
    while left > .zero {
        if try await condition() { return }
        try await Task.sleep(for: .milliseconds(10))
        let now = ContinuousClock.now
        left -= min(now - last, .seconds(1))
        last = now
    }
    if try await condition() { return }
    throw WaitTimedOut(description: "timed out after \(ceiling) waiting for \(what())")
}

/// A value set once by one thread or task and awaited by another.
public final class Box<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?

    /// An empty box.
    public init() {}

    /// Sets the value (a later call replaces it).
    public func set(_ newValue: Value) { lock.withLock { value = newValue } }

    /// The value now, if set.
    public var current: Value? { lock.withLock { value } }

    /// The value, once set; throws `WaitTimedOut` naming `what` when it never is.
    public func wait(for what: @autoclosure () -> String) async throws -> Value {
        try await waitUntil(what()) { current != nil }
        guard let value = current else { throw WaitTimedOut(description: "the value was taken away") }
        return value
    }
}

/// Text appended from one thread and read from another (a child's output as it arrives).
public final class LockedText: @unchecked Sendable {
    private let lock = NSLock()
    private var value = ""

    /// Empty text.
    public init() {}

    /// Adds `more` at the end.
    public func append(_ more: String) { lock.withLock { value += more } }

    /// The text so far.
    public var text: String { lock.withLock { value } }
}
