/// Which view models each template renders with: the contract between the theme and the code.
enum TemplateModels {
    /// The view models in scope at the top of each page template: `PageView` and its kind's view.
    static let pages: [String: [any ViewModel.Type]] = [
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
    ]

    /// The partials the directives render on their own.
    static let directives: [String: [any ViewModel.Type]] = [
        "partials/data-table": [DataTableView.self],
        "partials/members-table": [MembersTableView.self],
        "partials/membership-matrix": [MatrixView.self],
    ]

    /// Every template checked from the top, with its view models.
    static var roots: [String: [any ViewModel.Type]] { pages.merging(directives) { first, _ in first } }
}
