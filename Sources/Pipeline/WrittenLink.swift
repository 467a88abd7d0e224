import Diagnostics
import Content
import Markdown

/// A link or image of a page's Markdown, as the author wrote it, at its file position.
public struct WrittenLink: Sendable, Equatable {
    /// Whether it is an image (`![alt](src)`).
    public var isImage: Bool
    /// The destination as written (`country:belarus#gas`, `../about/`, `assets/map.png`).
    public var destination: String
    /// The link text, or an image's alt text.
    public var text: String
    /// Where the destination is written.
    public var location: SourceLocation

    /// The link `reference`, found at `location`.
    init(_ reference: LinkReference, at location: SourceLocation) {
        isImage = reference.kind == .image
        destination = reference.destination
        text = reference.text
        self.location = location
    }
}
