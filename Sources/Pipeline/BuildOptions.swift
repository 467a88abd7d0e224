import Foundation

/// What a build reads, where it writes, and how.
public struct BuildOptions: Sendable {
    /// The report folder, holding `Content/` and `Templates/`.
    public var source: URL
    /// The output folder, replaced as a whole only when the build succeeds.
    public var output: URL
    /// Whether `draft: true` pages are built.
    public var includeDrafts: Bool
    /// Replaces `site.yaml`'s `base_url` (e.g. for a staging host).
    public var baseURL: String?
    /// Whether folder links end in `index.html`, so the site works opened straight from disk.
    public var explicitIndex: Bool
    /// The path the site is served under (`/`, `/dossier/`), where the not-found page, shown at
    /// any depth, starts its links; nil means the path of the base URL (`site.yaml`'s or
    /// `baseURL`). The preview, which serves every report at `/`, sets `/`.
    public var sitePath: String?

    /// Options for building `source` into `output`.
    public init(source: URL, output: URL, includeDrafts: Bool = false, baseURL: String? = nil, explicitIndex: Bool = false,
                sitePath: String? = nil) {
        self.source = source
        self.output = output
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
        self.explicitIndex = explicitIndex
        self.sitePath = sitePath
    }
}
