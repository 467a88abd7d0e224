import Content
import Foundation

/// What a PDF says about itself in its document information dictionary (ISO 32000-1 §14.3.3).
/// Chromium writes only the title (from `<title>`); the printer adds the rest.
public struct PDFDocumentInfo: Sendable, Equatable {
    public var title: String
    /// The authors, joined for the one `/Author` entry.
    public var author: String
    public var subject: String?
    public var keywords: [String]

    public init(title: String, author: String, subject: String?, keywords: [String]) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
    }

    /// The information of the report `site.yaml` describes: its title, authors (and organisation),
    /// description and keywords.
    public init(site: SiteConfig) {
        let names = site.authors.map(\.name) + (site.organization.map { [$0] } ?? [])
        self.init(title: site.title, author: names.joined(separator: ", "),
                  subject: site.description, keywords: site.keywords)
    }

    /// Sets `document`'s information to this one in `update`: a new information dictionary, keeping
    /// the creation date and producer from Chromium's own.
    func write(into update: inout PDFUpdate, of document: PDFDocument) throws(PDFError) {
        var entries = try document.information()
        entries["Title"] = .string(PDFValue.textBytes(title))
        entries["Creator"] = .string(PDFValue.textBytes("Dossier"))
        if !author.isEmpty { entries["Author"] = .string(PDFValue.textBytes(author)) }
        if let subject, !subject.isEmpty { entries["Subject"] = .string(PDFValue.textBytes(subject)) }
        if !keywords.isEmpty { entries["Keywords"] = .string(PDFValue.textBytes(keywords.joined(separator: ", "))) }
        guard let size = document.trailer["Size"]?.integer else { throw PDFError("the trailer has no /Size") }
        let number = document.trailer["Info"]?.reference?.number ?? max(size, (update.objects.keys.max() ?? 0) + 1)
        update.objects[number] = .dictionary(entries)
        update.trailer["Info"] = .reference(number, 0)
    }
}
