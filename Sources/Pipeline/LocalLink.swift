import Foundation
import Site

/// A link to a path of this site: no scheme, not protocol-relative, resolved against the page.
struct LocalLink {
    /// The path below the site root, without `#` or `?` parts.
    var path: String
    /// The fragment after `#`, if any.
    var anchor: String?

    init?(_ destination: String, from page: Route) {
        guard !destination.isEmpty, !destination.hasPrefix("//") else { return nil }
        let beforePath = destination.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !beforePath.contains(":") else { return nil }
        var rest = Substring(destination)
        if let hash = rest.firstIndex(of: "#") {
            anchor = String(rest[rest.index(after: hash)...]).removingPercentEncoding
            rest = rest[..<hash]
        }
        if let query = rest.firstIndex(of: "?") { rest = rest[..<query] }
        let written = String(rest).removingPercentEncoding ?? String(rest)
        if written.isEmpty {
            path = page.path
            return
        }
        // A page's links start from its folder: the route itself, or a file route's parent.
        let folder = page.path.hasSuffix("/") ? page.path.split(separator: "/") : page.path.split(separator: "/").dropLast()
        var parts: [Substring] = written.hasPrefix("/") ? [] : Array(folder)
        for part in written.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(part)
            }
        }
        path = parts.joined(separator: "/") + (written.hasSuffix("/") && !parts.isEmpty ? "/" : "")
    }
}
