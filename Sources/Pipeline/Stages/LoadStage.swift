import Content
import Templates

/// Reads `Content/` into typed documents and `Templates/` into a theme; with a cache from earlier
/// builds, decodes again only the files whose text changed.
public struct LoadStage: BuildStage {
    public let name = "load"

    public init() {}

    public func run(_ context: inout BuildContext) {
        var loader = ContentLoader(root: context.options.source, kinds: PageKinds.all, includeDrafts: context.options.includeDrafts, cache: context.cache.content)
        loader.parallel = context.options.parallel
        let result = loader.load()
        context.diagnostics += result.diagnostics
        context.skippedDrafts = result.skippedDrafts
        if var content = result.content {
            if let baseURL = context.options.baseURL {
                content.site.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
            }
            context.content = content
        }
        let folder = context.options.source.appendingPathComponent("Templates")
        let templates = TemplateInputs.fingerprints(of: folder)
        var themeKey = Hasher()
        for name in templates.keys.sorted() {
            themeKey.combine(name)
            themeKey.combine(templates[name])
        }
        let language = context.content?.site.language ?? Strings.reference
        let languageAt = context.content?.site.languageLocation
        themeKey.combine(language)
        themeKey.combine(languageAt)
        let theme = context.cache.theme(key: themeKey.finalize()) {
            Theme.load(from: folder, contract: .pipeline, language: language, languageAt: languageAt)
        }
        context.theme = theme.theme
        context.diagnostics += theme.diagnostics
        context.inputs = InputFingerprints(sources: result.fingerprints, templates: templates)
    }
}
