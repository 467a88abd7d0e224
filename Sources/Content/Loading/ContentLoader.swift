import Foundation

/// Reads a report's `Content/` folder into a `ContentSet`, collecting every problem it finds.
public struct ContentLoader: Sendable {
    /// The report folder (the one holding `Content/`).
    public var root: URL
    /// Whether `draft: true` pages are kept.
    public var includeDrafts: Bool

    /// Files above this size are refused rather than read: no brief is this long.
    public static let maximumFileSize = 8 * 1024 * 1024

    /// Creates a loader for the report in `root`.
    public init(root: URL, includeDrafts: Bool = false) {
        self.root = root
        self.includeDrafts = includeDrafts
    }

    /// The result of loading: the content if `site.yaml` could be read, and every diagnostic.
    public struct Result: Sendable {
        /// The decoded content; nil when `site.yaml` is missing or broken.
        public var content: ContentSet?
        /// Everything found wrong, in file order.
        public var diagnostics: [Diagnostic]
        /// Drafts left out, by kind and slug, so links to them can be reported as such.
        public var skippedDrafts: [ContentKind: Set<String>]
    }

    /// Loads everything under `Content/`.
    public func load() -> Result {
        var diagnostics: [Diagnostic] = []
        let siteFile = "Content/site.yaml"
        let site: SiteConfig?
        do {
            let text = try readText(siteFile, warnings: &diagnostics)
            let document = try YAMLDocument(text, file: siteFile)
            diagnostics += UnknownFields.check(document, known: SiteConfig.fieldNames, items: SiteConfig.itemFieldNames, in: "site.yaml")
            site = try document.decode(SiteConfig.self)
        } catch {
            diagnostics += error.diagnostics
            site = nil
        }
        guard let site else { return Result(content: nil, diagnostics: diagnostics, skippedDrafts: [:]) }

        var content = ContentSet(site: site)
        var drafts: [ContentKind: Set<String>] = [:]
        var unreadable: [ContentKind: Set<String>] = [:]
        func collect<Meta: FrontMatter>(_ kind: ContentKind, _ meta: Meta.Type) -> [Document<Meta>] {
            let files = markdownFiles(in: "Content/\(kind.folder)")
            let loaded = files.concurrentMap { loadDocument($0, kind: kind, as: meta) }
            var documents: [Document<Meta>] = []
            for (file, (document, problems)) in zip(files, loaded) {
                diagnostics += problems
                guard let document else {
                    unreadable[kind, default: []].insert(URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent)
                    continue
                }
                if document.meta.common.draft && !includeDrafts {
                    drafts[kind, default: []].insert(document.slug)
                } else {
                    documents.append(document)
                }
            }
            return documents
        }
        if fileExists("Content/index.md") {
            let (document, problems) = loadDocument("Content/index.md", kind: .overview, as: PageFrontMatter.self)
            content.overview = document
            diagnostics += problems
        }
        content.countries = collect(.country, CountryFrontMatter.self)
        content.organizations = collect(.organization, OrganizationFrontMatter.self)
        content.relations = collect(.relation, RelationFrontMatter.self)
        content.scenarios = collect(.scenario, ScenarioFrontMatter.self)
        content.pages = collect(.page, PageFrontMatter.self)
        content.unreadable = unreadable
        for file in files(in: "Content/data", extensions: ["yaml", "yml", "csv"]) {
            let url = URL(fileURLWithPath: file)
            let name = url.deletingPathExtension().lastPathComponent
            do {
                let text = try readText(file, warnings: &diagnostics)
                content.dataTables.append(try DataTableReader.read(
                    text: text, name: name, file: file,
                    format: url.pathExtension == "yml" ? "yaml" : url.pathExtension, warnings: &diagnostics))
            } catch {
                diagnostics += error.diagnostics
                content.unreadableDataTables.insert(name)
            }
        }
        return Result(content: content, diagnostics: diagnostics, skippedDrafts: drafts)
    }

    /// Reads and decodes one Markdown file: the document when it has no errors, and every diagnostic
    /// (warnings such as unknown fields travel along with a good document).
    public func loadDocument<Meta: FrontMatter>(_ file: String, kind: ContentKind, as meta: Meta.Type) -> (document: Document<Meta>?, diagnostics: [Diagnostic]) {
        var problems: [Diagnostic] = []
        do {
            let slug = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            let text = try readText(file, warnings: &problems)
            let split = try FrontMatterSplit.split(text, file: file)
            let yaml = try YAMLDocument(split.yaml, file: file, firstLine: split.yamlLine)
            problems += UnknownFields.check(yaml, known: CommonFields.fieldNames + Meta.fieldNames,
                                            items: CommonFields.itemFieldNames.merging(Meta.itemFieldNames) { common, _ in common },
                                            in: "\(kind.rawValue) front matter")
            let decoded = try yaml.decode(Meta.self)
            if Meta.requiresTitle, decoded.common.title?.isEmpty ?? true {
                problems.append(Diagnostic(.error, at: yaml.location(of: yaml.root), code: "missing-field",
                                           "missing required field 'title'"))
            }
            if kind != .overview, let problem = SlugRules.problem(with: slug) {
                problems.append(Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1),
                                           code: "invalid-slug", problem.message, hint: problem.hint))
            }
            guard !problems.hasErrors else { return (nil, problems) }
            return (Document(kind: kind, slug: slug, file: file, meta: decoded, body: split.body, bodyLine: split.bodyLine), problems)
        } catch {
            return (nil, problems + error.diagnostics)
        }
    }
}
