import Foundation

/// One PDF object (ISO 32000-1 §7.3), as far as Dossier reads them: dictionaries, arrays, names,
/// strings, numbers and references. Stream data is never decoded: what the printer reads (the page
/// tree, named destinations, the document information) lives in plain dictionaries.
enum PDFValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    /// A string's bytes, escapes and hex already decoded.
    case string([UInt8])
    case name(String)
    case array([PDFValue])
    case dictionary([String: PDFValue])
    /// An indirect reference `N G R`.
    case reference(Int, Int)

    subscript(key: String) -> PDFValue? {
        if case .dictionary(let entries) = self { return entries[key] }
        return nil
    }

    var array: [PDFValue]? { if case .array(let items) = self { items } else { nil } }
    var dictionary: [String: PDFValue]? { if case .dictionary(let entries) = self { entries } else { nil } }
    var name: String? { if case .name(let name) = self { name } else { nil } }
    var integer: Int? { if case .number(let number) = self { Int(exactly: number) } else { nil } }
    var reference: (number: Int, generation: Int)? { if case .reference(let n, let g) = self { (n, g) } else { nil } }

    /// A text string (§7.9.2.2): UTF-16BE after a byte-order mark, else PDFDocEncoding, whose
    /// printable ASCII range is all Chromium writes.
    var text: String? {
        guard case .string(let bytes) = self else { return nil }
        if bytes.starts(with: [0xFE, 0xFF]) {
            let units = stride(from: 2, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
            return String(decoding: units, as: UTF16.self)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A text string's bytes as the printer writes them: UTF-16BE after its byte-order mark, which
    /// holds any script.
    static func textBytes(_ text: String) -> [UInt8] {
        [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }

    /// The value written as PDF syntax, for objects the printer writes back.
    var serialized: String {
        switch self {
        case .null: "null"
        case .bool(let value): value ? "true" : "false"
        case .number(let number): Int(exactly: number).map(String.init) ?? String(number)
        case .string(let bytes): "<" + bytes.map { String(format: "%02X", $0) }.joined() + ">"
        case .name(let name): "/" + name.unicodeScalars.map { scalar in
            scalar.isASCII && scalar.value > 0x20 && !"#/()<>[]{}%".unicodeScalars.contains(scalar)
                ? String(scalar) : String(format: "#%02X", scalar.value) }.joined()
        case .array(let items): "[" + items.map(\.serialized).joined(separator: " ") + "]"
        case .dictionary(let entries):
            "<<" + entries.sorted { $0.key < $1.key }.map { "/\($0.key) \($0.value.serialized)" }.joined(separator: " ") + ">>"
        case .reference(let number, let generation): "\(number) \(generation) R"
        }
    }
}

/// Reads PDF objects from bytes: the tokens of §7.2 and the objects of §7.3.
struct PDFParser {
    let bytes: [UInt8]
    var position: Int

    init(_ bytes: [UInt8], at position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    static func isWhitespace(_ byte: UInt8) -> Bool { [0, 9, 10, 12, 13, 32].contains(byte) }
    static func isDelimiter(_ byte: UInt8) -> Bool { Array("()<>[]{}/%".utf8).contains(byte) }

    mutating func skipWhitespace() {
        while position < bytes.count {
            if Self.isWhitespace(bytes[position]) {
                position += 1
            } else if bytes[position] == UInt8(ascii: "%") {
                while position < bytes.count, bytes[position] != 10, bytes[position] != 13 { position += 1 }
            } else {
                return
            }
        }
    }

    /// A run of regular characters: a keyword or a number.
    mutating func word() -> String {
        skipWhitespace()
        let start = position
        while position < bytes.count, !Self.isWhitespace(bytes[position]), !Self.isDelimiter(bytes[position]) { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    /// Whether `keyword` comes next; consumes it if so.
    mutating func expect(_ keyword: String) -> Bool {
        let saved = position
        if word() == keyword { return true }
        position = saved
        return false
    }

    mutating func value() throws(PDFError) -> PDFValue {
        skipWhitespace()
        guard position < bytes.count else { throw PDFError("unexpected end of file at byte \(position)") }
        switch bytes[position] {
        case UInt8(ascii: "/"):
            position += 1
            return .name(nameBody())
        case UInt8(ascii: "("):
            return .string(try literalString())
        case UInt8(ascii: "<"):
            if position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "<") {
                position += 2
                var entries: [String: PDFValue] = [:]
                while true {
                    skipWhitespace()
                    if bytes.count > position + 1, bytes[position] == UInt8(ascii: ">"), bytes[position + 1] == UInt8(ascii: ">") {
                        position += 2
                        return .dictionary(entries)
                    }
                    guard case .name(let key) = try value() else { throw PDFError("a dictionary key is not a name at byte \(position)") }
                    entries[key] = try value()
                }
            }
            return .string(try hexString())
        case UInt8(ascii: "["):
            position += 1
            var items: [PDFValue] = []
            while true {
                skipWhitespace()
                if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
                    position += 1
                    return .array(items)
                }
                items.append(try value())
            }
        default:
            let start = position
            let token = word()
            switch token {
            case "true": return .bool(true)
            case "false": return .bool(false)
            case "null": return .null
            default:
                guard let number = Double(token) else { throw PDFError("unexpected '\(token)' at byte \(start)") }
                // `N G R` is a reference: look ahead for the generation and the R.
                if let object = Int(exactly: number), !token.contains(".") {
                    let saved = position
                    if let generation = Int(word()), expect("R") { return .reference(object, generation) }
                    position = saved
                }
                return .number(number)
            }
        }
    }

    private mutating func nameBody() -> String {
        var scalars = String.UnicodeScalarView()
        while position < bytes.count, !Self.isWhitespace(bytes[position]), !Self.isDelimiter(bytes[position]) {
            if bytes[position] == UInt8(ascii: "#"), position + 2 < bytes.count,
               let code = UInt8(String(decoding: bytes[position + 1...position + 2], as: UTF8.self), radix: 16) {
                scalars.append(Unicode.Scalar(code))
                position += 3
            } else {
                scalars.append(Unicode.Scalar(bytes[position]))
                position += 1
            }
        }
        return String(scalars)
    }

    private mutating func literalString() throws(PDFError) -> [UInt8] {
        position += 1
        var result: [UInt8] = []
        var depth = 1
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "("):
                depth += 1
                result.append(byte)
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return result }
                result.append(byte)
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { break }
                let escaped = bytes[position]
                position += 1
                switch escaped {
                case UInt8(ascii: "n"): result.append(10)
                case UInt8(ascii: "r"): result.append(13)
                case UInt8(ascii: "t"): result.append(9)
                case UInt8(ascii: "b"): result.append(8)
                case UInt8(ascii: "f"): result.append(12)
                case 10: break
                case 13: if position < bytes.count, bytes[position] == 10 { position += 1 }
                case UInt8(ascii: "0")...UInt8(ascii: "7"):
                    var code = Int(escaped - UInt8(ascii: "0"))
                    for _ in 0..<2 where position < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(bytes[position]) {
                        code = code * 8 + Int(bytes[position] - UInt8(ascii: "0"))
                        position += 1
                    }
                    result.append(UInt8(truncatingIfNeeded: code))
                default: result.append(escaped)
                }
            default:
                result.append(byte)
            }
        }
        throw PDFError("a string is not closed")
    }

    private mutating func hexString() throws(PDFError) -> [UInt8] {
        position += 1
        var digits: [UInt8] = []
        while position < bytes.count, bytes[position] != UInt8(ascii: ">") {
            if !Self.isWhitespace(bytes[position]) { digits.append(bytes[position]) }
            position += 1
        }
        guard position < bytes.count else { throw PDFError("a hex string is not closed") }
        position += 1
        if digits.count % 2 == 1 { digits.append(UInt8(ascii: "0")) }
        return try stride(from: 0, to: digits.count, by: 2).map { (index: Int) throws(PDFError) -> UInt8 in
            guard let byte = UInt8(String(decoding: digits[index...index + 1], as: UTF8.self), radix: 16) else {
                throw PDFError("a hex string holds a character that is not a hex digit")
            }
            return byte
        }
    }
}

/// A PDF the printer cannot read.
public struct PDFError: Error, CustomStringConvertible, Equatable {
    public let description: String
    init(_ description: String) { self.description = description }
}
