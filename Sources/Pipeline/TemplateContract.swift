import Templates

extension TemplateContract {
    /// What the pipeline renders: every page template with its view models, each directive's
    /// partial (from the directive registry) and the one-page report's body.
    static let pipeline = TemplateContract(
        pages: pageTemplates,
        partials: Directives.partials.merging([OnePageReportStage.template: [ReportView.self]]) { directive, _ in directive })

    /// The page templates, with the view models in scope at their top: `PageView` and the view
    /// model the page's `PagePlan` gives as its details (`PageCatalog`).
    static let pageTemplates: [String: [any ViewModel.Type]] = [
        "home": [PageView.self, HomeView.self],
        "countries": [PageView.self, CountriesIndexView.self],
        "country": [PageView.self, CountryView.self],
        "organizations": [PageView.self, OrganizationsIndexView.self],
        "organization": [PageView.self, OrganizationView.self],
        "memberships": [PageView.self, MembershipsView.self],
        "relations": [PageView.self, RelationsIndexView.self],
        "relation": [PageView.self, RelationView.self],
        "scenarios": [PageView.self, ScenariosIndexView.self],
        "scenario": [PageView.self, ScenarioView.self],
        "events": [PageView.self, EventsIndexView.self],
        "event": [PageView.self, EventView.self],
        "page": [PageView.self],
        "not-found": [PageView.self],
        "report": [PageView.self],
        "search": [PageView.self, SearchView.self],
    ]
}
