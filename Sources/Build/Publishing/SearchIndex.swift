import Foundation
import Site
import Templates

/// The client-side search index: for every page its title, address, kind, summary, headings and the
/// distinct words of its text, written as a script (`var DOSSIER_SEARCH = {…};`) so the search page
/// also works opened straight from disk, where browsers refuse to fetch a JSON file.
struct SearchIndex: Codable {
    /// One searchable page; short keys keep the file small.
    struct Page: Codable {
        /// Title.
        var t: String
        /// Address, relative to the search page.
        var u: String
        /// Page kind (`country`, `scenario`, …).
        var k: String
        /// Summary.
        var s: String?
        /// Headings as `[text, id]`.
        var h: [[String]]
        /// The distinct words of the body, folded to lower case without diacritics, space-separated.
        var w: String
    }

    var pages: [Page]

    /// The site file the index is written to.
    static let file = "assets/search-index.js"
    /// The name the index script gives the index.
    static let variable = "DOSSIER_SEARCH"

    /// The index of `plans`, with their rendered bodies; links are made for the search page.
    init(plans: [PagePlan], bodies: [Route: RenderedBody], linker: Linker) {
        pages = plans.map { plan in
            let body = bodies[plan.route]
            return Page(t: plan.title, u: linker.url(plan.route), k: plan.kind, s: plan.summary,
                        h: (body?.headings ?? []).map { [$0.text, $0.id] },
                        w: Self.words(in: [plan.title, plan.summary ?? "", body?.plainText ?? ""].joined(separator: " ")))
        }
    }

    /// The script that defines the index.
    func script() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return Data("var \(Self.variable) = ".utf8) + (try encoder.encode(self)) + Data(";\n".utf8)
    }

    /// The distinct words of `text` in first-seen order, folded as the search script folds a query.
    static func words(in text: String) -> String {
        var seen: Set<Substring> = []
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return folded.split { !$0.isLetter && !$0.isNumber }
            .filter { $0.count > 1 && seen.insert($0).inserted }
            .joined(separator: " ")
    }
}
