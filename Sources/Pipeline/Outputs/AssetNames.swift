import Foundation

/// The files under `assets/` (the theme's and the search index) with the names they are published
/// under, fingerprinted after their content (`AssetFingerprint`). Known before any page is
/// rendered, so pages link the published names directly and only the rare page that names an
/// asset some other way (an image in the Markdown, a path written into a template) is rewritten.
public struct AssetNames: Sendable {
    /// Each file's bytes as published (stylesheets with their `url(…)`s renamed), by its path as written.
    let files: [String: Data]
    /// Each file's published path, by its path as written (`assets/site.css` → `assets/site.3f2a9c0d1e4b5a6f.css`).
    let renamed: [String: String]
    /// The published paths pages link directly: the theme's files', which change only with the theme.
    /// (The search index's name changes with every page's text; the one page naming it is rewritten
    /// instead, so an edit does not make every page new.)
    let linked: [String: String]

    /// The names of `assets`, by path below the site root; `generated` are those the build made.
    init(_ assets: [String: Data], generated: Set<String>) {
        let paths = assets.keys.sorted()
        // Stylesheets name other assets, so they are renamed after those, once their own references are rewritten.
        var files = assets
        var renamed: [String: String] = [:]
        for asset in paths where !asset.hasSuffix(".css") {
            renamed[asset] = AssetFingerprint.name(for: asset, data: assets[asset]!)
        }
        for stylesheet in paths where stylesheet.hasSuffix(".css") {
            let text = String(decoding: assets[stylesheet]!, as: UTF8.self)
            let data = Data(Self.rewriteStylesheet(text, file: stylesheet, renamed: renamed).utf8)
            files[stylesheet] = data
            renamed[stylesheet] = AssetFingerprint.name(for: stylesheet, data: data)
        }
        self.files = files
        self.renamed = renamed
        linked = renamed.filter { !generated.contains($0.key) }
    }

    /// What the names hash to, so pages rewritten in an earlier build are reused while they hold.
    var key: Int { Self.key(of: renamed) }

    /// What the names pages link directly hash to: a page is made again when they change.
    var linkedKey: Int { Self.key(of: linked) }

    private static func key(of names: [String: String]) -> Int {
        var hasher = Hasher()
        for (old, new) in names.sorted(by: { $0.key < $1.key }) {
            hasher.combine(old)
            hasher.combine(new)
        }
        return hasher.finalize()
    }

    /// The file names (without folders) of the assets as written, each also as HTML writes it in an
    /// attribute: a page holding none of them names no asset by its written name.
    var writtenNames: [[UInt8]] {
        Set(renamed.keys.map { String($0.split(separator: "/").last!) }).flatMap { name in
            Set([name, HTMLAttributes.escape(name).replacingOccurrences(of: "'", with: "&#39;")]).map { Array($0.utf8) }
        }
    }

    /// `reference` pointing at the renamed file, when it points at a renamed asset; only the file name changes.
    func renamedReference(_ reference: String, in file: String, sitePath: String) -> String? {
        Self.renamedReference(reference, in: file, sitePath: sitePath, renamed: renamed)
    }

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
