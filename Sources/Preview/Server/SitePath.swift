/// What a request path names in the site being served.
enum SitePath: Equatable, Sendable {
    /// A file of the site, by its path below the site root.
    case file(String)
    /// A folder asked for without its trailing slash: the browser is sent to `location`, so the
    /// page's relative links resolve from inside the folder.
    case redirect(location: String)
    /// Nothing in the site.
    case notFound
    /// A path that tries to leave the site (`..`, `%2e%2e`, an absolute path, a backslash) or
    /// cannot be decoded; refused without looking.
    case refused

    /// Resolves the path of a request (without its query) against the site's files.
    ///
    /// The site is served from memory, so nothing outside its files (a symlink out of the folder,
    /// a parent folder) is ever reachable; the checks still refuse such paths outright, so a
    /// probe gets a clear answer rather than a 404 that looks like a missing page.
    static func resolve(_ rawPath: String, in files: Set<String>) -> SitePath {
        guard rawPath.hasPrefix("/"), let decoded = rawPath.removingPercentEncoding else { return .refused }
        let inner = decoded.dropFirst()
        let segments = inner.split(separator: "/", omittingEmptySubsequences: false)
        let refusedSegment = segments.dropLast().contains { $0.isEmpty }
            || segments.contains { $0 == ".." || $0 == "." }
        guard !refusedSegment, !decoded.contains("\\"), !decoded.contains("\0") else { return .refused }
        let path = String(inner)
        if path.isEmpty || path.hasSuffix("/") {
            return files.contains(path + "index.html") ? .file(path + "index.html") : .notFound
        }
        if files.contains(path) { return .file(path) }
        if files.contains(path + "/index.html") { return .redirect(location: rawPath + "/") }
        return .notFound
    }
}
