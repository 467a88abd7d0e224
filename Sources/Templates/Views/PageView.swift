import Content
import Site

/// What every page template renders: the site, the page's own fields, its Markdown as `content`,
/// and the page kind's view model, whose fields templates reach directly (`{{capital}}`).
public struct PageView: ViewModel {
    public var site: SiteView
    public var title: String
    public var summary: String?
    /// The page kind, e.g. `country`, used as a CSS hook.
    public var kind: String
    /// The absolute URL of the page under `base_url`.
    public var canonical: String
    /// The relative link to the site root.
    public var home: String
    public var stylesheet: String
    /// The theme's icon (`assets/favicon.ico`), so browsers do not ask the host's root for one.
    public var icon = ""
    public var nav: [LinkView]
    /// The page's Markdown rendered to HTML.
    public var content: String?
    public var toc: [HeadingView]
    public var backlinks: [LinkView]
    public var sources: [SourceView]
    public var updated: String?
    /// For an entity's page, the pages that name it in their front matter, by kind ("Events").
    public var mentions: [MentionGroupView] = []
    /// On a page that changed since the previous edition, the note linking to its entry on `/changes/`.
    public var changes: ChangeNoteView?
    /// The corrections on record for the page, oldest first.
    public var corrections: [CorrectionView] = []
    /// The view model of the page kind.
    public var details: (any ViewModel)?
    /// Links to the search page, the feed and the one-page report (set after the page's own fields).
    public var links = PublishingLinks(search: "", feed: "", report: "", openGraphType: "website")
    /// How to cite the page (the report as a whole on the overview and `/report/`); nil for none.
    public var cite: CiteView?
    /// On an entity's page, its breadcrumbs and its neighbours in the section; nil elsewhere.
    public var trail: TrailView?

    public static let fields: [String: any PartialKeyPath<PageView> & Sendable] = [
        "site": \.site, "title": \.title, "summary": \.summary, "kind": \.kind, "canonical": \.canonical,
        "home": \.home, "stylesheet": \.stylesheet, "icon": \.icon, "nav": \.nav, "content": \.content, "toc": \.toc,
        "backlinks": \.backlinks, "sources": \.sources, "updated": \.updated, "links": \.links,
        "mentions": \.mentions, "changes": \.changes, "corrections": \.corrections, "cite": \.cite,
        "trail": \.trail,
    ]

    public init(site: SiteView, title: String, summary: String?, kind: String, canonical: String, home: String,
                stylesheet: String, nav: [LinkView], content: String?, toc: [HeadingView], backlinks: [LinkView],
                sources: [SourceView], updated: String?, details: (any ViewModel)?) {
        self.site = site
        self.title = title
        self.summary = summary
        self.kind = kind
        self.canonical = canonical
        self.home = home
        self.stylesheet = stylesheet
        self.nav = nav
        self.content = content
        self.toc = toc
        self.backlinks = backlinks
        self.sources = sources
        self.updated = updated
        self.details = details
    }

    public func child(named name: String) -> Any? {
        if let path = Self.fields[name] { return Self.presentable(self[keyPath: path]) }
        return details?.child(named: name)
    }
}

/// The pages of one kind that name an entity in their front matter, such as the events involving a country.
public struct MentionGroupView: ViewModel {
    /// The kind's folder (`events`), for ids.
    public var id: String
    /// The kind's section title (`Chronology`).
    public var title: String
    public var items: [LinkView]

    public static let fields: [String: any PartialKeyPath<MentionGroupView> & Sendable] = [
        "id": \.id, "title": \.title, "items": \.items,
    ]

    public init(id: String, title: String, items: [LinkView]) {
        self.id = id
        self.title = title
        self.items = items
    }
}

/// Site-wide values every page shows.
public struct SiteView: ViewModel {
    public var title: String
    public var subtitle: String?
    public var description: String?
    public var language: String
    public var asOf: String
    public var asOfISO: String
    public var authors: String
    /// The publishing institution.
    public var organization: String?
    /// Which edition the report is.
    public var edition: String?
    /// The title for running heads: `short_title`, else the title.
    public var shortTitle: String
    /// The keywords, joined with commas.
    public var keywords: String

    public static let fields: [String: any PartialKeyPath<SiteView> & Sendable] = [
        "title": \.title, "subtitle": \.subtitle, "description": \.description, "language": \.language,
        "asOf": \.asOf, "asOfISO": \.asOfISO, "authors": \.authors, "organization": \.organization,
        "edition": \.edition, "shortTitle": \.shortTitle, "keywords": \.keywords,
    ]

    /// The site's values, its report date in the words of `strings`.
    public init(_ site: SiteConfig, strings: Strings) {
        title = site.title
        subtitle = site.subtitle
        description = site.description
        language = site.language
        asOf = strings.date(site.asOf)
        asOfISO = site.asOf.description
        authors = site.authors.map(\.name).joined(separator: ", ")
        organization = site.organization
        edition = site.edition
        shortTitle = site.shortTitle ?? site.title
        keywords = site.keywords.joined(separator: ", ")
    }
}
