import Content
import Templates

/// The section before a page's text that states the page's judgments (`partials/judgments`): each
/// with its likelihood and band, confidence, basis and the notes of the sources it cites.
enum JudgmentsSection {
    /// The theme partial that lays out the section.
    static let template = "partials/judgments"

    /// The ids the section gives `count` judgments, which the text's headings keep clear of.
    static func ids(count: Int) -> Set<String> {
        Set((0..<count).map { JudgmentView.id($0 + 1) })
    }

    /// The section for `judgments`, each citing its `notes`; nothing for a page without judgments.
    static func html(_ judgments: [Judgment], notes: [[NoteReferenceView]], theme: Theme) -> String {
        guard !judgments.isEmpty else { return "" }
        let views = judgments.enumerated().map { index, judgment in
            JudgmentView(judgment, index: index + 1, notes: index < notes.count ? notes[index] : [], strings: theme.strings)
        }
        return theme.render(JudgmentsView(judgments: views), template: template)
    }
}
