import Foundation

/// How long a test waits for something that should happen at once before it gives up: long, so a
/// machine busy with other tests (or other builds) does not fail a test that is only slow; a wait
/// ends as soon as its condition holds, so the ceiling costs nothing when all is well.
public let waitCeiling: Duration = .seconds(300)

/// A wait that ran out of time, naming what it waited for.
public struct WaitTimedOut: Error, CustomStringConvertible {
    /// What never happened.
    public var description: String
}

/// Waits until `condition` holds, checking it every 10 ms, and throws `WaitTimedOut` (naming
/// `what`) if it still does not hold after `ceiling`. The condition is checked once more after the
/// ceiling, so a check that could not run in time (every thread busy) is not taken for a failure.
public func waitUntil(_ what: @autoclosure () -> String, ceiling: Duration = waitCeiling,
                      _ condition: () async throws -> Bool) async throws {
    let deadline = ContinuousClock.now + ceiling
    while ContinuousClock.now < deadline {
        if try await condition() { return }
        try await Task.sleep(for: .milliseconds(10))
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
