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
            root = try Yams.compose(yaml: text, Self.resolver) ?? Node.mapping(Node.Mapping([]))
        } catch let error as YamlError {
            throw DiagnosticError(Self.diagnostic(for: error, file: file, lineOffset: firstLine - 1, columnOffset: columnOffset))
        } catch {
            throw DiagnosticError(Diagnostic(.error, at: SourceLocation(file: file, line: firstLine, column: 1),
                                             code: "yaml-syntax", "\(error)"))
        }
    }

    /// Tags stay unresolved: every field is decoded into a declared Swift type, which parses the
    /// text itself, and Yams' default resolver runs up to seven regular expressions on each scalar
    /// it compares or constructs, a large share of the loader's time.
    static let resolver = Resolver.basic

    /// The file location of a node's start.
    public func location(of node: Node) -> SourceLocation {
        location(of: node.mark)
    }

    /// The file location of a Yams mark (or the start of the YAML when there is none).
    public func location(of mark: Mark?) -> SourceLocation {
        SourceLocation(file: file, line: (mark?.line ?? 1) + lineOffset, column: (mark?.column ?? 1) + columnOffset)
    }

    /// Decodes the root as `T`, turning a decoding error into a diagnostic at the offending node.
    public func decode<T: Decodable>(_ type: T.Type) throws(DiagnosticError) -> T {
        let decoder = YAMLDecoder()
        do {
            return try decoder.decode(type, from: root, userInfo: [.sourceContext: SourceContext(file: file, lineOffset: lineOffset, columnOffset: columnOffset)])
        } catch let error as DecodingError {
            throw DiagnosticError(diagnostic(for: error))
        } catch {
            throw DiagnosticError(Diagnostic(.error, at: location(of: root), code: "yaml-decode", "\(error)"))
        }
    }

    /// The node reached by following `path` from the root, or the deepest node on the way.
    public func node(at path: [any CodingKey]) -> Node {
        var node = root
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

    private func diagnostic(for error: DecodingError) -> Diagnostic {
        switch error {
        case let .keyNotFound(key, context):
            let field = Self.fieldName(context.codingPath + [key])
            return Diagnostic(.error, at: location(of: node(at: context.codingPath)), code: "missing-field",
                              "missing required field '\(field)'")
        case let .typeMismatch(expected, context):
            let found = node(at: context.codingPath)
            return Diagnostic(.error, at: location(of: found), code: "wrong-type",
                              "'\(Self.fieldName(context.codingPath))' should be \(Self.describe(expected)), not \(Self.describe(found))")
        case let .valueNotFound(expected, context):
            return Diagnostic(.error, at: location(of: node(at: context.codingPath)), code: "wrong-type",
                              "'\(Self.fieldName(context.codingPath))' is empty; it should be \(Self.describe(expected))")
        case let .dataCorrupted(context):
            let invalid = context.underlyingError as? InvalidValue
            return Diagnostic(.error, at: location(of: node(at: context.codingPath)), code: invalid?.code ?? "invalid-value",
                              context.debugDescription, hint: invalid?.hint)
        @unknown default:
            return Diagnostic(.error, at: location(of: root), code: "yaml-decode", "\(error)")
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
        case is [Any].Type: "a list"
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

    static func diagnostic(for error: YamlError, file: String, lineOffset: Int, columnOffset: Int) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column + columnOffset)
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            var message = "YAML: \(problem)"
            if let context { message += " \(context.text)" }
            let hint = problem.contains("tab") ? "indent with spaces, not tabs" : nil
            return Diagnostic(.error, at: at(mark), code: "yaml-syntax", message, hint: hint)
        case let .duplicatedKeysInMapping(duplicates, context):
            return Diagnostic(.error, at: at(context.mark), code: "duplicate-key",
                              "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in mapping")
        default:
            return Diagnostic(.error, at: SourceLocation(file: file, line: 1 + lineOffset, column: 1),
                              code: "yaml-syntax", "YAML: \(error)")
        }
    }
}

/// What a value that is present but not acceptable carries in its `DecodingError`, so the
/// diagnostic gets a stable code and a hint.
public struct InvalidValue: Error, Sendable {
    /// The diagnostic code, e.g. `invalid-date`.
    public var code: String
    /// A hint, e.g. the accepted values.
    public var hint: String?

    /// Creates the payload.
    public init(code: String, hint: String? = nil) {
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
    public func invalidValue(_ message: String, code: String, hint: String? = nil) -> DecodingError {
        .dataCorrupted(.init(codingPath: codingPath, debugDescription: message,
                             underlyingError: InvalidValue(code: code, hint: hint)))
    }
}
