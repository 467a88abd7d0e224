import Foundation

/// Decides whether a folder may be replaced by a built site.
///
/// A build replaces its output folder as a whole and keeps the replaced tree as its spare, which the
/// next build overwrites: pointed at the wrong folder, that would swap a report (or a home folder) out
/// for a website. So the output must be a folder Dossier made — it holds the marker file
/// ``markerName`` — or an empty or missing one, and never the report, a folder holding or inside its
/// `Content/` or `Templates/`, an ancestor of the report, `/` or the home folder.
///
/// An output written before the marker existed has none; it is accepted when it looks like a
/// Dossier site (``looksLikeBuiltSite(_:)``) and gets the marker on its next build.
public enum OutputGuard {
    /// The file in every output folder and spare tree Dossier writes, saying it made them.
    /// Deployers leave it out of what they publish.
    public static let markerName = ".dossier-output"

    /// What the marker file says, for a person who finds it.
    static let markerText = Data("This folder is a site built by Dossier; each build replaces its contents.\n".utf8)

    /// Why a folder may not be written, as one line for the person who named it.
    public struct Refusal: Error, Equatable, CustomStringConvertible {
        /// The sentence to print.
        public var description: String
    }

    /// Throws when `output` (with its spare tree beside it) may not be replaced by a site built from
    /// the report in `source`; `home` is the user's home folder.
    public static func check(output: URL, source: URL, home: URL? = defaultHome) throws(Refusal) {
        let target = resolved(output), report = resolved(source)
        let shown = output.path
        func refuse(_ reason: String) -> Refusal { Refusal(description: "refusing to write the site into \(shown): \(reason)") }
        if target == "/" { throw refuse("it is the root folder") }
        if let home, target == resolved(home) { throw refuse("it is your home folder") }
        if target == report { throw refuse("it is the report folder itself; use a folder of its own, such as Public") }
        if report.hasPrefix(target + "/") { throw refuse("it holds the report; use a folder of its own, such as Public") }
        for part in ["Content", "Templates"] where target == report + "/" + part || target.hasPrefix(report + "/" + part + "/") {
            throw refuse("it lies inside the report's \(part)/ folder")
        }
        try checkOwned(output, shown: shown, refuse: refuse)
        let spare = OutputFolder(output).spare
        try checkOwned(spare, shown: spare.path) { reason in
            Refusal(description: "refusing to build into \(shown): the folder beside it that holds the previous build, \(spare.path), \(reason)")
        }
    }

    /// Whether `url` is missing, empty, or a folder Dossier made; else the refusal says why not.
    private static func checkOwned(_ url: URL, shown: String, refuse: (String) -> Refusal) throws(Refusal) {
        switch FileTree.isFolder(url.path) {
        case nil: return
        case false?: throw refuse("it is a file, not a folder")
        case true?: break
        }
        for part in ["Content", "Templates"] where FileTree.isFolder(url.appendingPathComponent(part).path) != nil {
            throw refuse("it holds a \(part)/ folder, so it looks like a report, not a built site")
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        guard !entries.isEmpty, !entries.contains(markerName), !looksLikeBuiltSite(url) else { return }
        throw refuse("it is not empty and Dossier did not make it (it has no \(markerName) file); "
                     + "delete it first (rm -r '\(shown)') or choose another --output")
    }

    /// Whether a folder without the marker holds a site an earlier Dossier built: its home page and
    /// sitemap files and its `assets/` folder, where every build writes them.
    static func looksLikeBuiltSite(_ folder: URL) -> Bool {
        FileTree.isFolder(folder.appendingPathComponent("index.html").path) == false
            && FileTree.isFolder(folder.appendingPathComponent("sitemap.xml").path) == false
            && FileTree.isFolder(folder.appendingPathComponent(AssetFingerprint.folder).path) == true
    }

    /// Writes the marker into `folder`, a copy of a site made outside a build (a local mirror), so
    /// later runs know it as Dossier's; a folder that cannot take it is simply left unmarked.
    public static func mark(_ folder: URL) {
        try? markerText.write(to: folder.appendingPathComponent(markerName))
    }

    /// The user's home folder, from `HOME`.
    public static var defaultHome: URL? {
        ProcessInfo.processInfo.environment["HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
    }

    /// `url`'s absolute path with symbolic links resolved, also for the part that does not exist yet
    /// (the deepest existing ancestor is resolved, the rest appended), so `--output` spelled through a
    /// link or with `..` is compared as the folder it really is.
    static func resolved(_ url: URL) -> String {
        var existing = url.standardizedFileURL.path
        var rest: [String] = []
        while existing != "/", FileTree.isFolder(existing) == nil && !isLink(existing) {
            rest.insert((existing as NSString).lastPathComponent, at: 0)
            existing = (existing as NSString).deletingLastPathComponent
        }
        let real = realpath(existing, nil).map { pointer -> String in
            defer { free(pointer) }
            return String(cString: pointer)
        } ?? existing
        let joined = ([real == "/" ? "" : real] + rest).joined(separator: "/")
        return joined.isEmpty ? "/" : joined
    }

    private static func isLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK
    }
}
