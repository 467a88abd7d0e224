import Content

/// A page's own judgments (`partials/judgments`, put before the page's text): each with its
/// likelihood and band, its confidence, what it rests on and the notes of the sources it cites.
public struct JudgmentsView: ViewModel {
    public var judgments: [JudgmentView]

    public static let fields: [String: any PartialKeyPath<JudgmentsView> & Sendable] = ["judgments": \.judgments]

    public init(judgments: [JudgmentView]) { self.judgments = judgments }
}

/// One judgment as its page shows it.
public struct JudgmentView: ViewModel {
    /// Its id on the page (`judgment-2`), which the key judgments link to.
    public var id: String
    public var text: String
    /// The likelihood in readers' words, nil when the judgment states none.
    public var likelihood: String?
    /// ICD 203's band for the likelihood, e.g. "55–80%".
    public var band: String?
    /// The confidence level in readers' words.
    public var confidence: String
    /// The confidence level as written in the content, for CSS classes.
    public var confidenceClass: String
    public var basis: String?
    public var key: Bool
    /// The note references to the sources it cites.
    public var notes: [NoteReferenceView]

    public static let fields: [String: any PartialKeyPath<JudgmentView> & Sendable] = [
        "id": \.id, "text": \.text, "likelihood": \.likelihood, "band": \.band, "confidence": \.confidence,
        "confidenceClass": \.confidenceClass, "basis": \.basis, "key": \.key, "notes": \.notes,
    ]

    /// The `index`-th judgment of a page (from 1), citing `notes`, in the words of `strings`.
    public init(_ judgment: Judgment, index: Int, notes: [NoteReferenceView], strings: Strings) {
        id = Self.id(index)
        text = judgment.text.value
        likelihood = judgment.likelihood.map(strings.word)
        band = judgment.likelihood?.band
        confidence = strings.word(judgment.confidence)
        confidenceClass = judgment.confidence.rawValue
        basis = judgment.basis?.value
        key = judgment.key
        self.notes = notes
    }

    /// The id of a page's `index`-th judgment, from 1.
    public static func id(_ index: Int) -> String { "judgment-\(index)" }
}

/// A reference from a judgment to one of the page's notes, like a `cite:` link in the text.
public struct NoteReferenceView: ViewModel {
    public var number: Int
    /// The reference's own id, which the note links back to.
    public var id: String
    /// The note's id.
    public var note: String

    public static let fields: [String: any PartialKeyPath<NoteReferenceView> & Sendable] = [
        "number": \.number, "id": \.id, "note": \.note,
    ]

    /// The `occurrence`-th reference to note `number`.
    public init(number: Int, occurrence: Int) {
        self.number = number
        id = NoteView.referenceID(number, occurrence)
        note = NoteView.noteID(number)
    }
}

/// A key judgment in the report's "Key judgments" box, linking to the page that states it.
public struct KeyJudgmentView: ViewModel {
    /// The judgment as its page shows it (its notes left to the page).
    public var judgment: JudgmentView
    /// The page stating it, linking to the judgment on it.
    public var page: LinkView

    public static let fields: [String: any PartialKeyPath<KeyJudgmentView> & Sendable] = ["judgment": \.judgment, "page": \.page]

    /// `judgment`, stated on the page `page` links to.
    public init(judgment: JudgmentView, page: LinkView) {
        self.judgment = judgment
        self.page = page
    }
}
