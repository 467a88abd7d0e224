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
    /// Which of ICD 203's two word lists the report's likelihoods use (`likely`, the default, or `probable`).
    public var estimativeWords: EstimativeList
    /// The institution that publishes the report, for the PDF's cover.
    public var organization: String?
    /// Which edition this is ("First edition, March 2006"), for the PDF's cover.
    public var edition: String?
    /// This edition: its id and date (by default the report date) and its title (`edition`).
    public var currentEdition: Edition
    /// The earlier editions, each read from the report's git history at its `ref`, oldest first.
    public var editions: [EarlierEdition]
    /// The title as the PDF's running heads show it; the title itself when not given.
    public var shortTitle: String?
    /// Words for the PDF's metadata and the pages' `<meta name="keywords">`.
    public var keywords: [String]
    /// How `dossier pdf` lays out the printed edition.
    public var pdf: PDFSettings

    enum CodingKeys: String, CodingKey, CaseIterable {
        case title, subtitle, description, authors
        case baseURL = "base_url"
        case language
        case asOf = "as_of"
        case rawHTML = "raw_html"
        case deploy
        case sections
        case estimativeWords = "estimative_words"
        case organization, edition, editions
        case shortTitle = "short_title"
        case keywords, pdf
    }

    /// The field names, for unknown-field checks.
    public static let fieldNames = CodingKeys.allCases.map(\.rawValue)
    /// The fields of the items of list fields.
    public static let itemFieldNames = ["authors": Author.CodingKeys.allCases.map(\.rawValue),
                                        "pdf": PDFSettings.CodingKeys.allCases.map(\.rawValue),
                                        "edition": EditionField.CodingKeys.allCases.map(\.rawValue),
                                        "editions": EarlierEdition.CodingKeys.allCases.map(\.rawValue)]

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
        estimativeWords = try container.decodeIfPresent(EstimativeList.self, forKey: .estimativeWords) ?? .likely
        organization = try container.decodeIfPresent(Line.self, forKey: .organization)?.text
        let edition = try container.decodeIfPresent(EditionField.self, forKey: .edition)
        self.edition = edition?.title
        currentEdition = Edition(id: edition?.id ?? asOf.description, date: edition?.date ?? asOf, title: edition?.title)
        editions = (try container.decodeIfPresent([EarlierEdition].self, forKey: .editions) ?? []).sorted { $0.edition.date < $1.edition.date }
        shortTitle = try container.decodeIfPresent(RunningHead.self, forKey: .shortTitle)?.text
        keywords = try container.decodeIfPresent([Line].self, forKey: .keywords)?.map(\.text) ?? []
        pdf = try container.decodeIfPresent(PDFSettings.self, forKey: .pdf) ?? PDFSettings()
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

/// `site.yaml`'s `pdf:` settings for the printed edition.
public struct PDFSettings: Decodable, Sendable, Equatable {
    /// The sheet the PDF is laid out on.
    public var paper: PaperSize

    enum CodingKeys: String, CodingKey, CaseIterable { case paper }

    /// The defaults: A4.
    public init(paper: PaperSize = .a4) { self.paper = paper }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        paper = try container.decodeIfPresent(PaperSize.self, forKey: .paper) ?? .a4
    }
}

/// The paper sizes of the printed edition: ISO A4, the default, or US Letter.
public enum PaperSize: String, Vocabulary {
    case a4, letter
    public static let fieldDescription = "paper size"
    /// Readers never see the word (only its size), so no strings file needs these keys.
    public static let wordsKey = "pdf.paper"
    /// The size as CSS `@page { size }` names it.
    public var cssName: String { self == .a4 ? "A4" : "letter" }
}

/// A line of text for the cover or the metadata: not blank, and on one line.
struct Line: Decodable {
    var text: String

    init(from decoder: any Decoder) throws {
        text = try decoder.singleValueContainer().decode(String.self).trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { throw decoder.invalidValue("this field is empty", code: .invalidValue, hint: "write the text, or leave the field out") }
        guard !text.contains(where: \.isNewline) else {
            throw decoder.invalidValue("this field holds more than one line", code: .invalidValue, hint: "write it on one line")
        }
    }
}

/// The title as running heads show it: one line short enough to share the top margin with the part's title.
struct RunningHead: Decodable {
    /// The most characters a running head holds beside a part's title on an A4 or Letter page.
    static let maximumLength = 48
    var text: String

    init(from decoder: any Decoder) throws {
        text = try Line(from: decoder).text
        guard text.count <= Self.maximumLength else {
            throw decoder.invalidValue("short_title is \(text.count) characters, more than a running head holds (\(Self.maximumLength))",
                                       code: .invalidValue, hint: "shorten it, e.g. to the title's first words")
        }
    }
}
