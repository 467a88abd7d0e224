import Foundation
import TestSupport
@testable import Pipeline

/// The bundled report built once into a fresh folder; reading `folder` guarantees the build ran.
struct BuiltSite: Sendable {
    let report: BuildResult
    let folder: URL

    init(_ name: String, baseURL: String? = nil, explicitIndex: Bool = false) {
        let folder = temporaryPath(name)
        report = Builder(writingInto: folder).run(BuildOptions(source: repositoryRoot, baseURL: baseURL, explicitIndex: explicitIndex))
        self.folder = folder
    }

    /// Every HTML page, relative to the folder.
    func pages() throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".html") }.sorted()
    }
}
