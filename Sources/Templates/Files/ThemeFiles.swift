import Foundation

/// A theme folder's files, each read once: the templates' and strings files' text and the assets'
/// bytes. The build hashes, parses and publishes these very bytes, so nothing is read twice and a
/// file edited mid-build cannot be hashed in one state and used in another.
public struct ThemeFiles: Sendable {
    /// The folder read.
    public let folder: URL
    /// Whether the folder exists.
    public let exists: Bool
    /// Each `*.mustache` file's text by its path below the folder (`partials/members.mustache`);
    /// nil for a file that is not UTF-8 text.
    public let templates: [String: String?]
    /// Each `strings/*.yaml` file's text by language (`en`, `ru`); nil for one that is not UTF-8 text.
    public let strings: [String: String?]
    /// Each file below `assets/` (hidden ones left out) by its path below `assets/`.
    public let assets: [String: Asset]

    /// An asset as read.
    public enum Asset: Sendable {
        /// Its bytes.
        case bytes(Data)
        /// A link to `target`, outside the report: whatever it points at is not published.
        case outside(target: String)
        /// It could not be read, for the reason given.
        case unreadable(String)
    }

    /// One value for the templates' and strings files' names and texts (not the assets).
    public var textKey: Int {
        var hasher = Hasher()
        for files in [templates, strings] {
            for name in files.keys.sorted() {
                hasher.combine(name)
                hasher.combine(files[name] ?? nil)
            }
            hasher.combine(0)
        }
        return hasher.finalize()
    }

    /// Reads `folder`; an asset that links out of `report` (a theme from elsewhere, a slip) is not read.
    public static func read(_ folder: URL, report: URL? = nil) -> ThemeFiles {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            return ThemeFiles(folder: folder, exists: false, templates: [:], strings: [:], assets: [:])
        }
        var templates: [String: String?] = [:]
        for file in files(below: folder) where file.hasSuffix(".mustache") {
            templates[file] = .some(try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8))
        }
        let stringsFolder = folder.appendingPathComponent("strings")
        var strings: [String: String?] = [:]
        for file in (try? FileManager.default.contentsOfDirectory(atPath: stringsFolder.path)) ?? [] where file.hasSuffix(".yaml") {
            strings[String(file.dropLast(".yaml".count))] = .some(try? String(contentsOf: stringsFolder.appendingPathComponent(file), encoding: .utf8))
        }
        let assetsFolder = folder.appendingPathComponent("assets")
        let inside = report.map { $0.resolvingSymlinksInPath().path + "/" }
        var assets: [String: Asset] = [:]
        for file in files(below: assetsFolder) where !file.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            let url = assetsFolder.appendingPathComponent(file)
            let target = url.resolvingSymlinksInPath().path
            if let inside, !target.hasPrefix(inside) {
                assets[file] = .outside(target: target)
                continue
            }
            do {
                assets[file] = .bytes(try Data(contentsOf: url))
            } catch {
                assets[file] = .unreadable(error.localizedDescription)
            }
        }
        return ThemeFiles(folder: folder, exists: true, templates: templates, strings: strings, assets: assets)
    }

    /// The files (not folders) below `folder`, as paths below it.
    private static func files(below folder: URL) -> [String] {
        let manager = FileManager.default
        return (manager.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).filter { file in
            var isFolder: ObjCBool = false
            return manager.fileExists(atPath: folder.appendingPathComponent(file).path, isDirectory: &isFolder) && !isFolder.boolValue
        }
    }
}
