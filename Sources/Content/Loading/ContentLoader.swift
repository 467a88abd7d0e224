import Diagnostics
import Foundation

/// Reads a report's `Content/` folder into a `ContentSet`, collecting every problem it finds.
public struct ContentLoader: Sendable {
    /// The report folder (the one holding `Content/`).
    public let root: URL
    /// The report folder's real path, which every file read must be below (resolved once: resolving
    /// it for every file was a tenth of a preview rebuild).
    let realRoot: String
    /// Whether `draft: true` pages are kept.
    public var includeDrafts: Bool
    /// Where decoded files are remembered between loads; nil decodes every file every time.
    public var cache: LoadCache?
    /// The kinds of Markdown files to read, each from its folder, in reading order.
    public var kinds: [any DocumentKind.Type]
    /// Whether files are decoded on all cores (the result is the same either way).
    public var parallel = true

    /// Files above this size are refused rather than read: no brief is this long.
    public static let maximumFileSize = 8 * 1024 * 1024

    /// Creates a loader for the report in `root` that reads the files of `kinds`.
    public init(root: URL, kinds: [any DocumentKind.Type], includeDrafts: Bool = false, cache: LoadCache? = nil) {
        self.root = root
        realRoot = Self.realPath(root)
        self.kinds = kinds
        self.includeDrafts = includeDrafts
        self.cache = cache
    }

    /// The result of loading: the content if `site.yaml` could be read, and every diagnostic.
    public struct Result: Sendable {
        /// The decoded content; nil when `site.yaml` is missing or broken.
        public var content: ContentSet?
        /// Everything found wrong, in file order.
        public var diagnostics: [Diagnostic]
        /// Drafts left out, by kind and slug, so links to them can be reported as such.
        public var skippedDrafts: [ContentKind: Set<String>]
        /// Every file read, by path relative to the report folder, with what its parts hash to.
        public var fingerprints: [String: SourceFingerprint] = [:]
    }

    /// Loads everything under `Content/`.
    public func load() -> Result {
        var diagnostics: [Diagnostic] = []
        var fingerprints: [String: SourceFingerprint] = [:]
        func note<Value>(_ file: String, _ loaded: LoadedFile<Value>) {
            diagnostics += loaded.diagnostics
            fingerprints[file] = loaded.fingerprint
        }
        let siteFile = "Content/site.yaml"
        let loadedSite = load(siteFile) { text, warnings throws(DiagnosticError) in
            let document = try YAMLDocument(text, file: siteFile)
            warnings += UnknownFields.check(document, known: SiteConfig.fieldNames, items: SiteConfig.itemFieldNames, in: "site.yaml")
            return try document.decode(SiteConfig.self)
        }
        note(siteFile, loadedSite)
        guard let site = loadedSite.value else {
            return Result(content: nil, diagnostics: diagnostics, skippedDrafts: [:], fingerprints: fingerprints)
        }

        var content = ContentSet(site: site)
        var drafts: [ContentKind: Set<String>] = [:]
        var unreadable: [ContentKind: Set<String>] = [:]
        func collect<Kind: DocumentKind>(_ descriptor: Kind.Type) {
            let kind = Kind.kind
            let files = markdownFiles(in: "Content/\(kind.folder)")
            let loaded = files.concurrentMap(inParallel: parallel) { loadDocument($0, kind: kind, as: Kind.Meta.self) }
            var documents: [Document<Kind.Meta>] = []
            for (file, loadedFile) in zip(files, loaded) {
                note(file, loadedFile)
                guard let document = loadedFile.value else {
                    unreadable[kind, default: []].insert(URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent)
                    continue
                }
                if document.meta.common.draft && !includeDrafts {
                    drafts[kind, default: []].insert(document.slug)
                } else {
                    documents.append(document)
                }
            }
            content.setDocuments(documents, for: kind)
        }
        if fileExists("Content/index.md") {
            let overview = loadDocument("Content/index.md", kind: .overview, as: PageFrontMatter.self)
            content.overview = overview.value
            note("Content/index.md", overview)
        }
        for kind in kinds { collect(kind) }
        content.unreadable = unreadable
        if fileExists(SharedSources.file) {
            let shared = load(SharedSources.file) { text, warnings throws(DiagnosticError) in
                let document = try YAMLDocument(text, file: SharedSources.file)
                warnings += UnknownFields.check(document, known: SharedSources.fieldNames, items: SharedSources.itemFieldNames,
                                                in: "sources.yaml")
                return try document.decode(SharedSources.self)
            }
            note(SharedSources.file, shared)
            content.sharedSources = shared.value?.sources ?? []
        }
        for file in files(in: "Content/data", extensions: ["yaml", "yml", "csv"]) {
            let url = URL(fileURLWithPath: file)
            let name = url.deletingPathExtension().lastPathComponent
            let table = load(file) { text, warnings throws(DiagnosticError) in
                try DataTableReader.read(text: text, name: name, file: file,
                                         format: url.pathExtension == "yml" ? "yaml" : url.pathExtension, warnings: &warnings)
            }
            note(file, table)
            if let value = table.value { content.dataTables.append(value) } else { content.unreadableDataTables.insert(name) }
        }
        return Result(content: content, diagnostics: diagnostics, skippedDrafts: drafts, fingerprints: fingerprints)
    }

    /// Reads a YAML or CSV file and decodes it; `decode` adds its warnings to the list it is given.
    func load<Value: Sendable>(_ file: String, decode: (String, inout [Diagnostic]) throws(DiagnosticError) -> Value) -> LoadedFile<Value> {
        read(file) { text in
            let fingerprint = SourceFingerprint(wholeText: text)
            var warnings: [Diagnostic] = []
            do throws(DiagnosticError) {
                let value = try decode(text, &warnings)
                return LoadedFile(value: value, diagnostics: warnings, fingerprint: fingerprint)
            } catch {
                return LoadedFile(value: nil, diagnostics: warnings + error.diagnostics, fingerprint: fingerprint)
            }
        }
    }

    /// Reads `file` and decodes its text with `decode`, or takes what the cache remembers for this text.
    func read<Value: Sendable>(_ file: String, decode: (String) -> LoadedFile<Value>) -> LoadedFile<Value> {
        var warnings: [Diagnostic] = []
        let text: String
        do {
            text = try readText(file, warnings: &warnings)
        } catch {
            return LoadedFile(value: nil, diagnostics: warnings + error.diagnostics, fingerprint: .unreadable)
        }
        var loaded = cache.map { $0.value(for: file, text: text) { decode(text) } } ?? decode(text)
        loaded.diagnostics = warnings + loaded.diagnostics
        return loaded
    }

    /// Reads and decodes one Markdown file: the document when it has no errors, and every diagnostic
    /// (warnings such as unknown fields travel along with a good document).
    public func loadDocument<Meta: FrontMatter>(_ file: String, kind: ContentKind, as meta: Meta.Type) -> LoadedFile<Document<Meta>> {
        read(file) { text in decodeDocument(text, file: file, kind: kind, as: meta) }
    }

    /// Splits and decodes a Markdown file's text.
    func decodeDocument<Meta: FrontMatter>(_ text: String, file: String, kind: ContentKind, as meta: Meta.Type) -> LoadedFile<Document<Meta>> {
        var problems: [Diagnostic] = []
        var fingerprint = SourceFingerprint(wholeText: text)
        do {
            let slug = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            let split = try FrontMatterSplit.split(text, file: file)
            fingerprint = SourceFingerprint(frontMatter: SourceFingerprint.hash(split.yaml), body: SourceFingerprint.hash(split.body))
            let yaml = try YAMLDocument(split.yaml, file: file, firstLine: split.yamlLine)
            problems += UnknownFields.check(yaml, known: CommonFields.fieldNames + Meta.fieldNames,
                                            items: CommonFields.itemFieldNames.merging(Meta.itemFieldNames) { common, _ in common },
                                            in: "\(kind.id) front matter")
            let decoded = try yaml.decode(Meta.self)
            if Meta.requiresTitle, decoded.common.title?.isEmpty ?? true {
                problems.append(Diagnostic(.error, at: yaml.location(of: yaml.root), code: .missingField,
                                           "missing required field 'title'"))
            }
            if kind != .overview, let problem = SlugRules.problem(with: slug) {
                problems.append(Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1),
                                           code: .invalidSlug, problem.message, hint: problem.hint))
            }
            guard !problems.hasErrors else { return LoadedFile(value: nil, diagnostics: problems, fingerprint: fingerprint) }
            let document = Document(kind: kind, slug: slug, file: file, meta: decoded, body: split.body, bodyLine: split.bodyLine)
            return LoadedFile(value: document, diagnostics: problems, fingerprint: fingerprint)
        } catch {
            return LoadedFile(value: nil, diagnostics: problems + error.diagnostics, fingerprint: fingerprint)
        }
    }
}
