import Crypto
import Pipeline
import Foundation

/// The files of a built site folder.
enum SiteFiles {
    /// Every file below `site` but Dossier's marker, by path relative to it, with the hex MD5 of its bytes (what S3
    /// gives as the ETag of an object uploaded in one part; a fingerprint of content, not a secret).
    static func digests(in site: URL) throws(DeployError) -> [String: String] {
        guard let enumerator = FileManager.default.enumerator(at: site, includingPropertiesForKeys: [.isRegularFileKey]) else {
            throw DeployError("cannot read \(site.path)")
        }
        let root = site.standardizedFileURL.path + "/"
        var digests: [String: String] = [:]
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true
            && url.lastPathComponent != OutputGuard.markerName {
            guard let data = try? Data(contentsOf: url) else { throw DeployError("cannot read \(url.path)") }
            digests[String(url.standardizedFileURL.path.dropFirst(root.count))] =
                Insecure.MD5.hash(data: data).map { String(format: "%02x", $0) }.joined()
        }
        return digests
    }
}
