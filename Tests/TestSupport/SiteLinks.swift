import Foundation

/// Where a link or resource reference written in a generated page leads, on disk: the way a
/// browser resolves it against the page's address, for a site served under `sitePath`.
public enum SiteLinks {
    /// The file `reference` (an `href` or `src`, as written) in the page `file` of the site in
    /// `folder` names: relative references from the page's folder, absolute paths (the not-found
    /// page's, served at any depth) from `sitePath`, a folder as its `index.html`; an absolute
    /// path outside `sitePath` (dead where the site is served) as a file that never exists, so a
    /// check reports it. Nil for references that leave the site (a scheme, `//host`) and for
    /// those within the page (`#id`).
    public static func target(of reference: String, in file: String, folder: URL, sitePath: String = "/") -> URL? {
        guard !reference.hasPrefix("#"), !reference.hasPrefix("//"), !reference.contains(":") else { return nil }
        let path = String(reference.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                            .split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0])
        var target: URL
        if path.hasPrefix("/") {
            guard path.hasPrefix(sitePath) else { return folder.appendingPathComponent(".outside \(sitePath)\(path)") }
            target = folder.appendingPathComponent(String(path.dropFirst(sitePath.count)))
        } else {
            target = folder.appendingPathComponent(file).deletingLastPathComponent().appendingPathComponent(path)
        }
        if path.isEmpty || path.hasSuffix("/") || path.hasSuffix(".") { target.appendPathComponent("index.html") }
        return target.standardizedFileURL
    }
}
