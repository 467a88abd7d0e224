import Dispatch

extension Array where Element: Sendable {
    /// Maps the elements on all cores, keeping their order; `inParallel: false` maps them one after
    /// another on the calling thread, with the same results.
    public func concurrentMap<T: Sendable>(inParallel: Bool = true, _ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1, inParallel else { return map(transform) }
        // The results are built in the array's own storage, so nothing is copied and nothing is
        // left to deinitialize by hand.
        return [T](unsafeUninitializedCapacity: count) { buffer, initializedCount in
            // Each index is written by exactly one iteration, so the writes never overlap.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: count) { index in
                (slots.baseAddress! + index).initialize(to: transform(self[index]))
            }
            initializedCount = count
        }
    }
}
