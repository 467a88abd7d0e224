import Foundation
import Pipeline

/// On a terminal, the line at the bottom of standard error that says what a long build is doing
/// ("render: 4,312 of 10,000 pages"): it appears once the build has run for a second, is redrawn
/// in place, and is erased when the build ends. Logs and pipes never see it.
final class ProgressLine: @unchecked Sendable {
    /// What the build reports.
    let progress = BuildProgress()
    private let lock = NSLock()
    private var finished = false
    private var shown = false
    private let done = DispatchSemaphore(value: 0)

    /// A line for standard error, or nil when it is not a terminal.
    init?() {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        Thread.detachNewThread { [self] in
            var waited = 0.0
            while !lock.withLock({ finished }) {
                Thread.sleep(forTimeInterval: 0.1)
                waited += 0.1
                // Short builds end before the line would flicker up.
                if waited >= 1 { draw() }
            }
            done.signal()
        }
    }

    /// Erases the line, if it was shown, and stops drawing it.
    func finish() {
        lock.withLock { finished = true }
        done.wait()
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    private func draw() {
        let state = progress.state
        guard !state.stage.isEmpty else { return }
        let count = state.total > 0 ? ": \(state.done) of \(state.total) pages" : ""
        shown = true
        FileHandle.standardError.write(Data("\r\u{1B}[Kbuilding \(state.stage)\(count)".utf8))
    }
}
