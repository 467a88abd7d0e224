import Content
import Foundation

/// Renames every file under `assets/` after its content hash and rewrites every reference to it:
/// `href`/`src` in the HTML pages and `url(…)` in stylesheets.
public struct FingerprintStage: BuildStage {
    public let name = "fingerprint"

    public init() {}

    public func run(_ context: inout BuildContext) {
        guard !context.failed else { return }
        let sitePath = context.sitePath
        let assets = context.files.keys.filter { $0.hasPrefix(AssetFingerprint.folder) }.sorted()
        // Stylesheets name other assets, so they are renamed after those, once their own references are rewritten.
        let (stylesheets, others) = (assets.filter { $0.hasSuffix(".css") }, assets.filter { !$0.hasSuffix(".css") })
        var renamed: [String: String] = [:]
        for asset in others {
            renamed[asset] = AssetFingerprint.name(for: asset, data: context.files[asset]!)
        }
        for stylesheet in stylesheets {
            let text = String(decoding: context.files[stylesheet]!, as: UTF8.self)
            let data = Data(Self.rewriteStylesheet(text, file: stylesheet, renamed: renamed).utf8)
            context.files[stylesheet] = data
            renamed[stylesheet] = AssetFingerprint.name(for: stylesheet, data: data)
        }
        // Most links of a page lead to other pages; only those ending in an asset's name are resolved.
        let names = Set(renamed.keys.map { String($0.split(separator: "/").last!) })
        let assetNames = renamed
        let pages = context.files.filter { $0.key.hasSuffix(".html") }.map { (file: $0.key, data: $0.value) }
        let cache = context.cache
        let pageKeys = context.pageKeys
        var renames = Hasher()
        for (old, new) in renamed.sorted(by: { $0.key < $1.key }) {
            renames.combine(old)
            renames.combine(new)
        }
        let renamesKey = renames.finalize()
        // A preview rebuild renders few pages again; the others are rewritten as they were last time.
        let rewritten = pages.concurrentMap { page in
            cache.memo("fingerprint:" + page.file, key: Self.key(of: page, renames: renamesKey, pageKeys: pageKeys)) {
                Data(HTMLAttributes.rewrite(String(decoding: page.data, as: UTF8.self), attributes: ["href", "src"]) { _, value in
                    guard names.contains(String(Self.fileName(of: value))) else { return nil }
                    return Self.renamedReference(value, in: page.file, sitePath: sitePath, renamed: assetNames)
                }.utf8)
            }
        }
        for (page, data) in zip(pages, rewritten) { context.files[page.file] = data }
        for (old, new) in renamed {
            context.files[new] = context.files.removeValue(forKey: old)
        }
    }

    /// `reference` pointing at the renamed file, when it points at a renamed asset; only the file name changes.
    static func renamedReference(_ reference: String, in file: String, sitePath: String, renamed: [String: String]) -> String? {
        guard let target = SiteReference(reference, in: file, sitePath: sitePath), let new = renamed[target.file] else { return nil }
        let oldName = target.file.split(separator: "/").last!
        let newName = new.split(separator: "/").last!
        let end = reference.firstIndex { $0 == "?" || $0 == "#" } ?? reference.endIndex
        guard reference[..<end].hasSuffix(oldName) else { return nil }
        return String(reference[..<end].dropLast(oldName.count)) + newName + String(reference[end...])
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

    /// `css` with each `url(…)` that names a renamed asset pointing at its new name.
    static func rewriteStylesheet(_ css: String, file: String, renamed: [String: String]) -> String {
        var output = ""
        var rest = css[...]
        while let open = rest.range(of: "url(") {
            output += rest[..<open.upperBound]
            rest = rest[open.upperBound...]
            guard let close = rest.firstIndex(of: ")") else { break }
            let raw = rest[..<close]
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            let quote = trimmed.first.flatMap { $0 == "\"" || $0 == "'" ? String($0) : nil } ?? ""
            let value = quote.isEmpty ? trimmed : String(trimmed.dropFirst().dropLast())
            if let new = renamedReference(value, in: file, sitePath: "/", renamed: renamed) {
                output += quote + new + quote
            } else {
                output += raw
            }
            rest = rest[close...]
        }
        return output + rest
    }
}
