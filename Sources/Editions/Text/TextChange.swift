import Content
import Site

/// A page of both editions whose words changed: its summary and which sections were added,
/// removed or reworded, with a word-level comparison of each.
public struct TextChange: Sendable, Codable, Equatable {
    public var page: PageLabel
    /// The summary in each edition, when it changed.
    public var summary: ValueChange?
    public var sections: [SectionChange]

    /// The pages whose summary or body text differ between the editions, by title.
    static func changes(from old: EditionSnapshot, to new: EditionSnapshot) -> [TextChange] {
        var pairs: [Pair] = []
        if let before = old.graph.content.overview, let after = new.graph.content.overview {
            pairs.append(Pair(before: before, after: after, page: .overview(in: new.graph)))
        }
        for kind in new.graph.kinds {
            for document in new.graph.content.documents(of: kind) {
                let ref = EntityRef(kind, document.slug)
                guard let earlier = old.graph.document(ref) else { continue }
                pairs.append(Pair(before: earlier, after: document, page: PageLabel(ref, in: new.graph)))
            }
        }
        // Each page is parsed twice and compared word by word: the pages are shared out over the cores.
        return pairs.concurrentMap { compare($0.before, $0.after, page: $0.page) }.compactMap { $0 }.sorted { $0.page < $1.page }
    }

    /// A page in both editions.
    struct Pair: Sendable {
        var before: any AnyDocument
        var after: any AnyDocument
        var page: PageLabel
    }

    /// How `after` differs from `before` in its summary and sections; nil when it does not.
    static func compare(_ before: any AnyDocument, _ after: any AnyDocument, page: PageLabel) -> TextChange? {
        let summary = ValueChange(before.common.summary, after.common.summary)
        let sections = SectionChange.changes(MarkdownSection.sections(of: before.body), MarkdownSection.sections(of: after.body))
        guard summary != nil || !sections.isEmpty else { return nil }
        return TextChange(page: page, summary: summary, sections: sections)
    }
}

/// One section of a page that was added, removed or reworded.
public struct SectionChange: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable { case added, removed, reworded }

    public var kind: Kind
    /// The section's heading; nil for the text before the first heading.
    public var heading: String?
    /// The words kept, deleted and inserted, in reading order.
    public var words: [WordRun]

    /// The sections of `after` that are new or reworded, in its order, then those of `before` that are gone.
    /// Sections are matched by heading (the second section of one heading with the second).
    static func changes(_ before: [MarkdownSection], _ after: [MarkdownSection]) -> [SectionChange] {
        let older = keyed(before), newer = keyed(after)
        let olderText = Dictionary(older, uniquingKeysWith: { first, _ in first })
        let newerKeys = Set(newer.map(\.key))
        var changes: [SectionChange] = []
        for (key, text) in newer {
            guard let earlier = olderText[key] else {
                changes.append(SectionChange(kind: .added, heading: key.heading, words: [WordRun(kind: .inserted, text: text)]))
                continue
            }
            if earlier != text { changes.append(SectionChange(kind: .reworded, heading: key.heading, words: WordRun.diff(earlier, text))) }
        }
        for (key, text) in older where !newerKeys.contains(key) {
            changes.append(SectionChange(kind: .removed, heading: key.heading, words: [WordRun(kind: .deleted, text: text)]))
        }
        return changes
    }

    struct Key: Hashable {
        var heading: String?
        var occurrence: Int
    }

    static func keyed(_ sections: [MarkdownSection]) -> [(key: Key, text: String)] {
        var counts: [String?: Int] = [:]
        return sections.map { section in
            counts[section.heading, default: 0] += 1
            return (Key(heading: section.heading, occurrence: counts[section.heading]!), section.text)
        }
    }
}
