import Content

extension Strings {
    /// The title of section `name` (`countries`, `report`, a new kind's folder): the report's own
    /// `sections.<name>.title` in `site.yaml`, else the theme's `section.<name>` in the report's
    /// language, else the folder name itself, capitalised, for a kind the theme has no word for.
    public func sectionTitle(_ name: String, of site: SiteConfig) -> String {
        if let title = site.sections[name]?.title { return title }
        if case .text(let title)? = entries["section.\(name)"] { return title }
        return (name.prefix(1).uppercased() + name.dropFirst()).replacingOccurrences(of: "-", with: " ")
    }
}
