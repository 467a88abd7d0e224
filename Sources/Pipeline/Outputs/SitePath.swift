import Content
import Foundation

extension SiteConfig {
    /// The path part of the base URL, e.g. `/dossier/` for `https://example.org/dossier/`: where
    /// the not-found page, which is served at any depth, starts its links.
    var sitePath: String {
        guard let url = URL(string: baseURL), !url.path.isEmpty else { return "/" }
        return url.path.hasSuffix("/") ? url.path : url.path + "/"
    }
}
