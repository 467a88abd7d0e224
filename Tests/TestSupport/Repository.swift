import Foundation

/// Where the tests find the project: the repository (the bundled report's `Content/` and
/// `Templates/`, the docs) and the folder beside it that holds material shared with the
/// repository but not part of it (`../shared/commonmark/`).
public enum Repository {
    /// The repository's root folder, found from this file's path.
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared` next to the repository.
    public static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")

    /// A file or folder of the repository, by its path from the root (`docs/writing-a-brief.md`).
    public static func file(_ path: String) -> URL { root.appendingPathComponent(path) }
}
