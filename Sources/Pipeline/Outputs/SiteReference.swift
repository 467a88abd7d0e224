/// A link or resource reference inside the site, resolved from the file that holds it.
struct SiteReference: Equatable {
    /// The file it points at, relative to the site root (`countries/belarus/index.html`).
    var file: String
    /// The fragment after `#`, if any.
    var fragment: String?
    /// A query after `?`, kept as written, if any.
    var query: String?
    /// Whether it was written as a folder (`countries/belarus/`), to be written back that way.
    var namesFolder = false

    /// Resolves `reference` written in the site file `source`; nil for references that leave the
    /// site (a scheme, `//host`), that point only within the page (`#id`), or that climb above the root.
    /// An absolute path counts when it starts with `sitePath` (the `404.html` page links that way).
    init?(_ reference: String, in source: String, sitePath: String = "/") {
        guard !reference.isEmpty, !reference.hasPrefix("#"), !reference.hasPrefix("//"),
              !Self.hasScheme(reference) else { return nil }
        var path = Substring(reference)
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[path.index(after: hash)...])
            path = path[..<hash]
        }
        if let question = path.firstIndex(of: "?") {
            query = String(path[path.index(after: question)...])
            path = path[..<question]
        }
        var parts: [Substring]
        if path.hasPrefix("/") {
            guard path.hasPrefix(sitePath) else { return nil }
            parts = []
            path = path.dropFirst(sitePath.count)
        } else {
            parts = source.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        }
        for part in path.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case ".", "": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        namesFolder = path.isEmpty || path.hasSuffix("/") || path.hasSuffix("/.") || path.hasSuffix("/..") || path == "." || path == ".."
        file = (parts + (namesFolder ? ["index.html"] : [])).joined(separator: "/")
    }

    /// The same reference written from `source` (a site file), relative.
    func relative(from source: String) -> String {
        let depth = source.split(separator: "/").count - 1
        let target = namesFolder ? String(file.dropLast("index.html".count)) : file
        let path = String(repeating: "../", count: depth) + target
        return (path.isEmpty ? "./" : path) + (query.map { "?" + $0 } ?? "") + (fragment.map { "#" + $0 } ?? "")
    }

    private static func hasScheme(_ reference: String) -> Bool {
        guard let colon = reference.firstIndex(of: ":") else { return false }
        let scheme = reference[..<colon]
        return !scheme.isEmpty && !scheme.contains("/") && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) }
    }
}
