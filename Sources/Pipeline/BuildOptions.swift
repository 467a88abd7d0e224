import Content
import Foundation

/// What a build reads and how it makes the site; where the site goes, if anywhere, is the
/// builder's (`Builder(writingInto:)`), so a build that only checks or previews names no folder.
public struct BuildOptions: Sendable {
    /// The report folder, holding `Content/` and `Templates/`.
    public var source: URL
    /// Whether `draft: true` pages are built.
    public var includeDrafts: Bool
    /// Replaces `site.yaml`'s `base_url` (e.g. for a staging host).
    public var baseURL: String?
    /// Whether folder links end in `index.html`, so the site works opened straight from disk.
    public var explicitIndex: Bool
    /// The printed edition the build adds to the site (`dossier build --pdf`), or nil.
    public var printedEdition: PrintedEditionStep?
    /// The path the site is served under (`/`, `/dossier/`), where the not-found page, shown at
    /// any depth, starts its links; nil means the path of the base URL (`site.yaml`'s or
    /// `baseURL`). The preview, which serves every report at `/`, sets `/`.
    public var sitePath: String?
    /// Whether the stages spread their work over the cores. A build with `false` does everything
    /// on one thread and makes the same site, byte for byte (a test holds them to it).
    public var parallel = true

    /// Options for building the report in `source`.
    public init(source: URL, includeDrafts: Bool = false, baseURL: String? = nil, explicitIndex: Bool = false,
                sitePath: String? = nil) {
        self.source = source
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
        self.explicitIndex = explicitIndex
        self.sitePath = sitePath
    }
}

/// The printed edition a build puts into the site: every page's `links.pdf` points at
/// `report.pdf`, and `make` prints it from the finished site in the folder the site was written
/// into, before that folder is swapped in, so a site whose PDF could not be made is never published.
public struct PrintedEditionStep: Sendable {
    /// The PDF's name in the site.
    public static let file = "report.pdf"

    /// Prints the site in the folder given into the PDF given, for the report `site.yaml` describes;
    /// the error's description says why not.
    public var make: @Sendable (_ site: URL, _ pdf: URL, _ config: SiteConfig) throws -> Void

    /// A step printing with `make`.
    public init(make: @escaping @Sendable (_ site: URL, _ pdf: URL, _ config: SiteConfig) throws -> Void) { self.make = make }
}
