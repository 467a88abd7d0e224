import Content
import Foundation

/// Publishes every file under `assets/` under its fingerprinted name (`AssetNames`) and points the
/// references pages make to them in another way than through their linker (an image in the
/// Markdown, a path a template writes) at the new names: `href`/`src` in the HTML pages.
public struct FingerprintStage: BuildStage {
    public let name = "fingerprint"

    public let reads: [any Sendable.Type] = [AssetNames.self, RenderedPages.self]

    public init() {}

    public func run(_ context: inout BuildContext) {
        guard !context.failed else { return }
        let assets = context[AssetNames.self]
        let sitePath = context.sitePath
        // Pages link assets by their published names; only a page holding a written name can need a rewrite.
        let written = assets.writtenNames
        let names = Set(assets.renamed.keys.map { String($0.split(separator: "/").last!) })
        let pages = context.files.filter { $0.key.hasSuffix(".html") }.map { (file: $0.key, data: $0.value) }
        let cache = context.cache
        let pageKeys = context[RenderedPages.self].keys
        let renamesKey = assets.key
        // A preview rebuild renders few pages again; the others are as they were last time, without
        // even the search for a written name (it read every page's bytes on every edit).
        let rewritten = pages.concurrentMap(inParallel: context.options.parallel) { page in
            cache.memo("fingerprint:" + page.file, key: Self.key(of: page, renames: renamesKey, pageKeys: pageKeys)) {
                guard Self.holdsAny(written, page.data) else { return page.data }
                return Data(HTMLAttributes.rewrite(String(decoding: page.data, as: UTF8.self), attributes: ["href", "src"]) { _, value in
                    guard names.contains(String(Self.fileName(of: value))) else { return nil }
                    return assets.renamedReference(value, in: page.file, sitePath: sitePath)
                }.utf8)
            }
        }
        for (page, data) in zip(pages, rewritten) { context.files[page.file] = data }
        for (old, new) in assets.renamed {
            context.files.removeValue(forKey: old)
            context.files[new] = assets.files[old]
        }
    }

    /// Whether `data` holds any of `needles`.
    static func holdsAny(_ needles: [[UInt8]], _ data: Data) -> Bool {
        data.withUnsafeBytes { bytes in
            needles.contains { ByteSearch.first($0, in: bytes, from: 0) != nil }
        }
    }

    /// What a page and the asset names hash to: the render stage's key for the page when it has
    /// one (equal keys, equal bytes), else the page's bytes.
    static func key(of page: (file: String, data: Data), renames: Int, pageKeys: [String: Int]) -> Int {
        var hasher = Hasher()
        hasher.combine(renames)
        if let key = pageKeys[page.file] {
            hasher.combine(key)
        } else {
            page.data.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
        return hasher.finalize()
    }

    /// The last path component of a reference, without query or fragment.
    static func fileName(of reference: String) -> Substring {
        let path = reference.prefix { $0 != "?" && $0 != "#" }
        return path.split(separator: "/", omittingEmptySubsequences: false).last ?? path
    }
}
