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
/// source is an error at the link; a page source with an id that the text never cites is a warning.
struct CitationPass {
    /// The theme partial that lays out the notes.
    static let template = "partials/notes"

    /// The page's own sources.
    var page: [SourceReference]
    /// The report's shared sources.
    var shared: [SourceReference]

    /// What the pass found and made.
    struct Result {
        var notes: [CitedSource] = []
        var problems: [Diagnostic] = []
        /// Whether the body cites anything, and so depends on the shared sources.
        var cites = false
    }

    /// Replaces the citations of `document`; `location` turns body positions into file locations.
    func run(on document: MarkdownDocument, location: (SourcePosition) -> SourceLocation) -> Result {
        var known: [String: (source: SourceReference, shared: Bool)] = [:]
        for source in shared { if let id = source.id?.value { known[id] = (source, true) } }
        for source in page { if let id = source.id?.value { known[id] = (source, false) } }
        var result = Result()
        var numbers: [String: Int] = [:]
        document.replaceCitations { marker in
            result.cites = true
            guard let (source, isShared) = known[marker.id] else {
                result.problems.append(Diagnostic(.error, at: location(marker.position), code: .unknownSource,
                    marker.id.isEmpty ? "the citation names no source" : "no source has the id '\(marker.id)'",
                    hint: Suggestion.hint(for: marker.id, in: known.keys.sorted())
                        ?? "give the page's sources, or Content/sources.yaml, a source with this id"))
                return nil
            }
            let number: Int
            if let existing = numbers[marker.id] {
                number = existing
                result.notes[number - 1].references += 1
            } else {
                number = result.notes.count + 1
                numbers[marker.id] = number
                result.notes.append(CitedSource(number: number, id: marker.id, source: source, shared: isShared, references: 1))
            }
            let reference = NoteView.referenceID(number, result.notes[number - 1].references)
            return "<sup class=\"noteref\"><a href=\"#\(NoteView.noteID(number))\" id=\"\(reference)\" role=\"doc-noteref\">\(number)</a></sup>"
        }
        for source in page {
            guard let id = source.id, numbers[id.value] == nil else { continue }
            result.problems.append(Diagnostic(.warning, at: id.location, code: .uncitedSource,
                "the text never cites the source '\(id.value)'",
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
