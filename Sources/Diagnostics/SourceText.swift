import Foundation

/// Text as the loader reads it: without a byte-order mark, with LF line endings.
public enum SourceText {
    /// Drops a leading byte-order mark and turns CRLF and lone CR into LF.
    public static func normalize(_ text: String) -> String {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        guard text.utf8.contains(UInt8(ascii: "\r")) else { return text }
        // "\r\n" is a single Character in Swift, so replace grapheme-wise.
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
