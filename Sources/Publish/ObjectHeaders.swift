import Pipeline

/// The `Content-Type` and `Cache-Control` a host should send for each file of the site.
enum ObjectHeaders {
    /// Fingerprinted assets never change under their name, so browsers may keep them for a year.
    static let immutable = "public, max-age=31536000, immutable"
    /// Pages and other files keep their name when they change, so caches recheck them soon.
    static let revalidate = "public, max-age=300"

    /// Content types by file extension; text types name their encoding.
    static let contentTypes: [String: String] = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
        "json": "application/json", "xml": "application/xml", "txt": "text/plain; charset=utf-8",
        "csv": "text/csv; charset=utf-8", "yaml": "application/yaml", "yml": "application/yaml", "svg": "image/svg+xml",
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp",
        "avif": "image/avif", "ico": "image/x-icon", "woff2": "font/woff2", "woff": "font/woff", "pdf": "application/pdf",
    ]

    /// Files whose type their extension does not tell.
    static let specialTypes: [String: String] = ["feed.xml": "application/atom+xml"]

    /// The content type of `path` (relative to the site root), if known.
    static func contentType(of path: String) -> String? {
        specialTypes[path] ?? contentTypes[fileExtension(of: path)]
    }

    /// The cache policy of `path`.
    static func cacheControl(of path: String) -> String {
        AssetFingerprint.isFingerprinted(path) ? immutable : revalidate
    }

    /// The lower-cased extension of the file name, or "".
    static func fileExtension(of path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
