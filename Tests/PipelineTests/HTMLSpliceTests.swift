import Foundation
@testable import Pipeline
import Testing

/// Pieces given to a template as placeholders come back in their places, byte for byte.
@Suite struct HTMLSpliceTests {
    @Test func eachPlaceholderIsReplacedByItsPiece() {
        var splice = HTMLSplice()
        let first = splice.placeholder(for: "<p>Газ & нефть</p>")
        let second = splice.placeholder(for: "")
        let rendered = "<main>\(first)|\(second)|\(first)</main>"
        #expect(splice.assembled(rendered) == "<main><p>Газ & нефть</p>||<p>Газ & нефть</p></main>")
        #expect(splice.assembledData(rendered) == Data("<main><p>Газ & нефть</p>||<p>Газ & нефть</p></main>".utf8))
    }

    /// Another splice's placeholder, or one cut short, is text like any other.
    @Test func textThatOnlyLooksLikeAPlaceholderStays() {
        var other = HTMLSplice()
        let foreign = other.placeholder(for: "x")
        var splice = HTMLSplice()
        let own = splice.placeholder(for: "piece")
        let cut = String(own.dropLast())
        let rendered = "\(foreign) \(cut) \(own)"
        #expect(splice.assembled(rendered) == "\(foreign) \(cut) piece")
    }

    @Test func withoutPlaceholdersTheTextIsUnchanged() {
        let splice = HTMLSplice()
        #expect(splice.assembled("<p>plain</p>") == "<p>plain</p>")
        #expect(splice.assembledData("<p>plain</p>") == Data("<p>plain</p>".utf8))
    }
}
