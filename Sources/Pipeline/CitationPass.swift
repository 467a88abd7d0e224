import Diagnostics
import Content
import Markdown
import Templates

/// A source a page cites, with its note's number.
public struct CitedSource: Sendable, Equatable {
    /// The note's number on the page, in the order the text first cites the source.
    public var number: Int
    /// The source's id.
    public var id: String
    /// The source.
    public var source: SourceReference
    /// Whether it comes from `Content/sources.yaml` rather than the page's own `sources`.
    public var shared: Bool
    /// How many places in the text cite it.
    public var references: Int
}

/// Turns a body's `cite:` links into numbered note references and makes its notes: one note per
/// source, numbered in reading order, each linking back to every reference. An id that names no
/// source is an error at the link; a page source with an id that neither the text nor a judgment
/// cites is a warning. The `cites` of the page's judgments, which the page shows before its text, are numbered first.
struct CitationPass {
    /// The theme partial that lays out the notes.
    static let template = "partials/notes"

    /// The page's own sources.
    var page: [SourceReference]
    /// The report's shared sources.
    var shared: [SourceReference]
    /// The source ids each of the page's judgments cites, where they are written.
    var judgments: [[Located<String>]] = []

    /// What the pass found and made.
    struct Result {
        var notes: [CitedSource] = []
        var problems: [Diagnostic] = []
        /// Whether the body cites anything, and so depends on the shared sources.
        var cites = false
        /// Per judgment, its references to the notes.
        var judgmentNotes: [[NoteReferenceView]] = []
    }

    /// Replaces the citations of `document`; `location` turns body positions into file locations.
    func run(on document: MarkdownDocument, location: (SourcePosition) -> SourceLocation) -> Result {
        var known: [String: (source: SourceReference, shared: Bool)] = [:]
        for source in shared { if let id = source.id?.value { known[id] = (source, true) } }
        for source in page { if let id = source.id?.value { known[id] = (source, false) } }
        var result = Result()
        var numbers: [String: Int] = [:]
        /// The reference to `id`'s note, numbering the note on its first reference; nil, with an
        /// error at `at`, for an id no source has.
        func cite(_ id: String, at: SourceLocation) -> NoteReferenceView? {
            result.cites = true
            guard let (source, isShared) = known[id] else {
                result.problems.append(Diagnostic(.error, at: at, code: .unknownSource,
                    id.isEmpty ? "the citation names no source" : "no source has the id '\(id)'",
                    hint: Suggestion.hint(for: id, in: known.keys.sorted())
                        ?? "give the page's sources, or Content/sources.yaml, a source with this id"))
                return nil
            }
            let number: Int
            if let existing = numbers[id] {
                number = existing
                result.notes[number - 1].references += 1
            } else {
                number = result.notes.count + 1
                numbers[id] = number
                result.notes.append(CitedSource(number: number, id: id, source: source, shared: isShared, references: 1))
            }
            return NoteReferenceView(number: number, occurrence: result.notes[number - 1].references)
        }
        let judgmentNotes = judgments.map { cites in cites.compactMap { cite($0.value, at: $0.location) } }
        result.judgmentNotes = judgmentNotes
        document.replaceCitations { marker in
            guard let reference = cite(marker.id, at: location(marker.position)) else { return nil }
            return "<sup class=\"noteref\"><a href=\"#\(reference.note)\" id=\"\(reference.id)\" role=\"doc-noteref\">\(reference.number)</a></sup>"
        }
        for source in page {
            guard let id = source.id, numbers[id.value] == nil else { continue }
            result.problems.append(Diagnostic(.warning, at: id.location, code: .uncitedSource,
                "neither the text nor a judgment cites the source '\(id.value)'",
                hint: "cite it with [text](cite:\(id.value)) where the text relies on it, or leave out its id to list it as background"))
        }
        return result
    }

    /// The notes section for `notes`, or nothing when the page cites nothing.
    static func notesHTML(_ notes: [CitedSource], theme: Theme, asOf: ReportDate) -> String {
        guard !notes.isEmpty else { return "" }
        let view = NotesView(notes: notes.map { NoteView(number: $0.number, source: SourceView($0.source, asOf: asOf, strings: theme.strings), references: $0.references) })
        return theme.render(view, template: template)
    }
}
