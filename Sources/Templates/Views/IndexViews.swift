import Content
import Site

/// The countries index: one row per brief.
public struct CountriesIndexView: ViewModel {
    public var rows: [CountryRowView]
    /// The map of the region by orientation, as SVG.
    public var mapChart: String

    public static let fields: [String: any PartialKeyPath<CountriesIndexView> & Sendable] = ["rows": \.rows, "mapChart": \.mapChart]

    public init(graph: ReportGraph, linker: Linker) {
        mapChart = CountryMap.orientation(graph: graph, linker: linker)
        rows = graph.countriesByTitle.map { country in
            let ref = EntityRef(.country, country.slug)
            return CountryRowView(
                country: LinkView(title: graph.title(of: ref), url: linker.url(ref), note: country.meta.common.summary),
                capital: country.meta.capital ?? "—", region: country.meta.region ?? "—",
                orientation: country.meta.orientation.map(linker.strings.word) ?? "—",
                orientationClass: country.meta.orientation?.rawValue ?? "—",
                organizations: graph.memberships(of: country.slug, on: graph.asOf).map {
                    let ref = EntityRef(.organization, $0.organization)
                    return LinkView(title: graph.title(of: ref), url: linker.url(ref),
                                    note: $0.membership.status == .member ? nil : linker.strings.word($0.membership.status))
                })
        }
    }
}

/// A country in the index.
public struct CountryRowView: ViewModel {
    public var country: LinkView
    public var capital: String
    public var region: String
    /// The orientation in readers' words.
    public var orientation: String
    /// The orientation as written in the content, for CSS classes.
    public var orientationClass: String
    public var organizations: [LinkView]

    public static let fields: [String: any PartialKeyPath<CountryRowView> & Sendable] = [
        "country": \.country, "capital": \.capital, "region": \.region, "orientation": \.orientation,
        "orientationClass": \.orientationClass, "organizations": \.organizations,
    ]
}

/// The organizations index.
public struct OrganizationsIndexView: ViewModel {
    public var rows: [OrganizationRowView]
    public var asOf: String

    public static let fields: [String: any PartialKeyPath<OrganizationsIndexView> & Sendable] = ["rows": \.rows, "asOf": \.asOf]

    public init(graph: ReportGraph, linker: Linker) {
        asOf = linker.strings.date(graph.asOf)
        rows = graph.organizationsByName.map { organization in
            let ref = EntityRef(.organization, organization.slug)
            return OrganizationRowView(
                organization: LinkView(title: graph.title(of: ref), url: linker.url(ref), note: organization.meta.common.summary),
                name: organization.meta.common.title ?? organization.slug, kind: organization.meta.kind.map(linker.strings.word) ?? "—",
                founded: organization.meta.founded?.value.description ?? "—",
                members: graph.members(of: organization.slug, on: graph.asOf).filter { $0.status == .member }.count)
        }
    }
}

/// An organization in the index.
public struct OrganizationRowView: ViewModel {
    public var organization: LinkView
    public var name: String
    public var kind: String
    public var founded: String
    public var members: Int

    public static let fields: [String: any PartialKeyPath<OrganizationRowView> & Sendable] = [
        "organization": \.organization, "name": \.name, "kind": \.kind, "founded": \.founded, "members": \.members,
    ]
}

/// The memberships page: the matrix as of the report date and the timeline of changes.
public struct MembershipsView: ViewModel {
    public var matrix: MatrixView
    public var timeline: [TimelineEventView]
    /// Every membership over the years, as SVG.
    public var timelineChart: String

    public static let fields: [String: any PartialKeyPath<MembershipsView> & Sendable] = [
        "matrix": \.matrix, "timeline": \.timeline, "timelineChart": \.timelineChart,
    ]

    public init(graph: ReportGraph, linker: Linker) {
        matrix = MatrixView(organizations: nil, countries: nil, on: graph.asOf, graph: graph, linker: linker)
        timeline = TimelineEventView.timeline(graph, linker: linker)
        timelineChart = MembershipTimeline.all(graph: graph, linker: linker)
    }
}

/// The relations index: every pair with alignment and trend, grouped by alignment.
public struct RelationsIndexView: ViewModel {
    public var relations: [RelationRowView]
    public var alignments: [AlignmentGroupView]
    /// Every relation as a network around the focal entity, as SVG; nil when there are none.
    public var networkChart: String?

    public static let fields: [String: any PartialKeyPath<RelationsIndexView> & Sendable] = [
        "relations": \.relations, "alignments": \.alignments, "networkChart": \.networkChart,
    ]

    public init(graph: ReportGraph, linker: Linker) {
        let relations = graph.content.relations.sorted { graph.relationTitle($0) < graph.relationTitle($1) }
        self.relations = relations.map { RelationRowView($0, graph: graph, linker: linker) }
        alignments = Alignment.allCases.map { alignment in
            AlignmentGroupView(alignment: linker.strings.word(alignment), relations: relations.filter { $0.meta.alignment == alignment }
                .map { LinkView(title: graph.relationTitle($0), url: linker.url(EntityRef(.relation, $0.slug)), note: $0.meta.trend.map(linker.strings.word)) })
        }.filter { !$0.relations.isEmpty }
        networkChart = RelationsNetwork.all(graph: graph, linker: linker)
    }
}

/// Relations of one alignment.
public struct AlignmentGroupView: ViewModel {
    public var alignment: String
    public var relations: [LinkView]

    public static let fields: [String: any PartialKeyPath<AlignmentGroupView> & Sendable] = [
        "alignment": \.alignment, "relations": \.relations,
    ]
}

/// The scenario comparison, most likely first.
public struct ScenariosIndexView: ViewModel {
    public var scenarios: [ScenarioRowView]
    /// Every scenario's signposts, in the order of the scenarios.
    public var watch: [WatchItemView]
    /// The scenarios on the likelihood scale against their horizons, as SVG; nil when none can be placed.
    public var boardChart: String?

    public static let fields: [String: any PartialKeyPath<ScenariosIndexView> & Sendable] = [
        "scenarios": \.scenarios, "watch": \.watch, "boardChart": \.boardChart,
    ]

    public init(graph: ReportGraph, linker: Linker) {
        let ordered = Self.ordered(graph)
        scenarios = ordered.map { ScenarioRowView($0, graph: graph, linker: linker) }
        watch = zip(ordered, scenarios).flatMap { scenario, row in
            scenario.meta.signposts.map { WatchItemView(signpost: SignpostView($0, strings: linker.strings), scenario: row.scenario) }
        }
        boardChart = ScenarioChart.board(graph: graph, linker: linker)
    }

    /// The scenarios, most likely first.
    public static func ordered(_ graph: ReportGraph) -> [Document<ScenarioFrontMatter>] {
        graph.content.scenarios
            .sorted { ($0.meta.likelihood ?? .almostNoChance, $1.slug) > ($1.meta.likelihood ?? .almostNoChance, $0.slug) }
    }

    /// The scenarios' rows, most likely first.
    static func rows(graph: ReportGraph, linker: Linker) -> [ScenarioRowView] {
        ordered(graph).map { ScenarioRowView($0, graph: graph, linker: linker) }
    }
}

/// The overview: the report's map at a glance.
public struct HomeView: ViewModel {
    public var groups: [OrientationGroupView]
    public var scenarios: [ScenarioRowView]
    public var sections: [LinkView]
    /// The map of the region by orientation, as SVG.
    public var mapChart: String
    /// The report's key judgments, in reading order (set by the pipeline, which knows the order).
    public var keyJudgments: [KeyJudgmentView] = []

    public static let fields: [String: any PartialKeyPath<HomeView> & Sendable] = [
        "groups": \.groups, "scenarios": \.scenarios, "sections": \.sections, "mapChart": \.mapChart,
        "keyJudgments": \.keyJudgments,
    ]

    public init(graph: ReportGraph, linker: Linker) {
        mapChart = CountryMap.orientation(graph: graph, linker: linker)
        groups = Orientation.allCases.map { orientation in
            OrientationGroupView(orientation: linker.strings.word(orientation), countries: graph.countriesByTitle
                .filter { $0.meta.orientation == orientation }
                .map { LinkView(title: graph.title(of: EntityRef(.country, $0.slug)), url: linker.url(EntityRef(.country, $0.slug))) })
        }.filter { !$0.countries.isEmpty }
        scenarios = ScenariosIndexView.rows(graph: graph, linker: linker)
        let content = graph.content
        let words = linker.strings
        func title(_ section: String) -> String { words.sectionTitle(section, of: content.site) }
        sections = [
            LinkView(title: title("countries"), url: linker.url(.countries), note: words.counted(.homeCountriesNote, count: content.countries.count)),
            LinkView(title: title("organizations"), url: linker.url(.organizations),
                     note: words.counted(.homeOrganizationsNote, count: content.organizations.count)),
            LinkView(title: title("memberships"), url: linker.url(.memberships), note: words[.homeMembershipsNote, ["date": words.date(graph.asOf)]]),
            LinkView(title: title("relations"), url: linker.url(.relations), note: words.counted(.homeRelationsNote, count: content.relations.count)),
            LinkView(title: title("scenarios"), url: linker.url(.scenarios), note: words.counted(.homeScenariosNote, count: content.scenarios.count)),
        ]
    }
}

/// Countries sharing an orientation.
public struct OrientationGroupView: ViewModel {
    public var orientation: String
    public var countries: [LinkView]

    public static let fields: [String: any PartialKeyPath<OrientationGroupView> & Sendable] = [
        "orientation": \.orientation, "countries": \.countries,
    ]
}
