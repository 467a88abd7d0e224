import Diagnostics
import Content
import Site
import Templates

/// The steps every build starts with, which the stages rely on: `load` reads `Content/` into typed
/// documents and `Templates/` into a theme, `index` builds the report graph, checks its cross-file
/// references and plans every page, and `editions` compares the earlier editions `site.yaml` lists.
/// Together they make the `Report` the stages' `BuildContext` starts from; a report whose content
/// cannot be read at all (no `site.yaml`, say) has none, and its build ends with their diagnostics.
enum ReportReading {
    /// The report as read, before any page is made.
    struct Report: Sendable {
        var graph: ReportGraph
        /// Nil when the theme has errors.
        var theme: Theme?
        var themeFiles: ThemeFiles
        var inputs: InputFingerprints
        var editions: EditionRecord?
        var plans: [PagePlan]
        var diagnostics: [Diagnostic]

        /// The theme's words; the report's language with none when the theme has errors.
        var strings: Strings { theme?.strings ?? Strings(language: graph.content.site.language, entries: [:]) }
    }

    /// What `load` read: the content (nil when it cannot be read at all) and the theme.
    struct Loaded: Sendable {
        var content: ContentSet?
        var drafts: [ContentKind: Set<String>]
        var theme: Theme?
        var themeFiles: ThemeFiles
        var inputs: InputFingerprints
        var diagnostics: [Diagnostic]
    }

    /// Reads `Content/` and `Templates/`; with a cache from earlier builds, decodes again only the
    /// files whose text changed and parses the theme again only when one of its files did.
    static func load(_ options: BuildOptions, cache: BuildCache) -> Loaded {
        var loader = ContentLoader(root: options.source, kinds: PageKinds.all, includeDrafts: options.includeDrafts, cache: cache.content)
        loader.parallel = options.parallel
        let result = loader.load()
        var content = result.content
        if let baseURL = options.baseURL {
            content?.site.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        }
        let files = ThemeFiles.read(options.source.appendingPathComponent("Templates"), report: options.source)
        // Scanning every template for its includes was a tenth of a preview rebuild; the texts decide it.
        let templates = cache.memo("template inputs", key: files.textKey) { TemplateInputs.fingerprints(of: files) }
        var themeKey = Hasher()
        for name in templates.keys.sorted() {
            themeKey.combine(name)
            themeKey.combine(templates[name])
        }
        let language = content?.site.language ?? Strings.reference
        let languageAt = content?.site.languageLocation
        themeKey.combine(language)
        themeKey.combine(languageAt)
        let theme = cache.theme(key: themeKey.finalize()) {
            Theme.load(files, contract: .pipeline, language: language, languageAt: languageAt)
        }
        return Loaded(content: content, drafts: result.skippedDrafts, theme: theme.theme, themeFiles: files,
                      inputs: InputFingerprints(sources: result.fingerprints, templates: templates),
                      diagnostics: result.diagnostics + theme.diagnostics)
    }

    /// Indexes what `load` read into the report graph, checks the graph and plans every page; nil
    /// when there is no content to index.
    static func index(_ loaded: Loaded) -> Report? {
        guard let content = loaded.content else { return nil }
        let graph = ReportGraph(content: content, drafts: loaded.drafts)
        var report = Report(graph: graph, theme: loaded.theme, themeFiles: loaded.themeFiles, inputs: loaded.inputs, editions: nil,
                            plans: [], diagnostics: loaded.diagnostics + Validation.check(graph))
        report.plans = PageCatalog.pages(of: graph, strings: report.strings)
        return report
    }
}
