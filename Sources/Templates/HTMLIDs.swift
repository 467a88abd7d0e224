/// The `id` attributes written in HTML: a rendered page's, or the literal ones of a template.
public enum HTMLIDs {
    /// Every `id="…"` value in `html`, leaving out values that are still Mustache tags.
    public static func find(in html: String) -> Set<String> {
        var ids: Set<String> = []
        var rest = Substring(html)
        while let start = rest.range(of: " id=\"") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            let id = rest[..<end]
            if !id.contains("{{") { ids.insert(String(id)) }
            rest = rest[rest.index(after: end)...]
        }
        return ids
    }
}
