import Diagnostics
import Foundation

/// The report's settings: `Content/site.yaml`.
public struct SiteConfig: Decodable, Sendable, Equatable {
    /// The report's title.
    public var title: String
    /// A line under the title.
    public var subtitle: String?
    /// A paragraph for the home page's meta description and the feed.
    public var description: String?
    /// Where the site will be published, for canonical URLs, the feed and the sitemap.
    public var baseURL: String
    /// The language tag for `<html lang>`, which also picks the theme's strings file.
    public var language: String
    /// Where `language` is written, for a language the theme has no words in; nil when it is not.
    public var languageLocation: SourceLocation?
    /// The report date: memberships are shown as of this day.
    public var asOf: ReportDate
    /// Who wrote the report.
    public var authors: [Author]
    /// Whether authors' raw HTML is let through.
    public var rawHTML: Bool
    /// Where `dossier deploy` publishes when no target is given on the command line.
    public var deploy: [DeployTarget]
    /// The titles and introductions of the site's sections and own pages (`countries`, `memberships`,
    /// `search` …), by section name: the report's words, not the engine's.
    public var sections: [String: SectionText]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case title, subtitle, description, authors
        case baseURL = "base_url"
        case language
        case asOf = "as_of"
        case rawHTML = "raw_html"
        case deploy
        case sections
    }

    /// The field names, for unknown-field checks.
    public static let fieldNames = CodingKeys.allCases.map(\.rawValue)
    /// The fields of the items of list fields.
    public static let itemFieldNames = ["authors": Author.CodingKeys.allCases.map(\.rawValue)]

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = try container.decode(String.self, forKey: .title)
        subtitle = try container.decodeIfPresent(String.self, forKey: .subtitle)
        description = try container.decodeIfPresent(String.self, forKey: .description)
        let base = try container.decodeIfPresent(WebAddress.self, forKey: .baseURL)?.text ?? "/"
        baseURL = base.hasSuffix("/") ? base : base + "/"
        let language = try container.decodeIfPresent(Located<LanguageTag>.self, forKey: .language)
        self.language = language?.value.text ?? "en"
        languageLocation = language?.location
        asOf = try container.decode(ReportDate.self, forKey: .asOf)
        authors = try container.decodeIfPresent([Author].self, forKey: .authors) ?? []
        rawHTML = try container.decodeIfPresent(Bool.self, forKey: .rawHTML) ?? false
        deploy = try container.decodeIfPresent([DeployTarget].self, forKey: .deploy) ?? []
        sections = try container.decodeIfPresent([String: SectionText].self, forKey: .sections) ?? [:]
    }

    /// The title of section `name`: `sections.<name>.title`, else the name itself, capitalised.
    public func sectionTitle(_ name: String) -> String {
        sections[name]?.title ?? (name.prefix(1).uppercased() + name.dropFirst()).replacingOccurrences(of: "-", with: " ")
    }
}

/// A section's title and introduction, as `site.yaml` gives them.
public struct SectionText: Decodable, Sendable, Equatable {
    /// The heading and navigation label.
    public var title: String?
    /// One or two sentences under the heading, for indexes and meta descriptions.
    public var summary: String?
}

/// A report author.
public struct Author: Decodable, Sendable, Equatable {
    /// The author's name.
    public var name: String
    /// A link about the author.
    public var url: String?

    enum CodingKeys: String, CodingKey, CaseIterable { case name, url }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        url = try container.decodeIfPresent(WebAddress.self, forKey: .url)?.text
    }
}
