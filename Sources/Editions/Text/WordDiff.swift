/// A word-level comparison of two texts: runs of words kept, deleted and inserted, in reading
/// order, from the standard library's `difference(from:)` (Myers' algorithm). Long runs of kept
/// words are shortened to their ends, so the changes stay in view.
public struct WordRun: Sendable, Codable, Equatable {
    /// Whether the words are in both texts, only the older or only the newer.
    public enum Kind: String, Sendable, Codable { case kept, deleted, inserted }

    public var kind: Kind
    /// The words, separated by single spaces ("…" where kept words are left out).
    public var text: String

    /// The most kept words shown on each side of a change.
    static let context = 12

    /// The runs that turn `old` into `new`.
    public static func diff(_ old: String, _ new: String) -> [WordRun] {
        let before = old.split(separator: " ").map(String.init), after = new.split(separator: " ").map(String.init)
        let difference = after.difference(from: before)
        var removed = Set<Int>(), inserted = Set<Int>()
        for change in difference {
            switch change {
            case let .remove(offset, _, _): removed.insert(offset)
            case let .insert(offset, _, _): inserted.insert(offset)
            }
        }
        var runs: [(kind: Kind, words: [String])] = []
        func add(_ kind: Kind, _ word: String) {
            if runs.last?.kind == kind { runs[runs.count - 1].words.append(word) } else { runs.append((kind, [word])) }
        }
        var i = 0, j = 0
        while i < before.count || j < after.count {
            if i < before.count, removed.contains(i) {
                add(.deleted, before[i]); i += 1
            } else if j < after.count, inserted.contains(j) {
                add(.inserted, after[j]); j += 1
            } else {
                add(.kept, after[j]); i += 1; j += 1
            }
        }
        return runs.enumerated().map { index, run in
            WordRun(kind: run.kind, text: run.kind == .kept ? shorten(run.words, first: index == 0, last: index == runs.count - 1) : run.words.joined(separator: " "))
        }
    }

    /// Kept words with only the ends next to changes left: the end of the first run, the start of the last, both ends between.
    static func shorten(_ words: [String], first: Bool, last: Bool) -> String {
        let keep = (first ? 0 : context) + (last ? 0 : context)
        guard words.count > keep + 1, !(first && last) else { return words.joined(separator: " ") }
        let head = first ? [] : words.prefix(context)
        let tail = last ? [] : words.suffix(context)
        return (head + ["…"] + tail).joined(separator: " ")
    }
}
