import Content

/// A link with its text and an optional remark.
public struct LinkView: ViewModel {
    public var title: String
    public var url: String
    public var note: String?
    public var current: Bool

    public init(title: String, url: String, note: String? = nil, current: Bool = false) {
        self.title = title
        self.url = url
        self.note = note
        self.current = current
    }

    public static let fields: [String: any PartialKeyPath<LinkView> & Sendable] = [
        "title": \.title, "url": \.url, "note": \.note, "current": \.current,
    ]
}

/// A label and its value in a facts box.
public struct FactView: ViewModel {
    public var label: String
    public var value: String

    public static let fields: [String: any PartialKeyPath<FactView> & Sendable] = ["label": \.label, "value": \.value]
}

/// A heading in a page's table of contents.
public struct HeadingView: ViewModel {
    public var level: Int
    public var text: String
    public var id: String
    /// Whether the heading is below the top level of the outline, for indentation.
    public var nested: Bool

    public init(level: Int, text: String, id: String, nested: Bool) {
        self.level = level
        self.text = text
        self.id = id
        self.nested = nested
    }

    public static let fields: [String: any PartialKeyPath<HeadingView> & Sendable] = [
        "level": \.level, "text": \.text, "id": \.id, "nested": \.nested,
    ]
}

/// A reference in a page's sources list.
public struct SourceView: ViewModel {
    /// The id citations use, if it has one.
    public var id: String?
    public var title: String
    public var author: String?
    public var publisher: String?
    /// The kind of work (`news`, `treaty` …).
    public var kind: String
    public var url: String?
    /// When it was published, in a reader's form.
    public var date: String?
    /// When the page was read, in a reader's form.
    public var accessed: String?
    /// Whether it was published after the report date, so the reader knows the report could not have used it then.
    public var later: Bool

    /// The view of `source` in a report dated `asOf`, its dates in the words of `strings`.
    public init(_ source: SourceReference, asOf: ReportDate, strings: Strings) {
        id = source.id?.value
        title = source.title
        author = source.author
        publisher = source.publisher
        kind = source.effectiveKind.rawValue
        url = source.url
        date = source.date.map(strings.date)
        accessed = source.accessed.map(strings.date)
        later = Hindsight.isLater(source.date, than: asOf)
    }

    public static let fields: [String: any PartialKeyPath<SourceView> & Sendable] = [
        "id": \.id, "title": \.title, "author": \.author, "publisher": \.publisher, "kind": \.kind, "url": \.url,
        "date": \.date, "accessed": \.accessed, "later": \.later,
    ]
}

/// A plain text item of a list.
public struct TextItem: ViewModel {
    public var text: String

    public static let fields: [String: any PartialKeyPath<TextItem> & Sendable] = ["text": \.text]
}
