import Mustache

/// `t` in a template: the strings as a tree of their key parts, so that `{{t.nav.label}}` finds the
/// words of `nav.label` the way Mustache follows any dotted name.
struct StringsView: MustacheParent, Sendable {
    private enum Child: Sendable {
        case words(String)
        case node(StringsView)
    }

    private var children: [String: Child] = [:]

    /// The tree of the text entries of `strings` (counted phrases are the engine's to fill).
    init(_ strings: Strings) {
        for case let (key, .text(words)) in strings.entries {
            insert(words, at: key.split(separator: ".").map(String.init)[...])
        }
    }

    private init() {}

    private mutating func insert(_ words: String, at path: ArraySlice<String>) {
        guard let first = path.first else { return }
        if path.count == 1 {
            children[first] = .words(words)
            return
        }
        var node: StringsView
        if case .node(let existing)? = children[first] { node = existing } else { node = StringsView() }
        node.insert(words, at: path.dropFirst())
        children[first] = .node(node)
    }

    func child(named name: String) -> Any? {
        switch children[name] {
        case .words(let words)?: words
        case .node(let node)?: node
        case nil: nil
        }
    }
}

/// A view with the theme's strings beside it as `t`, which every template can reach from any section.
struct WithStrings: MustacheParent {
    let view: any ViewModel
    let strings: StringsView

    func child(named name: String) -> Any? {
        name == "t" ? strings : view.child(named: name)
    }
}
