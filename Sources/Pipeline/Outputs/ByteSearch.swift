import Foundation

/// Finds bytes in bytes, for the passes that scan every page: `memchr` to each candidate first
/// byte, `memcmp` for the rest (Swift's Glibc module does not declare the GNU `memmem`).
enum ByteSearch {
    /// The offset of the first `needle` in `bytes` at or after `from`.
    static func first(_ needle: [UInt8], in bytes: UnsafeRawBufferPointer, from: Int) -> Int? {
        guard let head = needle.first, let base = bytes.baseAddress else { return nil }
        var index = from
        while index + needle.count <= bytes.count {
            guard let found = memchr(base + index, Int32(head), bytes.count - needle.count + 1 - index) else { return nil }
            let offset = base.distance(to: UnsafeRawPointer(found))
            if memcmp(found, needle, needle.count) == 0 { return offset }
            index = offset + 1
        }
        return nil
    }
}
