import Content
import Site

/// A country brief's data: facts, memberships, relations and scenarios.
public struct CountryView: ViewModel {
    public var facts: [FactView]
    public var orientation: String?
    public var leaders: [LeaderView]
    public var memberships: [MemberRowView]
    public var history: [MemberRowView]
    public var relations: [RelationRowView]
    public var scenarios: [ScenarioRowView]
    public var asOf: String
    /// The country's memberships over the years, as SVG; nil when it has none.
    public var timelineChart: String?
    /// The country's relations around it, as SVG; nil when it has none.
    public var networkChart: String?

    public static let fields: [String: any PartialKeyPath<CountryView> & Sendable] = [
        "timelineChart": \.timelineChart, "networkChart": \.networkChart, "facts": \.facts, "orientation": \.orientation, "leaders": \.leaders, "memberships": \.memberships,
        "history": \.history, "relations": \.relations, "scenarios": \.scenarios, "asOf": \.asOf,
    ]

    /// The view of `country`; `charts: false` leaves out the timeline and the network, which take
    /// longest to draw, for a use that shows only the facts (the one-page report's).
    public init(_ country: Document<CountryFrontMatter>, graph: ReportGraph, linker: Linker, charts: Bool = true) {
        let meta = country.meta
        let words = linker.strings
        facts = [(words[.factCapital], meta.capital), (words[.factRegion], meta.region), (words[.factOrientation], meta.orientation.map(words.word)),
                 (words[.factISOCodes], [meta.iso2, meta.iso3].compactMap { $0 }.joined(separator: " / "))]
            .compactMap { label, value in value.flatMap { $0.isEmpty ? nil : FactView(label: label, value: $0) } }
        orientation = meta.orientation.map(words.word)
        leaders = meta.leaders.map { LeaderView($0, asOf: graph.asOf, strings: words) }
        asOf = words.date(graph.asOf)
        memberships = graph.memberships(of: country.slug, on: graph.asOf)
            .map { MemberRowView($0.membership, organization: $0.organization, graph: graph, linker: linker) }
        history = (graph.membershipsByCountry[country.slug] ?? [])
            .map { MemberRowView($0.membership, organization: $0.organization, graph: graph, linker: linker) }
            .sorted { ($0.from, $0.organization.title) < ($1.from, $1.organization.title) }
        relations = RelationRowView.rows(of: country.slug, graph: graph, linker: linker)
        scenarios = ScenarioRowView.rows(affecting: country.slug, graph: graph, linker: linker)
        timelineChart = charts ? MembershipTimeline.country(country.slug, graph: graph, linker: linker) : nil
        networkChart = charts ? RelationsNetwork.focused(on: country.slug, graph: graph, linker: linker) : nil
    }
}

/// A term of office.
public struct LeaderView: ViewModel {
    public var name: String
    public var role: String
    public var from: String
    public var to: String
    /// "began after the report date" or "ended after the report date", when the term did.
    public var hindsight: String?

    public static let fields: [String: any PartialKeyPath<LeaderView> & Sendable] = [
        "name": \.name, "role": \.role, "from": \.from, "to": \.to, "hindsight": \.hindsight,
    ]

    /// The term `leader` holds, its end "in office" while it lasts, with a note when it began or
    /// ended after the report date `asOf`, in the words of `strings`.
    public init(_ leader: Leader, asOf: ReportDate, strings: Strings) {
        name = leader.name
        role = leader.role
        from = leader.from?.description ?? "—"
        to = leader.to?.description ?? strings[.leaderInOffice]
        hindsight = Hindsight.note(from: leader.from, to: leader.to, asOf: asOf, strings: strings)
    }
}

/// An organization's page data.
public struct OrganizationView: ViewModel {
    public var facts: [FactView]
    public var members: MembersTableView
    public var history: MembersTableView
    public var relations: [RelationRowView]
    public var scenarios: [ScenarioRowView]
    /// The members over the years, as SVG; nil when it has none.
    public var timelineChart: String?
    /// The organization's relations around it, as SVG; nil when it has none.
    public var networkChart: String?

    public static let fields: [String: any PartialKeyPath<OrganizationView> & Sendable] = [
        "timelineChart": \.timelineChart, "networkChart": \.networkChart, "facts": \.facts, "members": \.members, "history": \.history, "relations": \.relations, "scenarios": \.scenarios,
    ]

    /// The view of `organization`; `charts: false` leaves out the timeline and the network (see `CountryView`).
    public init(_ organization: Document<OrganizationFrontMatter>, graph: ReportGraph, linker: Linker, charts: Bool = true) {
        let meta = organization.meta
        let words = linker.strings
        facts = [(words[.factAbbreviation], meta.abbr), (words[.factKind], meta.kind.map(words.word)),
                 (words[.factFounded], meta.founded.map { words.date($0.value) }),
                 (words[.factDissolved], meta.dissolved.map { Hindsight.longDescription($0.value, asOf: graph.asOf, strings: words) })]
            .compactMap { label, value in value.map { FactView(label: label, value: $0) } }
        members = MembersTableView(organization: organization.slug, on: graph.asOf, graph: graph, linker: linker)
        history = MembersTableView(organization: organization.slug, on: nil, graph: graph, linker: linker)
        relations = RelationRowView.rows(of: organization.slug, graph: graph, linker: linker)
        scenarios = ScenarioRowView.rows(affecting: organization.slug, graph: graph, linker: linker)
        timelineChart = charts ? MembershipTimeline.organization(organization.slug, graph: graph, linker: linker) : nil
        networkChart = charts ? RelationsNetwork.focused(on: organization.slug, graph: graph, linker: linker) : nil
    }
}

/// A relation in a list: the other party, the relation page, alignment and trend.
public struct RelationRowView: ViewModel {
    public var relation: LinkView
    public var counterpart: LinkView?
    /// The alignment and trend in readers' words.
    public var alignment: String
    public var trend: String
    /// The alignment and trend as written in the content, for CSS classes.
    public var alignmentClass: String
    public var trendClass: String
    public var summary: String?

    public static let fields: [String: any PartialKeyPath<RelationRowView> & Sendable] = [
        "relation": \.relation, "counterpart": \.counterpart, "alignment": \.alignment, "trend": \.trend,
        "alignmentClass": \.alignmentClass, "trendClass": \.trendClass, "summary": \.summary,
    ]

    /// The relations `party` takes part in, each seen from its side.
    static func rows(of party: String, graph: ReportGraph, linker: Linker) -> [RelationRowView] {
        (graph.relationsByParty[party] ?? []).compactMap { graph.relations[$0] }
            .map { RelationRowView($0, from: party, graph: graph, linker: linker) }
    }

    /// A row as seen from `from` (the counterpart is the other party), or from nowhere in particular.
    public init(_ relation: Document<RelationFrontMatter>, from: String? = nil, graph: ReportGraph, linker: Linker) {
        let ref = EntityRef(.relation, relation.slug)
        self.relation = LinkView(title: graph.relationTitle(relation), url: linker.url(ref))
        counterpart = relation.meta.parties.map(\.value).first { $0 != from }.flatMap(graph.party)
            .map { LinkView(title: graph.title(of: $0), url: linker.url($0)) }
        alignment = relation.meta.alignment.map(linker.strings.word) ?? "—"
        trend = relation.meta.trend.map(linker.strings.word) ?? "—"
        alignmentClass = relation.meta.alignment?.rawValue ?? "—"
        trendClass = relation.meta.trend?.rawValue ?? "—"
        summary = relation.meta.common.summary
    }
}

/// A relation page's data.
public struct RelationView: ViewModel {
    public var parties: [LinkView]
    /// The alignment and trend in readers' words.
    public var alignment: String?
    public var trend: String?
    /// The alignment and trend as written in the content, for CSS classes.
    public var alignmentClass: String?
    public var trendClass: String?
    public var since: String?
    public var drivers: [DriverView]
    public var treaties: [FactView]

    public static let fields: [String: any PartialKeyPath<RelationView> & Sendable] = [
        "parties": \.parties, "alignment": \.alignment, "trend": \.trend, "alignmentClass": \.alignmentClass,
        "trendClass": \.trendClass, "since": \.since, "drivers": \.drivers, "treaties": \.treaties,
    ]

    public init(_ relation: Document<RelationFrontMatter>, graph: ReportGraph, linker: Linker) {
        let meta = relation.meta
        parties = meta.parties.compactMap { graph.party($0.value) }
            .map { LinkView(title: graph.title(of: $0), url: linker.url($0), note: graph.summary(of: $0)) }
        let words = linker.strings
        alignment = meta.alignment.map(words.word)
        trend = meta.trend.map(words.word)
        alignmentClass = meta.alignment?.rawValue
        trendClass = meta.trend?.rawValue
        since = meta.since.map(words.date)
        drivers = meta.drivers.sorted { $0.weight > $1.weight }.map { DriverView($0, strings: words) }
        treaties = meta.treaties.map {
            FactView(label: $0.date.map { Hindsight.longDescription($0, asOf: graph.asOf, strings: words) } ?? words[.treatyUndated], value: $0.name)
        }
    }
}

/// A weighted driver, with its weight as a number and as a bar of five.
public struct DriverView: ViewModel {
    public var factor: String
    public var weight: Int
    public var bar: String
    public var note: String?

    public static let fields: [String: any PartialKeyPath<DriverView> & Sendable] = [
        "factor": \.factor, "weight": \.weight, "bar": \.bar, "note": \.note,
    ]

    init(_ driver: Driver, strings: Strings) {
        factor = strings.word(driver.factor)
        weight = driver.weight
        bar = String(repeating: "●", count: driver.weight) + String(repeating: "○", count: 5 - driver.weight)
        note = driver.note
    }
}

/// A scenario in a list or comparison table.
public struct ScenarioRowView: ViewModel {
    public var scenario: LinkView
    public var likelihood: String
    public var band: String
    /// The confidence in the likelihood, in readers' words; nil when the scenario gives none.
    public var confidence: String?
    public var horizon: String
    public var affects: [LinkView]
    public var question: String?

    public static let fields: [String: any PartialKeyPath<ScenarioRowView> & Sendable] = [
        "scenario": \.scenario, "likelihood": \.likelihood, "band": \.band, "confidence": \.confidence, "horizon": \.horizon,
        "affects": \.affects, "question": \.question,
    ]

    /// The scenarios that name `entity` in `affects`.
    static func rows(affecting entity: String, graph: ReportGraph, linker: Linker) -> [ScenarioRowView] {
        (graph.scenariosByEntity[entity] ?? []).compactMap { graph.scenarios[$0] }
            .map { ScenarioRowView($0, graph: graph, linker: linker) }
    }

    public init(_ scenario: Document<ScenarioFrontMatter>, graph: ReportGraph, linker: Linker) {
        let meta = scenario.meta
        let ref = EntityRef(.scenario, scenario.slug)
        self.scenario = LinkView(title: graph.title(of: ref), url: linker.url(ref), note: meta.common.summary)
        likelihood = meta.likelihood.map(linker.strings.word) ?? linker.strings[.scenarioNotAssessed]
        band = meta.likelihood?.band ?? ""
        confidence = meta.confidence.map(linker.strings.word)
        horizon = meta.horizon ?? "—"
        affects = meta.affects.compactMap { graph.party($0.value) }.map { LinkView(title: graph.title(of: $0), url: linker.url($0)) }
        question = meta.question
    }
}

/// A scenario page's data.
public struct ScenarioView: ViewModel {
    public var row: ScenarioRowView
    /// What the confidence in the likelihood rests on.
    public var confidenceBasis: String?
    public var drivers: [TextItem]
    public var uncertainties: [TextItem]
    public var signposts: [SignpostView]
    public var implications: [TextItem]

    public static let fields: [String: any PartialKeyPath<ScenarioView> & Sendable] = [
        "question": \.row.question, "likelihood": \.row.likelihood, "band": \.row.band, "horizon": \.row.horizon,
        "confidence": \.row.confidence, "confidenceBasis": \.confidenceBasis,
        "affects": \.row.affects, "drivers": \.drivers, "uncertainties": \.uncertainties,
        "signposts": \.signposts, "implications": \.implications,
    ]

    public init(_ scenario: Document<ScenarioFrontMatter>, graph: ReportGraph, linker: Linker) {
        let meta = scenario.meta
        row = ScenarioRowView(scenario, graph: graph, linker: linker)
        confidenceBasis = meta.confidenceBasis?.value
        drivers = meta.drivers.map(TextItem.init)
        uncertainties = meta.uncertainties.map(TextItem.init)
        signposts = meta.signposts.map { SignpostView($0, strings: linker.strings) }
        implications = meta.implications.map(TextItem.init)
    }
}

/// A signpost: what to watch, how far it has been seen and since when, and what would change the assessment.
public struct SignpostView: ViewModel {
    public var text: String
    /// The status in readers' words.
    public var status: String
    /// The status as written in the content, for CSS classes.
    public var statusClass: String
    public var observed: Bool
    /// When the status was first seen, in readers' words.
    public var since: String?
    public var threshold: String?
    /// Leading or confirming, in readers' words (not `kind`, which a page's own kind would answer for when it is absent).
    public var signpostKind: String?
    /// The kind as written in the content, for CSS classes.
    public var kindClass: String?

    public static let fields: [String: any PartialKeyPath<SignpostView> & Sendable] = [
        "text": \.text, "status": \.status, "statusClass": \.statusClass, "observed": \.observed,
        "since": \.since, "threshold": \.threshold, "signpostKind": \.signpostKind, "kindClass": \.kindClass,
    ]

    /// `signpost` in the words of `strings`.
    public init(_ signpost: Signpost, strings: Strings) {
        text = signpost.text
        status = strings.word(signpost.status)
        statusClass = signpost.status.rawValue
        observed = signpost.status == .observed
        since = signpost.since.map { strings.date($0.value) }
        threshold = signpost.threshold
        signpostKind = signpost.kind.map(strings.word)
        kindClass = signpost.kind?.rawValue
    }
}

/// A signpost in the "What to watch" list of `/scenarios/`, with the scenario it belongs to.
public struct WatchItemView: ViewModel {
    public var signpost: SignpostView
    public var scenario: LinkView

    public static let fields: [String: any PartialKeyPath<WatchItemView> & Sendable] = ["signpost": \.signpost, "scenario": \.scenario]
}
