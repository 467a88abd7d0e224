import Foundation

/// One `{{…}}` tag of a Mustache template, where it is written.
///
/// swift-mustache keeps its parsed tokens private and without positions, so the template checks
/// read the tags themselves; the syntax itself is still validated by swift-mustache.
struct TemplateTag: Equatable {
    /// What the tag does.
    enum Kind: Equatable {
        /// `{{name}}` or `{{{name}}}` / `{{&name}}`.
        case variable
        /// `{{#name}}`.
        case section
        /// `{{^name}}`.
        case invertedSection
        /// `{{/name}}`.
        case close
        /// `{{>name}}`.
        case partial
        /// `{{<name}}`: a parent template this one inherits from.
        case parent
        /// `{{$name}}`: a block to fill or override.
        case block
    }

    var kind: Kind
    /// The name with transforms removed: `leaders` for `empty(leaders)`.
    var name: String
    /// The transforms applied, outermost first: `["empty"]` for `empty(leaders)`.
    var transforms: [String]
    /// The line of the tag's `{{`, from 1.
    var line: Int
    /// The column of the tag's `{{`, from 1, in Unicode scalars.
    var column: Int

    /// The name as written, transforms included: `empty(leaders)`.
    var writtenName: String { transforms.reversed().reduce(name) { "\($1)(\($0))" } }
}

/// Reads the tags of a template, following set-delimiter tags; comments are skipped.
public enum TemplateScanner {
    /// The templates `text` pulls in with `{{>partial}}` or `{{<parent}}`.
    public static func includes(in text: String) -> Set<String> {
        Set(tags(in: text).filter { $0.kind == .partial || $0.kind == .parent }.map(\.name))
    }

    /// `name` and every template it includes, directly or not, given each template's own includes.
    public static func closure(of name: String, includes: [String: Set<String>]) -> Set<String> {
        var seen: Set<String> = [name]
        var queue = [name]
        while let next = queue.popLast() {
            for included in includes[next] ?? [] where seen.insert(included).inserted { queue.append(included) }
        }
        return seen
    }

    /// Where the sections of `text` fail to nest: the first `{{/name}}` that closes something other
    /// than the innermost open section (with that section), or else the innermost section, block or
    /// parent still open at the end (with nil). Nil when every one is closed by its own name.
    static func unbalanced(in text: String) -> (tag: TemplateTag, open: TemplateTag?)? {
        var open: [TemplateTag] = []
        for tag in tags(in: text) {
            switch tag.kind {
            case .section, .invertedSection, .block, .parent:
                open.append(tag)
            case .close:
                guard let innermost = open.popLast() else { return (tag, nil) }
                if innermost.name != tag.name || innermost.transforms != tag.transforms { return (tag, innermost) }
            case .variable, .partial:
                continue
            }
        }
        return open.last.map { ($0, nil) }
    }

    static func tags(in text: String) -> [TemplateTag] { scan(text).tags.map(\.tag) }

    /// The tags of `text` with where each is written, in Unicode scalars from the start of the text.
    static func spans(in text: String) -> [Span] { scan(text).tags }

    /// A tag and the scalars it takes up in its template, `{{` to `}}` included.
    struct Span {
        var tag: TemplateTag
        var scalars: Range<Int>
        /// Whether the tag's value is HTML-escaped: `{{name}}`, not `{{{name}}}` or `{{&name}}`.
        var escapes: Bool
    }

    /// The line and column of a tag opened in `text` and never closed with `}}` (or the delimiter
    /// set in force), or nil when every tag is closed.
    static func unterminatedTag(in text: String) -> (line: Int, column: Int)? { scan(text).unterminated }

    private static func scan(_ text: String) -> (tags: [Span], unterminated: (line: Int, column: Int)?) {
        let scalars = Array(text.unicodeScalars)
        var open = Array("{{".unicodeScalars), close = Array("}}".unicodeScalars)
        var tags: [Span] = []
        var index = 0, line = 1, lineStart = 0
        func matches(_ token: [Unicode.Scalar], at position: Int) -> Bool {
            position + token.count <= scalars.count && Array(scalars[position..<(position + token.count)]) == token
        }
        while index < scalars.count {
            if scalars[index] == "\n" {
                line += 1
                lineStart = index + 1
                index += 1
                continue
            }
            guard matches(open, at: index) else { index += 1; continue }
            let tagLine = line, tagColumn = index - lineStart + 1, tagStart = index
            var contentStart = index + open.count
            let triple = open == Array("{{".unicodeScalars) && contentStart < scalars.count && scalars[contentStart] == "{"
            if triple { contentStart += 1 }
            var end = contentStart
            while end < scalars.count, !matches(close, at: end) {
                if scalars[end] == "\n" { line += 1; lineStart = end + 1 }
                end += 1
            }
            guard end < scalars.count else { return (tags, (tagLine, tagColumn)) }
            let content = String(String.UnicodeScalarView(scalars[contentStart..<end])).trimmingCharacters(in: .whitespaces)
            index = end + close.count
            if triple, index < scalars.count, scalars[index] == "}" { index += 1 }
            func found(_ kind: TemplateTag.Kind, _ written: String, escapes: Bool = false) {
                tags.append(Span(tag: tag(kind, written, line: tagLine, column: tagColumn), scalars: tagStart..<index, escapes: escapes))
            }
            if triple {
                found(.variable, content)
                continue
            }
            guard let sigil = content.first else { continue }
            let rest = String(content.dropFirst()).trimmingCharacters(in: .whitespaces)
            switch sigil {
            case "!": continue
            case "=":
                let delimiters = rest.dropLast().split(separator: " ", omittingEmptySubsequences: true)
                if delimiters.count == 2 {
                    open = Array(delimiters[0].unicodeScalars)
                    close = Array(delimiters[1].unicodeScalars)
                }
            case "#": found(.section, rest)
            case "^": found(.invertedSection, rest)
            case "/": found(.close, rest)
            case ">": found(.partial, rest)
            case "<": found(.parent, rest)
            case "$": found(.block, rest)
            case "&": found(.variable, rest)
            default: found(.variable, content, escapes: true)
            }
        }
        return (tags, nil)
    }

    /// Splits `empty(leaders)` into the name and its transforms.
    private static func tag(_ kind: TemplateTag.Kind, _ written: String, line: Int, column: Int) -> TemplateTag {
        var name = Substring(written)
        var transforms: [String] = []
        while let open = name.firstIndex(of: "("), name.hasSuffix(")") {
            transforms.append(String(name[..<open]))
            name = name[name.index(after: open)..<name.index(before: name.endIndex)]
        }
        return TemplateTag(kind: kind, name: String(name), transforms: transforms, line: line, column: column)
    }
}
