import Content

/// A page's notes: one per cited source, numbered in the order the text first cites them
/// (`partials/notes`, appended to the page's text).
public struct NotesView: ViewModel {
    public var notes: [NoteView]

    public static let fields: [String: any PartialKeyPath<NotesView> & Sendable] = ["notes": \.notes]

    public init(notes: [NoteView]) { self.notes = notes }
}

/// One note: the source, and a way back to each place in the text that cites it.
public struct NoteView: ViewModel {
    public var number: Int
    /// The note's id (`cite-note-3`), which each reference links to.
    public var id: String
    public var source: SourceView
    public var backlinks: [NoteBacklinkView]

    public static let fields: [String: any PartialKeyPath<NoteView> & Sendable] = [
        "number": \.number, "id": \.id, "source": \.source, "backlinks": \.backlinks,
    ]

    public init(number: Int, source: SourceView, references: Int) {
        self.number = number
        id = Self.noteID(number)
        self.source = source
        backlinks = (1...max(1, references)).map { occurrence in
            NoteBacklinkView(target: Self.referenceID(number, occurrence), occurrence: occurrence,
                             letter: references > 1 ? Self.letter(occurrence) : nil)
        }
    }

    /// The id of note `number`.
    public static func noteID(_ number: Int) -> String { "cite-note-\(number)" }

    /// The id of the `occurrence`-th reference (from 1) to note `number` in the text.
    public static func referenceID(_ number: Int, _ occurrence: Int) -> String { "cite-ref-\(number)-\(occurrence)" }

    /// `a`, `b` … `z`, then `aa` …: how a note with several references tells them apart.
    static func letter(_ occurrence: Int) -> String {
        var value = occurrence - 1
        var text = ""
        repeat {
            text = String(UnicodeScalar(UInt8(ascii: "a") + UInt8(value % 26))) + text
            value = value / 26 - 1
        } while value >= 0
        return text
    }
}

/// A link from a note back to one place that cites it.
public struct NoteBacklinkView: ViewModel {
    /// The reference's id in the text.
    public var target: String
    /// Which reference this is, from 1.
    public var occurrence: Int
    /// Its letter when the note has several references; nil when it has one.
    public var letter: String?

    public static let fields: [String: any PartialKeyPath<NoteBacklinkView> & Sendable] = [
        "target": \.target, "occurrence": \.occurrence, "letter": \.letter,
    ]
}
