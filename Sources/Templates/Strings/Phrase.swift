import Content

/// A phrase the engine's views write themselves (a fact's label, a caption with a date in it): its
/// key in the strings file. Every case must be in the English file, which the theme's check makes
/// sure of; templates use any key of the file with `{{t.key}}`.
public enum Phrase: String, CaseIterable, Sendable {
    case factCapital = "fact.capital", factRegion = "fact.region", factOrientation = "fact.orientation"
    case factISOCodes = "fact.iso-codes", factAbbreviation = "fact.abbreviation", factKind = "fact.kind"
    case factFounded = "fact.founded", factDissolved = "fact.dissolved", factLeaders = "fact.leaders"
    case factMemberOfOn = "fact.member-of-on", factMembersOn = "fact.members-on"
    case factAlignment = "fact.alignment", factTrend = "fact.trend", factSince = "fact.since"
    case factQuestion = "fact.question", factLikelihood = "fact.likelihood", factHorizon = "fact.horizon"
    case factAffects = "fact.affects", factDate = "fact.date", factInvolves = "fact.involves"
    case factReportDate = "fact.report-date", factConfidence = "fact.confidence"
    case citeAnd = "cite.and"
    case leaderInOffice = "leader.in-office"
    case hindsightLater = "hindsight.later", hindsightBegan = "hindsight.began", hindsightEnded = "hindsight.ended"
    case treatyUndated = "relation.treaty-undated"
    case scenarioNotAssessed = "scenario.not-assessed"
    case captionMembersOn = "caption.members-on", captionMembersHistory = "caption.members-history"
    case captionMatrix = "caption.matrix"
    case homeMembershipsNote = "home.memberships-note"
    case searchNone = "search.none"
    case searchKindHome = "search.kind.home", searchKindCountry = "search.kind.country"
    case searchKindOrganization = "search.kind.organization", searchKindRelation = "search.kind.relation"
    case searchKindScenario = "search.kind.scenario", searchKindEvent = "search.kind.event"
    case searchKindPage = "search.kind.page", searchKindMemberships = "search.kind.memberships"
    case searchKindIndex = "search.kind.index"
    case visualLegend = "visual.legend", visualReportDate = "visual.report-date", visualNoValue = "visual.no-value"
    case visualOffMap = "visual.off-map", visualLegendStatus = "visual.legend-status"
    case visualLegendAlignment = "visual.legend-alignment", visualLegendTrend = "visual.legend-trend"
    case timelineAllTitle = "visual.timeline.all-title", timelineCountryTitle = "visual.timeline.country-title"
    case timelineOrganizationTitle = "visual.timeline.organization-title", timelineDescription = "visual.timeline.description"
    case timelinePeriod = "visual.timeline.period"
    case networkAllTitle = "visual.network.all-title", networkTitle = "visual.network.title"
    case networkDescription = "visual.network.description"
    case mapOrientationTitle = "visual.map.orientation-title", mapOrientationDescription = "visual.map.orientation-description"
    case mapLinks = "visual.map.links", mapNoOrientation = "visual.map.no-orientation"
    case mapFieldTitle = "visual.map.field-title", mapFieldDescription = "visual.map.field-description"
    case mapOrganizationTitle = "visual.map.organization-title", mapOrganizationDescription = "visual.map.organization-description"
    case mapStatusOf = "visual.map.status-of", mapNotIn = "visual.map.not-in"
    case mapColumnDescription = "visual.map.column-description", mapColumnSteps = "visual.map.column-steps"
    case chartDescription = "visual.chart.description", chartValue = "visual.chart.value"
    case scenarioBoardTitle = "visual.scenarios.title", scenarioBoardDescription = "visual.scenarios.description"
    case scenarioBoardItem = "visual.scenarios.item"
    case changesEdition = "changes.edition", changesNote = "changes.note", changesArrow = "changes.arrow"
    case changesNone = "changes.none", changesNotMember = "changes.not-member", changesNotListed = "changes.not-listed"
    case changesOpening = "changes.opening", changesNothing = "changes.nothing", changesFirst = "changes.first"
    case changesSummary = "changes.summary", changesListSeparator = "changes.list-separator"
    case changesFactMembership = "changes.fact.membership", changesFactAlignment = "changes.fact.alignment"
    case changesFactTrend = "changes.fact.trend", changesFactLikelihood = "changes.fact.likelihood"
    case changesFactSignpost = "changes.fact.signpost", changesFactCorrection = "changes.fact.correction"
    case changesMembershipBegan = "changes.membership.began", changesMembershipEnded = "changes.membership.ended"
    case changesMembershipChanged = "changes.membership.changed"
    case changesLikelihoodUp = "changes.likelihood.up", changesLikelihoodDown = "changes.likelihood.down"
    case changesLikelihoodUnrated = "changes.likelihood.unrated"
    case changesSectionAdded = "changes.section.added", changesSectionRemoved = "changes.section.removed"
    case changesSectionReworded = "changes.section.reworded"
}

/// A phrase with a count in it, which takes a form per plural category of the language
/// (`one: "{count} brief"`, `other: "{count} briefs"`).
public enum CountedPhrase: String, CaseIterable, Sendable {
    case homeCountriesNote = "home.countries-note", homeOrganizationsNote = "home.organizations-note"
    case homeRelationsNote = "home.relations-note", homeScenariosNote = "home.scenarios-note"
    case searchFound = "search.found"
    case changesMemberships = "changes.count.memberships", changesRelations = "changes.count.relations"
    case changesScenarios = "changes.count.scenarios", changesSignposts = "changes.count.signposts"
    case changesPagesAdded = "changes.count.pages-added", changesPagesRemoved = "changes.count.pages-removed"
    case changesPagesChanged = "changes.count.pages-changed", changesCorrections = "changes.count.corrections"
}

extension Strings {
    /// The text of `phrase`, its `{placeholders}` filled from `values`.
    public subscript(_ phrase: Phrase, _ values: [String: String] = [:]) -> String { text(phrase.rawValue, values) }

    /// The form of `phrase` for `count`.
    public func counted(_ phrase: CountedPhrase, count: Int, _ values: [String: String] = [:]) -> String {
        counted(phrase.rawValue, count: count, values)
    }

    /// What a membership's start or end says between the country and the organization in the
    /// timeline ("becomes a member of"), by status: `timeline.joins.member`, `timeline.leaves.member`.
    public func timeline(_ status: MembershipStatus, joins: Bool) -> String {
        text("timeline.\(joins ? "joins" : "leaves").\(status.rawValue)")
    }

    /// Every text key the engine writes itself: its phrases, the words of the vocabularies readers
    /// see, the timeline's phrases, dates and number grouping. The English file must give them all.
    public static let engineTexts: Set<String> = {
        var keys = Set(Phrase.allCases.map(\.rawValue))
        func words<Word: Vocabulary>(_: Word.Type) { keys.formUnion(Word.allCases.map(Strings.key(of:))) }
        words(Orientation.self)
        words(OrganizationKind.self)
        words(MembershipStatus.self)
        words(Alignment.self)
        words(Trend.self)
        words(Likelihood.self)
        words(SignpostStatus.self)
        words(SignpostKind.self)
        words(Confidence.self)
        words(DriverFactor.self)
        words(SourceKind.self)
        for status in MembershipStatus.allCases { keys.formUnion(["timeline.joins.\(status.rawValue)", "timeline.leaves.\(status.rawValue)"]) }
        keys.formUnion(["date.day", "date.month", "date.year", "number.group", "number.group-from"])
        keys.formUnion((1...12).flatMap { ["month.\($0)", "month.with-day.\($0)"] })
        return keys
    }()

    /// Every counted key the engine fills.
    public static let engineCounted: Set<String> = Set(CountedPhrase.allCases.map(\.rawValue))
}
