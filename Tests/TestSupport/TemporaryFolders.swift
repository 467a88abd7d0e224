import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Every temporary folder of a test run lives below one folder of the run, `dossier-tests-PID`
/// in the system's temporary folder, removed when the test process exits; the folders of runs
/// that died before they could clean up (a crash, a kill) are removed by the next run.
public enum TemporaryFolders {
    /// The folder of this run, created on first use.
    public static let root: URL = {
        let system = FileManager.default.temporaryDirectory
        sweepRunsThatDied(in: system)
        let root = system.appendingPathComponent("\(prefix)\(getpid())")
        try? FileManager.default.removeItem(at: root)
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: TemporaryFolders.root) }
        return root
    }()

    private static let prefix = "dossier-tests-"

    /// Removes the folders of earlier runs whose process no longer exists (other runs going on
    /// at the same time keep theirs).
    private static func sweepRunsThatDied(in system: URL) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: system.path)) ?? [] where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)), pid != getpid() else { continue }
            if kill(pid, 0) != 0, errno == ESRCH {
                try? FileManager.default.removeItem(at: system.appendingPathComponent(name))
            }
        }
    }
}

/// A new, empty folder of this test run, named after `name` for whoever looks inside.
public func temporaryFolder(_ name: String) throws -> URL {
    let folder = TemporaryFolders.root.appendingPathComponent("\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}
