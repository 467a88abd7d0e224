import Foundation

/// Renames every file under `assets/` after its content hash and rewrites every reference to it:
/// `href`/`src` in the HTML pages and `url(…)` in stylesheets.
public struct FingerprintStage: BuildStage {
    public let name = "fingerprint"

    public init() {}

    public func run(_ context: inout BuildContext) {
        guard !context.failed else { return }
        let sitePath = RenderStage.sitePath(context.content?.site.baseURL ?? "/")
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
        for (file, data) in context.files where file.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            context.files[file] = Data(HTMLAttributes.rewrite(html, attributes: ["href", "src"]) { _, value in
                Self.renamedReference(value, in: file, sitePath: sitePath, renamed: renamed)
            }.utf8)
        }
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
