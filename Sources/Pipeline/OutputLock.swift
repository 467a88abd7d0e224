import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive advisory lock (`flock`) on a file, held by one build writing into an output at a time.
///
/// The system drops the lock when the descriptor closes, including when the process is killed, so
/// a stale lock file never blocks anyone: only a live build holding it does.
struct OutputLock {
    private let descriptor: Int32

    /// Takes the lock on `file`, creating it; when another build holds it, says so on standard error
    /// and waits for it.
    init(_ file: URL, waitingFor output: String) throws {
        descriptor = open(file.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileTree.SystemError(call: "open", path: file.path, code: errno) }
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return }
        guard errno == EWOULDBLOCK else {
            let code = errno
            close(descriptor)
            throw FileTree.SystemError(call: "flock", path: file.path, code: code)
        }
        FileHandle.standardError.write(Data("waiting for another build to finish writing \(output)/\n".utf8))
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let code = errno
                close(descriptor)
                throw FileTree.SystemError(call: "flock", path: file.path, code: code)
            }
        }
    }

    /// Lets the next build write.
    func release() { close(descriptor) }
}
