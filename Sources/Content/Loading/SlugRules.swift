/// What a slug may look like: lower-case ASCII letters and digits in words joined by single hyphens;
/// a relation joins two such slugs with `--`.
public enum SlugRules {
    /// Why `slug` is not acceptable, or nil when it is.
    public static func problem(with slug: String) -> (message: String, hint: String)? {
        let parts = slug.components(separatedBy: "--")
        guard parts.count <= 2, parts.allSatisfy(isSimpleSlug) else {
            return ("'\(slug)' is not a valid slug",
                    "use lower-case letters, digits and single hyphens, e.g. 'united-states' (relations: 'russia--ukraine')")
        }
        return nil
    }

    /// Whether `text` is lower-case ASCII words joined by single hyphens.
    public static func isSimpleSlug(_ text: String) -> Bool {
        !text.isEmpty && !text.hasPrefix("-") && !text.hasSuffix("-") && !text.contains("--")
            && text.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
    }
}
