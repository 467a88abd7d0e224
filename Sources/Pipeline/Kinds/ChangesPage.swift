import Content
import Editions
import Site
import Templates

/// `/changes/`: what changed from each edition to the next, for a report whose `site.yaml` lists
/// earlier editions. Like the section pages it is one template (`changes.mustache`) with its view
/// model (`ChangesView`); the editions stage adds its plan once the comparisons are made.
enum ChangesPage {
    /// Its address.
    static let route = Route("changes/")
    /// Its template, CSS kind and name in `site.yaml`'s `sections`.
    static let template = "changes"
    /// The view models its template renders with besides `PageView`.
    static let viewModels: [any ViewModel.Type] = [ChangesView.self]

    /// The page showing `comparisons` (oldest first).
    static func plan(_ comparisons: [EditionComparison], site: SiteConfig, strings: Strings) -> PagePlan {
        PagePlan(route: route, template: template, title: strings.sectionTitle(template, of: site), summary: site.sections[template]?.summary,
                 kind: template, reads: PageInputs.everyEntity + [.every(.overview)], details: { _, linker in ChangesView(comparisons: comparisons, linker: linker) })
    }

    /// The note on `page`, which `comparison` (the latest) lists as changed.
    static func note(for page: PageLabel, in comparison: EditionComparison, since edition: Edition) -> ChangeNote {
        ChangeNote(since: edition.date, fragment: "\(EditionChangesView.anchor(comparison.to))-\(page.anchor)")
    }
}

/// A page's "Changed since" note: the date of the edition it changed since, and its entry on `/changes/`.
struct ChangeNote: Hashable, Sendable {
    var since: ReportDate
    /// The id of the page's entry on `/changes/`.
    var fragment: String
}
