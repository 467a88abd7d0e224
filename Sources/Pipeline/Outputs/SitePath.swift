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

extension BuildContext {
    /// Where the site is served: the options' `sitePath` when set (the preview's `/`), else the
    /// path of the base URL. The not-found page links from it, and links written that way are
    /// resolved against it.
    var sitePath: String {
        if let path = options.sitePath { return path.hasSuffix("/") ? path : path + "/" }
        return content.site.sitePath
    }
}
