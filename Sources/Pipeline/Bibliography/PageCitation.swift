import Content
import Foundation
import Markdown
import Site
import Templates

/// How to cite a page of the report, or on the overview and `/report/` the report as a whole: the
/// values of the page's "Cite this page" box and citation meta tags. A page is cited as a web page
/// within the report, the report as a report of its organisation; both carry the report date.
enum PageCitation {
    /// The citation of the page `plan` plans, at `url`; nil for the not-found page, which is served
    /// at any address and is no part of the report. The overview and `/report/` cite one work, the
    /// report, at the overview's address, with one BibTeX entry.
    static func view(of plan: PagePlan, url pageURL: String, site: SiteConfig, strings: Strings) -> CiteView? {
        guard plan.route != .notFound else { return nil }
        let wholeReport = plan.route == .home || plan.route == .report
        let url = wholeReport ? site.baseURL : pageURL
        let title = wholeReport ? [site.title, site.subtitle].compactMap { $0 }.joined(separator: ": ") : plan.title
        let authors = site.authors.map(\.name)
        let date = site.asOf
        return CiteView(wholeReport: wholeReport, title: title, container: site.title, authors: authors, and: strings[.citeAnd],
                        publisher: site.organization, edition: site.edition, date: strings.date(date),
                        highwireDate: [String(format: "%04d", date.year), date.month.map { String(format: "%02d", $0) },
                                       date.day.map { String(format: "%02d", $0) }].compactMap { $0 }.joined(separator: "/"),
                        isoDate: date.description, url: url, language: site.language,
                        description: wholeReport ? site.description ?? plan.summary : plan.summary,
                        bibtex: bibTeX(title: title, wholeReport: wholeReport, route: plan.route, url: url, authors: authors, site: site))
    }

    /// The page's BibTeX entry: a `techreport` of the organisation for the whole report (a `misc`
    /// when the report names none), a `misc` noting the report it is part of for a page.
    static func bibTeX(title: String, wholeReport: Bool, route: Route, url: String, authors: [String], site: SiteConfig) -> String {
        let escape = BibliographyFormats.bibEscape
        var fields: [(String, String)] = []
        if !authors.isEmpty { fields.append(("author", "{" + authors.map { "{\(escape($0))}" }.joined(separator: " and ") + "}")) }
        fields.append(("title", "{{\(escape(title))}}"))
        let type: String
        if wholeReport, let organization = site.organization {
            type = "techreport"
            fields.append(("institution", "{\(escape(organization))}"))
        } else {
            type = "misc"
            if !wholeReport { fields.append(("howpublished", "{\(escape(site.title))}")) }
            if let organization = site.organization { fields.append(("organization", "{\(escape(organization))}")) }
        }
        if let edition = site.edition { fields.append(("edition", "{\(escape(edition))}")) }
        fields += BibliographyFormats.dateFields(site.asOf)
        fields.append(("url", "{\(BibliographyFormats.bibURL(url))}"))
        fields.append(("language", "{\(escape(site.language))}"))
        return "@\(type){\(key(route: route, site: site)),\n" + fields.map { "  \($0.0) = \($0.1)" }.joined(separator: ",\n") + "\n}"
    }

    /// The entry's key: the report's short title and year, and for a page its address
    /// (`russia-and-the-post-soviet-space-2006-countries-belarus`).
    static func key(route: Route, site: SiteConfig) -> String {
        let words = String(Slug.make(site.shortTitle ?? site.title).unicodeScalars.filter { $0.isASCII })
            .split(separator: "-").joined(separator: "-")
        let report = (words.isEmpty ? "report" : words) + "-\(site.asOf.year)"
        guard route != .home, route != .report else { return report }
        return report + "-" + Slug.make(String(route.path.map { $0 == "/" ? " " : $0 }))
    }
}
