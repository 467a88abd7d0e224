import Content
import Site

/// Every source of the report, once: the shared sources of `Content/sources.yaml`, then each page's
/// own, a source listed on several pages (the same address, or the same title and date) merged into
/// one entry, with the pages that cite it and the pages that list it.
struct Bibliography: Sendable {
    /// One source of the report.
    struct Entry: Sendable {
        /// Unique in the report: the source's id where it has one, else made from its title and year;
        /// the BibTeX key, the RIS and CSL-JSON id and the entry's HTML id.
        var key: String
        var source: SourceReference
        /// The pages whose text cites it, in the site's page order.
        var citedOn: [Route] = []
        /// The pages whose `sources` list it, in the site's page order.
        var listedOn: [Route] = []
    }

    /// The entries, shared sources first, then in the order pages list them.
    private(set) var entries: [Entry] = []

    /// The bibliography of the pages in `plans` (in site order), whose bodies cite sources, and of the shared sources.
    init(plans: [PagePlan], bodies: [Route: RenderedBody], shared: [SourceReference]) {
        var index: [String: Int] = [:]
        var keys: Set<String> = []
        func add(_ source: SourceReference) -> Int {
            var key = source.id?.value ?? Self.key(for: source)
            if keys.contains(key) {
                var counter = 2
                while keys.contains("\(key)-\(counter)") { counter += 1 }
                key = "\(key)-\(counter)"
            }
            keys.insert(key)
            entries.append(Entry(key: key, source: source))
            return entries.count - 1
        }
        for source in shared {
            let position = add(source)
            if let id = source.id?.value { index["id:" + id] = position }
            index[Self.identity(of: source)] = index[Self.identity(of: source)] ?? position
        }
        for plan in plans {
            for source in plan.sources {
                let identity = Self.identity(of: source)
                let position = index[identity] ?? add(source)
                index[identity] = position
                if !entries[position].listedOn.contains(plan.route) { entries[position].listedOn.append(plan.route) }
            }
            for note in bodies[plan.route]?.notes ?? [] {
                guard let position = index[note.shared ? "id:" + note.id : Self.identity(of: note.source)] else { continue }
                if !entries[position].citedOn.contains(plan.route) { entries[position].citedOn.append(plan.route) }
            }
        }
    }

    /// What makes two listings the same work: its address, or else its title and date.
    static func identity(of source: SourceReference) -> String {
        if let url = source.url { return "url:" + url }
        return "title:" + source.title.lowercased() + "|" + (source.date?.description ?? "")
    }

    /// A key for a source without an id: the first three words of its title in ASCII, and its year.
    static func key(for source: SourceReference) -> String {
        let words = source.title.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.prefix(3)
        let stem = words.isEmpty ? "source" : words.joined(separator: "-")
        return source.date.map { "\(stem)-\($0.year)" } ?? stem
    }

    /// The entries grouped by kind, in `SourceKind`'s order, each group sorted by author (or publisher) and title.
    var groups: [(kind: SourceKind, entries: [Entry])] {
        SourceKind.allCases.compactMap { kind in
            let members = entries.filter { $0.source.effectiveKind == kind }
                .sorted { Self.sortKey($0.source) < Self.sortKey($1.source) }
            return members.isEmpty ? nil : (kind, members)
        }
    }

    private static func sortKey(_ source: SourceReference) -> String {
        ((source.author ?? source.publisher ?? "") + " " + source.title).lowercased()
    }

    /// What the bibliography hashes to, for the pages made from it.
    var key: Int {
        var hasher = Hasher()
        for entry in entries {
            hasher.combine(entry.key)
            hasher.combine(entry.citedOn)
            hasher.combine(entry.listedOn)
        }
        return hasher.finalize()
    }
}
