import Content
import Site

/// Something pages are made from. A rebuild compares what each input hashes to now with what it
/// hashed to when a page was last made, and makes again only the pages whose inputs changed.
enum BuildInput: Hashable, Sendable {
    /// `Content/site.yaml`.
    case site
    /// `Content/sources.yaml`, the sources any page may cite (whether it exists, too).
    case sharedSources
    /// The front matter of a Markdown file, by path; also tells whether the file exists.
    case frontMatter(String)
    /// The Markdown body of a file, by path.
    case body(String)
    /// The front matter of every file of a kind, and which files there are.
    case every(ContentKind)
    /// Every data table.
    case allData
    /// A data table, by name.
    case data(String)
    /// A template with every template it includes, by name (`country`, `partials/toc`).
    case template(String)

    /// The front matter of an entity's file, which exists or not.
    static func entity(_ ref: EntityRef) -> BuildInput {
        .frontMatter("Content/\(ref.kind.folder)/\(ref.slug).md")
    }

    /// The front matter of the country or organization a relation party or scenario names, whichever exists.
    static func party(_ slug: String) -> [BuildInput] {
        [.entity(EntityRef(.country, slug)), .entity(EntityRef(.organization, slug))]
    }
}

/// What every input of a build hashes to.
struct InputFingerprints: Sendable {
    private var values: [BuildInput: Int] = [:]

    /// No inputs at all.
    init() {}

    /// The fingerprints of the content files the loader read and of the templates.
    init(sources: [String: SourceFingerprint], templates: [String: Int]) {
        var kinds: [ContentKind: Hasher] = [:]
        var data: [String: Hasher] = [:]
        var allData = Hasher()
        for file in sources.keys.sorted() {
            let fingerprint = sources[file]!
            if file == "Content/site.yaml" {
                values[.site] = fingerprint.frontMatter
            } else if file == SharedSources.file {
                values[.sharedSources] = fingerprint.frontMatter
            } else if file.hasPrefix("Content/data/") {
                let name = String(file.dropFirst("Content/data/".count).split(separator: ".").first ?? "")
                data[name, default: Hasher()].combine(fingerprint.frontMatter)
                allData.combine(file)
                allData.combine(fingerprint.frontMatter)
            } else if let kind = Self.kind(of: file) {
                values[.frontMatter(file)] = fingerprint.frontMatter
                values[.body(file)] = fingerprint.body
                kinds[kind, default: Hasher()].combine(file)
                kinds[kind]!.combine(fingerprint.frontMatter)
            }
        }
        for (kind, hasher) in kinds { values[.every(kind)] = hasher.finalize() }
        for (name, hasher) in data { values[.data(name)] = hasher.finalize() }
        values[.allData] = allData.finalize()
        for (name, fingerprint) in templates { values[.template(name)] = fingerprint }
    }

    /// One value for a list of inputs, which changes when any of them changes (an absent input counts too).
    func key(_ inputs: [BuildInput]) -> Int {
        var hasher = Hasher()
        for input in inputs { hasher.combine(values[input]) }
        return hasher.finalize()
    }

    /// The kind of a Markdown file from its folder.
    static func kind(of file: String) -> ContentKind? {
        guard file.hasSuffix(".md") else { return nil }
        if file == "Content/index.md" { return .overview }
        let folder = file.split(separator: "/").dropFirst().first.map(String.init)
        return PageKinds.all.map { $0.kind }.first { $0.folder == folder }
    }
}

extension EntityLink {
    /// What resolving the link reads: whether its target exists.
    var input: BuildInput {
        switch target {
        case .entity(let ref): .entity(ref)
        case .data(let name): .data(name)
        }
    }
}
