import Content

extension BuildContext {
    /// One value for everything the publishing stages read (the site, every file's front matter,
    /// every rendered body, the link style), so that a preview rebuild that changed none of it
    /// reuses their output from the cache. Read by stages that list `PageBodies`.
    var publishingKey: Int {
        var hasher = Hasher()
        hasher.combine(inputs.key([.site, .sharedSources, .allData] + ([.overview] + PageKinds.all.map { $0.kind }).map(BuildInput.every)))
        for (route, body) in self[PageBodies.self].bodies.sorted(by: { $0.key < $1.key }) {
            hasher.combine(route)
            hasher.combine(body.fingerprint)
        }
        hasher.combine(options.explicitIndex)
        hasher.combine(options.baseURL)
        hasher.combine(options.sitePath)
        return hasher.finalize()
    }
}
