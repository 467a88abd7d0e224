import Content
import Site

/// A correction the newer edition puts on record that the older one did not have.
public struct CorrectionEntry: Sendable, Codable, Equatable {
    public var page: PageLabel
    /// When it was made (`2006-02-10`).
    public var date: String
    /// What it says.
    public var text: String

    /// The newer edition's corrections the older one lacks, by date, then page.
    static func added(from old: EditionSnapshot, to new: EditionSnapshot) -> [CorrectionEntry] {
        var entries: [(date: ReportDate, entry: CorrectionEntry)] = []
        func collect(_ document: any AnyDocument, earlier: (any AnyDocument)?, page: PageLabel) {
            let known = Set(earlier?.common.corrections ?? [])
            for correction in document.common.corrections where !known.contains(correction) {
                entries.append((correction.date, CorrectionEntry(page: page, date: correction.date.description, text: correction.text)))
            }
        }
        if let overview = new.graph.content.overview {
            collect(overview, earlier: old.graph.content.overview, page: .overview(in: new.graph))
        }
        for kind in new.graph.kinds {
            for document in new.graph.content.documents(of: kind) {
                let ref = EntityRef(kind, document.slug)
                collect(document, earlier: old.graph.document(ref), page: PageLabel(ref, in: new.graph))
            }
        }
        return entries.sorted { ($0.date, $0.entry.page) < ($1.date, $1.entry.page) }.map(\.entry)
    }
}
