import Crypto
import Foundation

/// Names theme assets after their content (`assets/site.3f2a9c0d1e4b5a6f.css`), so a host may let
/// browsers cache them forever: a changed file gets a new name.
public enum AssetFingerprint {
    /// How many hex digits of the SHA-256 digest go into a name: 64 bits, far from any collision.
    public static let length = 16

    /// The folder whose files are fingerprinted.
    public static let folder = "assets/"

    /// `path` with the fingerprint of `data` before its extension.
    public static func name(for path: String, data: Data) -> String {
        let digest = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
        let hash = digest.prefix(length)
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        guard let dot = path[slash...].lastIndex(of: "."), dot > slash else { return "\(path).\(hash)" }
        return "\(path[..<dot]).\(hash)\(path[dot...])"
    }

    /// Whether `path` (relative to the site root) is a fingerprinted asset, safe to cache forever.
    public static func isFingerprinted(_ path: String) -> Bool {
        guard path.hasPrefix(folder) else { return false }
        let name = path.split(separator: "/").last ?? ""
        return name.split(separator: ".").dropFirst().contains { part in
            part.count == length && part.allSatisfy { $0.isHexDigit && !$0.isUppercase }
        }
    }
}
