import Diagnostics
import Foundation
import Yams

/// A YAML text composed into a node tree, remembering where it sits in its file so that every
/// node, and every decoding error, can be reported at `file:line:col`.
public struct YAMLDocument {
    /// The composed root node (an empty mapping for empty text).
    public let root: Node
    /// The file this YAML came from, relative to the report folder.
    public let file: String
    /// Added to Yams' 1-based line numbers to get file lines (1 for front matter after `---`).
    public let lineOffset: Int
    /// Added to Yams' columns: the indentation cmark strips from a fenced block inside a list or quote.
    public let columnOffset: Int

    /// Composes `text`; a syntax error, a duplicate key or a tab in indentation becomes a diagnostic.
    public init(_ text: String, file: String, firstLine: Int = 1, columnOffset: Int = 0) throws(DiagnosticError) {
        self.file = file
        self.lineOffset = firstLine - 1
        self.columnOffset = columnOffset
        do {
            root = try Yams.compose(yaml: text, Self.resolver, .default, .utf8) ?? Node.mapping(Node.Mapping([]))
        } catch let error as YamlError {
            throw DiagnosticError(Self.diagnostic(for: error, text: text, file: file, lineOffset: firstLine - 1, columnOffset: columnOffset))
        } catch {
            throw DiagnosticError(Diagnostic(.error, at: SourceLocation(file: file, line: firstLine, column: 1),
                                             code: .yamlSyntax, "\(error)"))
        }
    }

    /// Tags stay unresolved: every field is decoded into a declared Swift type, which parses the
    /// text itself, and Yams' default resolver runs up to seven regular expressions on each scalar
    /// it compares or constructs, a large share of the loader's time.
    static let resolver = Resolver.basic

    // Yams reads the whole process environment each time it makes a decoder or a parser without
    // an explicit encoding (for `YAMS_DEFAULT_ENCODING`): a few percent of a large build. So the
    // parser is given UTF-8, Swift strings' own encoding and what that default comes to, and
    // one decoder serves every document. Decoding from a node only reads the decoder's options,
    // which nothing changes, so sharing it across threads is safe.
    nonisolated(unsafe) static let decoder = YAMLDecoder()

    /// The file location of a node's start.
    public func location(of node: Node) -> SourceLocation {
        location(of: node.mark)
    }

    /// The file location of a Yams mark (or the start of the YAML when there is none).
    public func location(of mark: Mark?) -> SourceLocation {
        SourceLocation(file: file, line: (mark?.line ?? 1) + lineOffset, column: (mark?.column ?? 1) + columnOffset)
    }

    /// Decodes the root as `T`, turning decoding errors into diagnostics at the offending nodes.
    ///
    /// A Decodable stops at its first error, so after each one the offending list item (or, outside
    /// lists, the top-level field) is set aside and decoding starts again: one run reports every
    /// broken field of a file, not just the first.
    public func decode<T: Decodable>(_ type: T.Type) throws(DiagnosticError) -> T {
        let decoder = Self.decoder
        let userInfo: [CodingUserInfoKey: any Sendable] = [.sourceContext: SourceContext(file: file, lineOffset: lineOffset, columnOffset: columnOffset)]
        var current = root
        var problems: [Diagnostic] = []
        var setAside: [[String]] = []
        while problems.count < Self.maximumProblemsPerDocument {
            do {
                let value = try decoder.decode(type, from: current, userInfo: userInfo)
                if problems.isEmpty { return value }
                break
            } catch let error as DecodingError {
                // A required field set aside earlier is now missing: already reported.
                if case let .keyNotFound(key, context) = error, setAside.contains((context.codingPath + [key]).map(\.stringValue)) { break }
                problems.append(diagnostic(for: error, in: current))
                guard let path = Self.codingPath(of: error), let cut = Self.cutPoint(in: path),
                      let pruned = Self.removing(cut[...], from: current) else { break }
                setAside.append(cut.map(\.stringValue))
                current = pruned
            } catch {
                problems.append(Diagnostic(.error, at: location(of: current), code: .yamlDecode, "\(error)"))
                break
            }
        }
        throw DiagnosticError(problems)
    }

    /// Enough to show an author everything wrong with one file, without drowning them.
    static let maximumProblemsPerDocument = 50

    static func codingPath(of error: DecodingError) -> [any CodingKey]? {
        switch error {
        case let .keyNotFound(_, context), let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
            context.codingPath
        @unknown default:
            nil
        }
    }

    /// What to set aside for an error at `path`: up to its innermost list item, else its top-level field.
    static func cutPoint(in path: [any CodingKey]) -> [any CodingKey]? {
        if let item = path.lastIndex(where: { $0.intValue != nil }) { return Array(path[...item]) }
        return path.first.map { [$0] }
    }

    /// `node` without the item or field at `path`; nil when the path leads nowhere.
    static func removing(_ path: ArraySlice<any CodingKey>, from node: Node) -> Node? {
        guard let key = path.first else { return nil }
        let rest = path.dropFirst()
        switch node {
        case .mapping(let mapping):
            guard let index = mapping.firstIndex(where: { $0.key.string == key.stringValue }) else { return nil }
            var pairs = mapping.map { ($0.key, $0.value) }
            if rest.isEmpty {
                pairs.remove(at: index)
            } else {
                guard let child = removing(rest, from: pairs[index].1) else { return nil }
                pairs[index].1 = child
            }
            return .mapping(Node.Mapping(pairs, mapping.tag, mapping.style, mapping.mark))
        case .sequence(let sequence):
            guard let index = key.intValue, sequence.indices.contains(index) else { return nil }
            var nodes = Array(sequence)
            if rest.isEmpty {
                nodes.remove(at: index)
            } else {
                guard let child = removing(rest, from: nodes[index]) else { return nil }
                nodes[index] = child
            }
            return .sequence(Node.Sequence(nodes, sequence.tag, sequence.style, sequence.mark))
        default:
            return nil
        }
    }

    /// The node reached by following `path` from the root, or the deepest node on the way.
    public func node(at path: [any CodingKey]) -> Node {
        node(at: path, in: root)
    }

    /// The node reached by following `path` from `start`, or the deepest node on the way.
    func node(at path: [any CodingKey], in start: Node) -> Node {
        var node = start
        for key in path {
            if let index = key.intValue, let sequence = node.sequence, index < sequence.count {
                node = sequence[index]
            } else if let mapping = node.mapping, let value = mapping[key.stringValue] {
                node = value
            } else {
                break
            }
        }
        return node
    }

    /// The top-level keys of the root mapping with their key nodes, in file order.
    public var topLevelKeys: [(name: String, node: Node)] {
        guard let mapping = root.mapping else { return [] }
        return mapping.map { ($0.key.string ?? "", $0.key) }
    }

    /// The diagnostic for `error`, raised while decoding `root` (the document, or what is left of it).
    private func diagnostic(for error: DecodingError, in root: Node) -> Diagnostic {
        func node(at path: [any CodingKey]) -> Node { self.node(at: path, in: root) }
        switch error {
        case let .keyNotFound(key, context):
            let field = Self.fieldName(context.codingPath + [key])
            return Diagnostic(.error, at: location(of: node(at: context.codingPath)), code: .missingField,
                              "missing required field '\(field)'")
        case let .typeMismatch(expected, context):
            let found = node(at: context.codingPath)
            return Diagnostic(.error, at: location(of: found), code: .wrongType,
                              "'\(Self.fieldName(context.codingPath))' should be \(Self.describe(expected)), not \(Self.describe(found))")
        case let .valueNotFound(expected, context):
            return Diagnostic(.error, at: location(of: node(at: context.codingPath)), code: .wrongType,
                              "'\(Self.fieldName(context.codingPath))' is empty; it should be \(Self.describe(expected))")
        case let .dataCorrupted(context):
            let invalid = context.underlyingError as? InvalidValue
            return Diagnostic(.error, at: location(of: node(at: context.codingPath)), code: invalid?.code ?? .invalidValue,
                              context.debugDescription, hint: invalid?.hint)
        @unknown default:
            return Diagnostic(.error, at: location(of: root), code: .yamlDecode, "\(error)")
        }
    }

    /// `members[2].country` from a coding path.
    static func fieldName(_ path: [any CodingKey]) -> String {
        var name = ""
        for key in path {
            if let index = key.intValue { name += "[\(index)]" } else { name += (name.isEmpty ? "" : ".") + key.stringValue }
        }
        return name.isEmpty ? "(document)" : name
    }

    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type, is Substring.Type: "text"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is [Any].Type, is Node.Sequence.Type: "a list"
        case is Node.Scalar.Type: "a single value"
        case is Node.Mapping.Type: "a mapping of fields"
        default:
            String(describing: type).hasPrefix("Array") ? "a list" : (String(describing: type).hasPrefix("Dictionary") ? "a mapping" : "a \(String(describing: type))")
        }
    }

    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): scalar.string.isEmpty ? "empty" : "'\(scalar.string)'"
        case .sequence: "a list"
        case .mapping: "a mapping"
        case .alias: "an alias"
        }
    }

    /// What a flow collection or quoted value left open names, when libyaml gave up on a later line
    /// than the one opening it: the cause is the opening bracket or quote (its context mark), not
    /// where the parser ran into the next line. On the same line, the problem's own place is nearer.
    static func unclosed(_ context: YamlError.Context, problem: String, at mark: Mark) -> String? {
        guard mark.line > context.mark.line else { return nil }
        switch context.text {
        case "while parsing a flow sequence": return "the list opened here with '['"
        case "while parsing a flow mapping": return "the mapping opened here with '{'"
        case "while scanning a quoted scalar": return "this quoted value"
        default: return nil
        }
    }

    static func diagnostic(for error: YamlError, text: String, file: String, lineOffset: Int, columnOffset: Int) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column + columnOffset)
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            if let context, let opened = unclosed(context, problem: problem, at: mark) {
                return Diagnostic(.error, at: at(context.mark), code: .yamlSyntax,
                                  "YAML: \(opened) is never closed (the parser gave up at line \(mark.line + lineOffset): \(problem))",
                                  hint: opened.hasPrefix("this quoted") ? "end the value with the same quote it starts with"
                                      : "close it on the same line, or quote the whole value if the bracket belongs to the text")
            }
            var message = "YAML: \(problem)"
            if let context { message += " \(context.text)" }
            let hint = problem.contains("tab") ? "indent with spaces, not tabs" : nil
            return Diagnostic(.error, at: at(mark), code: .yamlSyntax, message, hint: hint)
        case let .duplicatedKeysInMapping(duplicates, context):
            let first = context.mark
            let line = duplicates.first.flatMap { repeatedKeyLine($0, after: first, in: text) } ?? first.line
            return Diagnostic(.error, at: SourceLocation(file: file, line: line + lineOffset, column: first.column + columnOffset), code: .duplicateKey,
                              "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in mapping",
                              hint: "the key is first given on line \(first.line + lineOffset); keep one of the two")
        default:
            return Diagnostic(.error, at: SourceLocation(file: file, line: 1 + lineOffset, column: 1),
                              code: .yamlSyntax, "YAML: \(error)")
        }
    }
}

/// What a value that is present but not acceptable carries in its `DecodingError`, so the
/// diagnostic gets a stable code and a hint.
public struct InvalidValue: Error, Sendable {
    /// The diagnostic code, e.g. `invalid-date`.
    public var code: DiagnosticCode
    /// A hint, e.g. the accepted values.
    public var hint: String?

    /// Creates the payload.
    public init(code: DiagnosticCode, hint: String? = nil) {
        self.code = code
        self.hint = hint
    }
}

/// Where the file being decoded lives, handed to `Decodable` types through `userInfo`.
public struct SourceContext: Sendable {
    /// The file, relative to the report folder.
    public var file: String
    /// Added to Yams' lines to get file lines.
    public var lineOffset: Int
    /// Added to Yams' columns.
    public var columnOffset: Int
}

extension CodingUserInfoKey {
    /// The `SourceContext` of the YAML being decoded.
    public static let sourceContext = CodingUserInfoKey(rawValue: "dossier.sourceContext")!
}

extension Decoder {
    /// The file location of the node this decoder reads.
    public var sourceLocation: SourceLocation {
        let context = userInfo[.sourceContext] as? SourceContext
        return SourceLocation(file: context?.file ?? "", line: (mark?.line ?? 1) + (context?.lineOffset ?? 0),
                              column: (mark?.column ?? 1) + (context?.columnOffset ?? 0))
    }

    /// A `dataCorrupted` error for the value this decoder reads.
    public func invalidValue(_ message: String, code: DiagnosticCode, hint: String? = nil) -> DecodingError {
        .dataCorrupted(.init(codingPath: codingPath, debugDescription: message,
                             underlyingError: InvalidValue(code: code, hint: hint)))
    }
}

extension YAMLDocument {
    /// The line on which `key` is given again in the block mapping whose first `key` is at `first`: Yams points
    /// at the first occurrence, but the second is the one to remove or rename.
    static func repeatedKeyLine(_ key: String, after first: Mark, in text: String) -> Int? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let indent = String(repeating: " ", count: first.column - 1)
        for (index, line) in lines.enumerated() where index + 1 > first.line {
            guard line.hasPrefix(indent) else { continue }
            let rest = line.dropFirst(indent.count)
            if rest.hasPrefix("\(key):") || rest.hasPrefix("\"\(key)\":") || rest.hasPrefix("'\(key)':") {
                return index + 1
            }
        }
        return nil
    }
}
