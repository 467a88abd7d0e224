import Templates

extension TemplateContract {
    /// What the pipeline renders: every page template with its view models, each directive's
    /// partial (from the directive registry), the one-page report's body, and a text's notes and judgments.
    static let pipeline = TemplateContract(
        pages: pageTemplates,
        partials: Directives.partials.merging([OnePageReportStage.template: [ReportView.self], OnePageReportStage.entryTemplate: [ReportEntryView.self],
                                               CitationPass.template: [NotesView.self],
                                               JudgmentsSection.template: [JudgmentsView.self]]) { directive, _ in directive },
        needsStrings: true)

    /// The page templates, with the view models in scope at their top: `PageView` and the view
    /// model the page's `PagePlan` gives as its details — the site's own pages and, from the
    /// registry, every page kind's pages and section pages, so no kind's template goes unchecked.
    static let pageTemplates: [String: [any ViewModel.Type]] = PageKinds.all.reduce(into: PageCatalog.ownTemplates) { templates, kind in
        templates.merge(kind.templates) { own, _ in own }
    }
}
