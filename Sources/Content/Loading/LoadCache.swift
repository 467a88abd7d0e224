import Diagnostics
import Foundation

/// What a source file's parts hash to, so a rebuild can tell which parts of the report changed.
///
/// The values come from Swift's `Hasher`: stable within one run of the program, not between runs.
public struct SourceFingerprint: Sendable, Hashable {
    /// The front matter of a Markdown file; the whole text of a YAML or CSV file.
    public var frontMatter: Int
    /// The Markdown body; the whole text of a YAML or CSV file.
    public var body: Int

    /// The fingerprint of a file whose parts hash to these values.
    public init(frontMatter: Int, body: Int) {
        self.frontMatter = frontMatter
        self.body = body
    }

    /// The fingerprint of a file that exists but cannot be read as text (binary, too large, not
    /// UTF-8): links to it count as resolved, so it must differ from a file that is not there.
    public static let unreadable = SourceFingerprint(frontMatter: 0x756E_7265_6164, body: 0x756E_7265_6164)

    /// The fingerprint of a file read as a whole.
    init(wholeText text: String) {
        let value = Self.hash(text)
        self.init(frontMatter: value, body: value)
    }

    /// What the bytes of `text` hash to. (A `String`'s own hash treats canonically equivalent texts
    /// as equal, but the site is made from the bytes.)
    public static func hash(_ text: String) -> Int {
        var hasher = Hasher()
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        return hasher.finalize()
    }
}

/// One file as loaded: its value when it has no errors, every diagnostic, and its fingerprint.
public struct LoadedFile<Value: Sendable>: Sendable {
    /// The decoded value; nil when the file has errors.
    public var value: Value?
    /// Everything found wrong with the file (warnings travel along with a good value).
    public var diagnostics: [Diagnostic]
    /// What the file's parts hash to.
    public var fingerprint: SourceFingerprint
}

/// Remembers what each file decoded to, so loading again re-decodes only the files whose text changed.
///
/// A loader without a cache decodes every file; one with a cache gives the same results, faster.
/// Safe to use from the loader's parallel workers.
public final class LoadCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: (text: String, value: any Sendable)] = [:]

    /// An empty cache.
    public init() {}

    /// The value decoded from `text` for `file`: remembered when the text is the one seen last, made otherwise.
    func value<Value: Sendable>(for file: String, text: String, make: () -> Value) -> Value {
        let remembered = lock.withLock { entries[file] }
        if let remembered, Self.sameBytes(remembered.text, text), let value = remembered.value as? Value { return value }
        let value = make()
        lock.withLock { entries[file] = (text, value) }
        return value
    }

    /// Whether two texts are the same bytes (`==` would also match canonically equivalent ones).
    private static func sameBytes(_ first: String, _ second: String) -> Bool {
        var first = first, second = second
        return first.withUTF8 { a in
            second.withUTF8 { b in a.count == b.count && (a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0) }
        }
    }
}
