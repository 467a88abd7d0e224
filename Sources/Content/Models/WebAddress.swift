import Foundation

/// An absolute `http` or `https` URL as written in content (`sources[].url`, `base_url`),
/// refused with an `invalid-url` diagnostic when readers could not follow it.
public struct WebAddress: Decodable {
    /// The URL as written.
    public var text: String

    public init(from decoder: any Decoder) throws {
        text = try decoder.singleValueContainer().decode(String.self)
        guard Self.isAbsolute(text) else {
            throw decoder.invalidValue("'\(text)' is not an absolute web address", code: .invalidURL,
                                       hint: "write the full address, starting with https://")
        }
    }
}

extension WebAddress {
    /// Whether `text` is an absolute http or https address with a host.
    public static func isAbsolute(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
              let host = url.host else { return false }
        return !host.isEmpty
    }
}

/// A language tag for `<html lang>`, e.g. `en` or `en-GB` (BCP 47's common shape).
struct LanguageTag: Decodable {
    /// The tag as written.
    var text: String

    init(from decoder: any Decoder) throws {
        text = try decoder.singleValueContainer().decode(String.self)
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let valid = (2...3).contains(parts[0].count) && parts[0].allSatisfy { $0.isASCII && $0.isLetter }
            && parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
        guard valid else {
            throw decoder.invalidValue("'\(text)' is not a language tag", code: .invalidValue, hint: "use a tag such as en, ru or en-GB")
        }
    }
}
