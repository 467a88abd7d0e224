import CByteSearch

/// Finds bytes in bytes, for the passes that scan every page: the C library's `memmem`. (A
/// `memchr` to each candidate first byte, as before, stopped at every `s` of an 80 MB page
/// looking for `site.css`: a seventh of a 10,000-page preview edit.)
enum ByteSearch {
    /// The offset of the first `needle` in `bytes` at or after `from`.
    static func first(_ needle: [UInt8], in bytes: UnsafeRawBufferPointer, from: Int) -> Int? {
        guard !needle.isEmpty, let base = bytes.baseAddress, from + needle.count <= bytes.count else { return nil }
        let found = needle.withUnsafeBytes { needle in
            dossier_memmem(base + from, bytes.count - from, needle.baseAddress, needle.count)
        }
        return found.map { base.distance(to: $0) }
    }
}
