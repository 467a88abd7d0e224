/// Phrases to find as whole words in prose, all in one reading of it: a trie over their bytes,
/// walked from each word start, so a paragraph is read once however many phrases there are.
struct PhraseTrie {
    /// The phrases in order of precedence: where two places found overlap, the phrase earlier in
    /// the list wins (given longest first, a longer phrase wins over one it contains).
    let phrases: [String]
    /// Per byte, its column in `next` (0: in no phrase).
    private let columns: [UInt8]
    /// How many columns a node has.
    private let width: Int
    /// Per node and column, the node after it (0: none; the root, node 0, follows no node).
    private let next: [Int32]
    /// Per node, the phrase that ends there (its index in `phrases`), or -1.
    private let ends: [Int32]

    /// The trie of `phrases`, which must be ASCII and in lower case to be found in `ProseText`.
    init(_ phrases: [String]) {
        precondition(phrases.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }, "phrases are ASCII")
        self.phrases = phrases
        var columns = [UInt8](repeating: 0, count: 256)
        var width = 1
        for byte in Set(phrases.flatMap(\.utf8)).sorted() {
            columns[Int(byte)] = UInt8(width)
            width += 1
        }
        var next = [Int32](repeating: 0, count: width)
        var ends: [Int32] = [-1]
        for (index, phrase) in phrases.enumerated() where !phrase.isEmpty {
            var node = 0
            for byte in phrase.utf8 {
                let slot = node * width + Int(columns[Int(byte)])
                if next[slot] == 0 {
                    next[slot] = Int32(ends.count)
                    ends.append(-1)
                    next += repeatElement(0, count: width)
                }
                node = Int(next[slot])
            }
            // A phrase given twice keeps its first place.
            if ends[node] < 0 { ends[node] = Int32(index) }
        }
        (self.columns, self.width, self.next, self.ends) = (columns, width, next, ends)
    }

    /// Every place in `units` (`ProseUnit`s) where a phrase stands as whole words, no two
    /// overlapping, in text order.
    func matches(in units: [UInt8]) -> [(phrase: String, range: Range<Int>)] {
        var found: [(phrase: Int, range: Range<Int>)] = []
        units.withUnsafeBufferPointer { units in
            var previousIsLetter = false
            for start in units.indices {
                defer { previousIsLetter = ProseUnit.isLetter(units[start]) }
                guard !previousIsLetter else { continue }
                var node = 0, index = start
                while index < units.count {
                    let column = Int(columns[Int(units[index])])
                    guard column != 0 else { break }
                    node = Int(next[node * width + column])
                    guard node != 0 else { break }
                    index += 1
                    if ends[node] >= 0, index == units.count || !ProseUnit.isLetter(units[index]) {
                        found.append((Int(ends[node]), start..<index))
                    }
                }
            }
        }
        guard !found.isEmpty else { return [] }
        // Every phrase in turn, in order of precedence, takes its places that overlap none taken.
        found.sort { ($0.phrase, $0.range.lowerBound) < ($1.phrase, $1.range.lowerBound) }
        var taken: [(phrase: Int, range: Range<Int>)] = []
        for candidate in found where !taken.contains(where: { $0.range.overlaps(candidate.range) }) {
            taken.append(candidate)
        }
        return taken.sorted { $0.range.lowerBound < $1.range.lowerBound }.map { (phrases[$0.phrase], $0.range) }
    }
}
