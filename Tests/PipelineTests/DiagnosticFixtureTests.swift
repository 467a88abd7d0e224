import Content
import Diagnostics
import Foundation
import TestSupport
import Testing

/// One broken input: the files changed from the clean fixture (or, for what no report can reach,
/// a unit that reports), and the diagnostics a check must report, each as
/// `file:line:col: severity: message [code]`, with `{root}` standing for the report's folder.
struct BrokenInput: CustomTestStringConvertible, Sendable {
    var name: String
    /// The code this input is the test of; nil for inputs that test more of a code's cases.
    var plants: DiagnosticCode?
    var changes: [String: String?] = [:]
    var expected: [String]
    var drafts = false
    /// Where, below the report, the build writes the site; nil for a check, which writes nothing.
    var output: String?
    /// Breaks the report in ways text cannot (bytes, links, sizes), after `changes` are written.
    var setUp: (@Sendable (URL) throws -> Void)?
    /// Instead of a report, the diagnostics of the unit that reports the code.
    var unit: (@Sendable () throws -> [Diagnostic])?

    var testDescription: String { name }

    /// The diagnostics found, and those expected, as `file:line:col: severity: message [code]`.
    func run() throws -> (found: [Diagnostic], expected: [String]) {
        if let unit { return (try unit(), expected) }
        let fixture = try ReportFixture(changes)
        defer { fixture.remove() }
        try setUp?(fixture.root)
        let found = output.map { fixture.build(into: $0, drafts: drafts) } ?? fixture.check(drafts: drafts)
        let root = fixture.root.resolvingSymlinksInPath().path
        return (found, expected.map { $0.replacingOccurrences(of: "{root}", with: root) })
    }
}

extension Diagnostic {
    /// `file:line:col: severity: message [code]`, as the expectations are written.
    var line: String { "\(location): \(severity.rawValue): \(message) [\(code)]" }
}

private let russia = ReportFixture.files["Content/countries/russia.md"]!
private let csto = ReportFixture.files["Content/organizations/csto.md"]!
private let about = ReportFixture.files["Content/pages/about.md"]!
private let drift = ReportFixture.files["Content/scenarios/drift.md"]!
private let russianStrings = (try? String(contentsOf: Repository.file("Templates/strings/ru.yaml"), encoding: .utf8)) ?? ""

/// The line of `text` that starts with `prefix`, from 1.
private func line(of prefix: String, in text: String) -> Int {
    (text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix(prefix) } ?? -1) + 1
}

/// The about page with a source `bbc-2006` (its id at line 5, column 10) and `text` at line 8.
private func citingAbout(_ text: String) -> String {
    "---\ntitle: About\norder: 1\nsources:\n  - {id: bbc-2006, title: BBC}\n---\n\n\(text)\n"
}

private let brokenInputs: [BrokenInput] = [
    BrokenInput(name: "front matter missing", plants: .frontMatterMissing, changes: ["Content/countries/russia.md": "# Russia\n"], expected: [
        "Content/countries/russia.md:1:1: error: the file must start with YAML front matter between '---' lines [front-matter-missing]",
    ]),
    BrokenInput(name: "front matter unclosed", plants: .frontMatterUnclosed, changes: ["Content/countries/russia.md": "---\ntitle: Russia\n\nText.\n"], expected: [
        "Content/countries/russia.md:1:1: error: the front matter opened here is never closed [front-matter-unclosed]",
    ]),
    BrokenInput(name: "YAML syntax", plants: .yamlSyntax, changes: ["Content/countries/russia.md": "---\ntitle: Russia\ncapital: [Moscow\n---\n"], expected: [
        "Content/countries/russia.md:3:10: error: YAML: the list opened here with '[' is never closed (the parser gave up at line 4: did not find expected ',' or ']') [yaml-syntax]",
    ]),
    BrokenInput(name: "tab in indentation", changes: ["Content/countries/russia.md": "---\ntitle: Russia\n\tcapital: Moscow\n---\n"], expected: [
        "Content/countries/russia.md:3:1: error: YAML: found a tab character that violates indentation while scanning a plain scalar [yaml-syntax]",
    ]),
    BrokenInput(name: "duplicate key", plants: .duplicateKey, changes: ["Content/countries/russia.md": "---\ntitle: Russia\niso2: RU\niso2: RF\n---\n"], expected: [
        "Content/countries/russia.md:4:1: error: duplicate key 'iso2' in mapping [duplicate-key]",
    ]),
    BrokenInput(name: "missing title", plants: .missingField, changes: ["Content/countries/russia.md": "---\niso2: RU\n---\n"], expected: [
        "Content/countries/russia.md:2:1: error: missing required field 'title' [missing-field]",
    ]),
    BrokenInput(name: "missing parties", changes: ["Content/relations/russia--ukraine.md": "---\nalignment: strained\n---\n"], expected: [
        "Content/relations/russia--ukraine.md:2:1: error: missing required field 'parties' [missing-field]",
    ]),
    BrokenInput(name: "wrong type", plants: .wrongType, changes: ["Content/countries/russia.md": "---\ntitle: Russia\ncapital: [Moscow, Petersburg]\n---\n"], expected: [
        "Content/countries/russia.md:3:10: error: 'capital' should be a single value, not a list [wrong-type]",
    ]),
    BrokenInput(name: "value outside the vocabulary", plants: .invalidValue, changes: ["Content/countries/russia.md": "---\ntitle: Russia\norientation: aly\n---\n"], expected: [
        "Content/countries/russia.md:3:14: error: 'aly' is not a valid orientation [invalid-value]",
    ]),
    BrokenInput(name: "ISO code", plants: .invalidISOCode, changes: ["Content/countries/russia.md": "---\ntitle: Russia\niso3: RU\n---\n"], expected: [
        "Content/countries/russia.md:3:7: error: 'RU' is not an ISO 3166-1 alpha-3 code [invalid-iso-code]",
    ]),
    BrokenInput(name: "date format", plants: .invalidDate, changes: ["Content/countries/russia.md": "---\ntitle: Russia\nupdated: 2006-02-30\n---\n"], expected: [
        "Content/countries/russia.md:3:10: error: '2006-02-30' is not a valid date [invalid-date]",
    ]),
    BrokenInput(name: "several problems in one file", changes: ["Content/countries/russia.md": """
        ---
        title: Russia
        iso2: ru
        orientation: eastern
        leaders:
          - {name: A, from: 2000-13}
          - {name: B, from: 2001}
        updated: soon
        ---
        """], expected: [
        "Content/countries/russia.md:3:7: error: 'ru' is not an ISO 3166-1 alpha-2 code [invalid-iso-code]",
        "Content/countries/russia.md:4:14: error: 'eastern' is not a valid orientation [invalid-value]",
        "Content/countries/russia.md:6:21: error: '2000-13' is not a valid date [invalid-date]",
        "Content/countries/russia.md:8:10: error: 'soon' is not a valid date [invalid-date]",
    ]),
    BrokenInput(name: "web address", plants: .invalidURL, changes: ["Content/countries/russia.md": "---\ntitle: Russia\nsources:\n  - {title: Kremlin, url: kremlin.ru}\n---\n"], expected: [
        "Content/countries/russia.md:4:27: error: 'kremlin.ru' is not an absolute web address [invalid-url]",
    ]),
    BrokenInput(name: "unknown field", plants: .unknownField, changes: ["Content/countries/russia.md": russia.replacingOccurrences(of: "iso3: RUS", with: "iso3: RUS\ncapitol: Moscow")], expected: [
        "Content/countries/russia.md:5:1: warning: unknown field 'capitol' in country front matter [unknown-field]",
    ]),
    BrokenInput(name: "unknown field in a list item", changes: ["Content/organizations/csto.md": csto.replacingOccurrences(of: "    from: 1992-05-15", with: "    form: 1992-05-15")], expected: [
        "Content/organizations/csto.md:9:5: warning: unknown field 'form' in an item of 'members' [unknown-field]",
    ]),
    BrokenInput(name: "byte-order mark", plants: .byteOrderMark, changes: ["Content/pages/about.md": "\u{FEFF}" + about], expected: [
        "Content/pages/about.md:1:1: warning: the file starts with a byte-order mark [byte-order-mark]",
    ]),
    BrokenInput(name: "CRLF line endings", plants: .crlfLineEndings, changes: ["Content/pages/about.md": about.replacingOccurrences(of: "\n", with: "\r\n")], expected: [
        "Content/pages/about.md:1:4: warning: the file has Windows (CRLF) line endings, the first at the end of line 1 [crlf-line-endings]",
    ]),
    BrokenInput(name: "invalid slug", plants: .invalidSlug, changes: ["Content/pages/About_Us.md": about], expected: [
        "Content/pages/About_Us.md:1:1: error: 'About_Us' is not a valid slug [invalid-slug]",
    ]),
    BrokenInput(name: "unknown member", plants: .unknownReference, changes: ["Content/organizations/csto.md": csto.replacingOccurrences(of: "country: russia", with: "country: rusia")], expected: [
        "Content/organizations/csto.md:7:14: error: unknown country 'rusia' in members [unknown-reference]",
    ]),
    BrokenInput(name: "unknown party", changes: ["Content/relations/russia--ukraine.md": "---\nparties: [russia, ukrain]\n---\n"], expected: [
        "Content/relations/russia--ukraine.md:2:19: error: unknown country or organization 'ukrain' in parties [unknown-reference]",
        "Content/relations/russia--ukraine.md:2:11: error: the parties [russia, ukrain] do not match the file name 'russia--ukraine.md' [relation-file-name]",
    ]),
    BrokenInput(name: "unknown entity in affects", changes: ["Content/scenarios/drift.md": "---\ntitle: Drift\naffects: [russia, nato]\n---\n"], expected: [
        "Content/scenarios/drift.md:3:19: error: unknown country or organization 'nato' in affects [unknown-reference]",
    ]),
    BrokenInput(name: "unknown link target", changes: ["Content/pages/about.md": about + "\nSee [Belarus](country:belarus).\n"], expected: [
        "Content/pages/about.md:7:15: error: unknown country 'belarus' in link 'country:belarus' [unknown-reference]",
    ]),
    BrokenInput(name: "link to a draft", plants: .linkToDraft, changes: [
        "Content/pages/plans.md": "---\ntitle: Plans\ndraft: true\n---\n",
        "Content/pages/about.md": about + "\nSee [plans](page:plans).\n",
    ], expected: [
        "Content/pages/about.md:7:13: error: link to page 'plans', which is a draft left out of this build [link-to-draft]",
    ]),
    BrokenInput(name: "member that is a draft", changes: [
        "Content/countries/belarus.md": "---\ntitle: Belarus\ndraft: true\n---\n",
        "Content/organizations/csto.md": csto + "\n",
        "Content/scenarios/drift.md": "---\ntitle: Drift\naffects: [russia, belarus]\n---\n",
    ], expected: [
        "Content/scenarios/drift.md:3:19: error: country 'belarus' in affects is a draft left out of this build [link-to-draft]",
    ]),
    BrokenInput(name: "drafts count with --drafts", changes: [
        "Content/countries/belarus.md": "---\ntitle: Belarus\ndraft: true\n---\n",
        "Content/scenarios/drift.md": "---\ntitle: Drift\naffects: [russia, belarus]\n---\n",
    ], expected: [], drafts: true),
    BrokenInput(name: "term ends before it begins", plants: .datesOutOfOrder, changes: ["Content/countries/russia.md": "---\ntitle: Russia\nleaders:\n  - {name: A, from: 2004, to: 2000}\n---\n## Energy\n"], expected: [
        "Content/countries/russia.md:4:5: error: A's term ends (2000) before it begins (2004) [dates-out-of-order]",
    ]),
    BrokenInput(name: "membership ends before it begins", changes: ["Content/organizations/csto.md": csto.replacingOccurrences(of: "    from: 1992-05-15", with: "    from: 1992-05-15\n    to: 1990")], expected: [
        "Content/organizations/csto.md:10:9: error: membership of 'russia' ends (1990) before it begins (1992-05-15) [dates-out-of-order]",
    ]),
    BrokenInput(name: "dissolved before founded", changes: ["Content/organizations/csto.md": csto.replacingOccurrences(of: "founded: 1992-05-15", with: "founded: 1992-05-15\ndissolved: 1991")], expected: [
        "Content/organizations/csto.md:6:12: error: CSTO is dissolved (1991) before it is founded (1992-05-15) [dates-out-of-order]",
        "Content/organizations/csto.md:10:11: warning: membership of 'russia' begins (1992-05-15) after CSTO was dissolved (1991) [date-outside-lifetime]",
    ]),
    BrokenInput(name: "membership before the organization", plants: .dateOutsideLifetime, changes: ["Content/organizations/csto.md": csto.replacingOccurrences(of: "    from: 1992-05-15", with: "    from: 1991-12")], expected: [
        "Content/organizations/csto.md:9:11: warning: membership of 'russia' begins (1991-12) before CSTO was founded (1992-05-15) [date-outside-lifetime]",
    ]),
    BrokenInput(name: "relation written both ways", plants: .duplicateRelation, changes: ["Content/relations/ukraine--russia.md": "---\nparties: [ukraine, russia]\n---\n"], expected: [
        "Content/relations/ukraine--russia.md:1:1: error: the relation between ukraine and russia is already described in 'Content/relations/russia--ukraine.md' [duplicate-relation]",
    ]),
    BrokenInput(name: "relation with one party twice", plants: .relationParties, changes: ["Content/relations/russia--russia.md": "---\nparties: [russia, russia]\n---\n"], expected: [
        "Content/relations/russia--russia.md:2:19: error: a relation's two parties must differ [relation-parties]",
    ]),
    BrokenInput(name: "country and organization share a slug", plants: .duplicateSlug, changes: ["Content/organizations/russia.md": "---\ntitle: Russia Inc\n---\n"], expected: [
        "Content/countries/russia.md:1:1: error: 'russia' names both a country and an organization, so relations cannot tell them apart [duplicate-slug]",
        "Content/organizations/russia.md:1:1: warning: nothing in the report links to organization 'russia' [orphan-page]",
    ]),
    BrokenInput(name: "unknown anchor", plants: .unknownAnchor, changes: ["Content/pages/about.md": about + "\nSee [energy](country:russia#enrgy).\n"], expected: [
        "Content/pages/about.md:7:14: error: '#enrgy' is not a heading or section id of /countries/russia/ [unknown-anchor]",
    ]),
    BrokenInput(name: "anchors are checked when other errors stop rendering", changes: [
        "Content/pages/about.md": about + "\nSee [facts](country:russia#facts-heading) and [energy](country:russia#nope).\n",
        "Content/scenarios/drift.md": "---\ntitle: Drift\nlikelihood: maybe\n---\n",
    ], expected: [
        "Content/pages/about.md:7:56: error: '#nope' is not a heading or section id of /countries/russia/ [unknown-anchor]",
        "Content/scenarios/drift.md:3:13: error: 'maybe' is not a valid likelihood (ICD 203) [invalid-value]",
    ]),
    BrokenInput(name: "broken relative link", plants: .brokenLink, changes: ["Content/pages/about.md": about + "\nSee [the list](../countries/belarus/).\n"], expected: [
        "Content/pages/about.md:7:16: error: link '../countries/belarus/' leads to '/countries/belarus/', which the site does not have [broken-link]",
    ]),
    BrokenInput(name: "image without alt text", plants: .imageMissingAlt, changes: ["Content/pages/about.md": about + "\n![](../assets/site.css)\n"], expected: [
        "Content/pages/about.md:7:5: warning: image '../assets/site.css' has no alt text [image-missing-alt]",
    ]),
    BrokenInput(name: "orphan page", plants: .orphanPage, changes: ["Content/countries/belarus.md": "---\ntitle: Belarus\n---\n"], expected: [
        "Content/countries/belarus.md:1:1: warning: nothing in the report links to country 'belarus' [orphan-page]",
    ]),
    BrokenInput(name: "citation of an unknown source", plants: .unknownSource, changes: ["Content/pages/about.md": citingAbout("About the report [BBC](cite:bbc-2060).")], expected: [
        "Content/pages/about.md:8:24: error: no source has the id 'bbc-2060' [unknown-source]",
        "Content/pages/about.md:5:10: warning: neither the text nor a judgment cites the source 'bbc-2006' [uncited-source]",
    ]),
    BrokenInput(name: "bare citation with no id", changes: ["Content/pages/about.md": citingAbout("About the report [BBC](cite:bbc-2006)[](cite:).")], expected: [
        "Content/pages/about.md:8:41: error: the citation names no source [unknown-source]",
    ]),
    BrokenInput(name: "source never cited", plants: .uncitedSource, changes: ["Content/pages/about.md": citingAbout("About the report.")], expected: [
        "Content/pages/about.md:5:10: warning: neither the text nor a judgment cites the source 'bbc-2006' [uncited-source]",
    ]),
    BrokenInput(name: "source id given twice", plants: .duplicateSourceID,
                changes: ["Content/sources.yaml": "sources:\n  - {id: bbc-2006, title: A}\n  - {id: tass, title: B}\n  - {id: bbc-2006, title: C}\n"], expected: [
        "Content/sources.yaml:4:10: error: the source id 'bbc-2006' is already given at Content/sources.yaml:2:10 [duplicate-source-id]",
    ]),
    BrokenInput(name: "page source id that a shared source has", changes: [
        "Content/sources.yaml": "sources:\n  - {id: bbc-2006, title: A}\n",
        "Content/pages/about.md": citingAbout("About the report [BBC](cite:bbc-2006)."),
    ], expected: [
        "Content/pages/about.md:5:10: error: the source id 'bbc-2006' is already given at Content/sources.yaml:2:10 [duplicate-source-id]",
    ]),
    BrokenInput(name: "likelihood phrase off the scale", plants: .nonstandardLikelihood, changes: ["Content/pages/about.md": about + "\nThere is a good chance of a deal.\n"], expected: [
        "Content/pages/about.md:7:10: warning: 'a good chance' is not a likelihood word of ICD 203 [nonstandard-likelihood]",
    ]),
    BrokenInput(name: "word from the other list", plants: .mixedEstimativeLists, changes: ["Content/pages/about.md": about + "\n\nA deal is probable.\n"], expected: [
        "Content/pages/about.md:8:11: warning: 'probable' is from ICD 203's other word list; this report uses the 'likely' list (site.yaml 'estimative_words') [mixed-estimative-lists]",
    ]),
    BrokenInput(name: "the list site.yaml chose", changes: [
        "Content/site.yaml": ReportFixture.files["Content/site.yaml"]! + "\nestimative_words: probable\n",
        "Content/pages/about.md": about + "\n\nA deal is probable, a split unlikely.\n",
    ], expected: [
        "Content/pages/about.md:8:29: warning: 'unlikely' is from ICD 203's other word list; this report uses the 'probable' list (site.yaml 'estimative_words') [mixed-estimative-lists]",
    ]),
    BrokenInput(name: "confidence and likelihood in one sentence", plants: .confidenceWithLikelihood, changes: ["Content/pages/about.md": about + "\n\nWe judge with high confidence that a deal is likely.\n"], expected: [
        "Content/pages/about.md:8:15: warning: the sentence states a confidence level ('high confidence') and a likelihood ('likely') together [confidence-with-likelihood]",
    ]),
    BrokenInput(name: "scenario text judging otherwise than its field", plants: .scenarioLikelihoodMismatch, changes: ["Content/scenarios/drift.md": drift + "\nWe judge it unlikely.\n"], expected: [
        "Content/scenarios/drift.md:8:13: warning: the text judges the scenario 'unlikely', but its 'likelihood' is 'likely' [scenario-likelihood-mismatch]",
    ]),
    BrokenInput(name: "judgment text stating another likelihood than its field", plants: .judgmentLikelihoodMismatch, changes: [
        "Content/pages/about.md": "---\ntitle: About\norder: 1\njudgments:\n  - {text: \"A deal is unlikely.\", likelihood: likely, confidence: low}\n---\n\nAbout.\n",
    ], expected: [
        "Content/pages/about.md:5:23: warning: the judgment says 'unlikely', but its 'likelihood' is 'likely' [judgment-likelihood-mismatch]",
    ]),
    BrokenInput(name: "estimative words in a judgment's folded basis, at their place in the file", changes: [
        "Content/pages/about.md": "---\ntitle: About\norder: 1\njudgments:\n  - text: The blocs hold.\n    confidence: moderate\n    basis: >-\n      The treaties hold and\n      there is a good chance of more.\n---\n\nAbout.\n",
    ], expected: [
        "Content/pages/about.md:9:16: warning: 'a good chance' is not a likelihood word of ICD 203 [nonstandard-likelihood]",
    ]),
    BrokenInput(name: "an unknown source in a judgment's cites", changes: [
        "Content/pages/about.md": "---\ntitle: About\norder: 1\nsources:\n  - {id: bbc-2006, title: BBC}\njudgments:\n  - {text: The blocs hold., confidence: low, cites: [bbc-2060]}\n---\n\nAbout [BBC](cite:bbc-2006).\n",
    ], expected: [
        "Content/pages/about.md:7:54: error: no source has the id 'bbc-2060' [unknown-source]",
    ]),
    BrokenInput(name: "unknown data table", changes: ["Content/pages/about.md": about + "\n```table\ndata: price\n```\n"], expected: [
        "Content/pages/about.md:8:7: error: unknown data table 'price' [unknown-reference]",
    ]),
    BrokenInput(name: "unknown column", plants: .unknownColumn, changes: ["Content/pages/about.md": about + "\n```table\ndata: prices\ncolumns: [country, prize]\n```\n"], expected: [
        "Content/pages/about.md:9:20: error: data table 'prices' has no column 'prize' [unknown-column]",
    ]),
    BrokenInput(name: "map directive shading by nothing", changes: ["Content/pages/about.md": about + "\n```map\ntitle: Where\n```\n"], expected: [
        "Content/pages/about.md:7:1: error: the map directive needs one of 'field', 'org' or 'data' to shade the countries by [missing-field]",
    ]),
    BrokenInput(name: "map directive shading by two things", changes: ["Content/pages/about.md": about + "\n```map\nfield: orientation\norg: csto\n```\n"], expected: [
        "Content/pages/about.md:9:6: error: a map shades by one thing: 'field' or 'org', not both [invalid-value]",
    ]),
    BrokenInput(name: "map directive with an unknown field", changes: ["Content/pages/about.md": about + "\n```map\nfield: orientaton\n```\n"], expected: [
        "Content/pages/about.md:8:8: error: a map cannot shade by 'orientaton' [invalid-value]",
    ]),
    BrokenInput(name: "map directive naming an unknown organization", changes: ["Content/pages/about.md": about + "\n```map\norg: cst\n```\n"], expected: [
        "Content/pages/about.md:8:6: error: unknown organization 'cst' in the map directive [unknown-reference]",
    ]),
    BrokenInput(name: "map directive without a column", changes: ["Content/pages/about.md": about + "\n```map\ndata: prices\n```\n"], expected: [
        "Content/pages/about.md:8:7: error: a map of data table 'prices' needs a 'column' to shade by [missing-field]",
    ]),
    BrokenInput(name: "map directive with an unknown column", changes: ["Content/pages/about.md": about + "\n```map\ndata: prices\ncolumn: prize\n```\n"], expected: [
        "Content/pages/about.md:9:9: error: data table 'prices' has no column 'prize' [unknown-column]",
    ]),
    BrokenInput(name: "chart directive without x", changes: ["Content/pages/about.md": about + "\n```chart\ndata: prices\ny: price\n```\n"], expected: [
        "Content/pages/about.md:8:1: error: missing required field 'x' [missing-field]",
    ]),
    BrokenInput(name: "chart directive with an unknown column", changes: ["Content/pages/about.md": about + "\n```chart\ndata: prices\nx: country\ny: [price, prize]\n```\n"], expected: [
        "Content/pages/about.md:10:12: error: data table 'prices' has no column 'prize' [unknown-column]",
    ]),
    BrokenInput(name: "chart directive with an unknown kind", changes: ["Content/pages/about.md": about + "\n```chart\ndata: prices\nx: country\ny: price\nkind: pie\n```\n"], expected: [
        "Content/pages/about.md:11:7: error: 'pie' is not a kind of chart [invalid-value]",
    ]),
    BrokenInput(name: "chart directive charting words", changes: ["Content/pages/about.md": about + "\n```chart\ndata: prices\nx: price\ny: country\n```\n"], expected: [
        "Content/pages/about.md:10:4: error: column 'country' of data table 'prices' holds no numbers to chart [invalid-value]",
    ]),
    BrokenInput(name: "unknown directive field", changes: ["Content/pages/about.md": about + "\n```members\norg: csto\nasof: all\n```\n"], expected: [
        "Content/pages/about.md:9:1: warning: unknown field 'asof' in the members directive [unknown-field]",
    ]),
    BrokenInput(name: "leaders directive naming an unknown country", changes: ["Content/pages/about.md": about + "\n```leaders\ncountry: rusia\n```\n"], expected: [
        "Content/pages/about.md:8:10: error: unknown country 'rusia' in the leaders directive [unknown-reference]",
    ]),
    BrokenInput(name: "unknown leaders directive field", changes: ["Content/pages/about.md": about + "\n```leaders\ncountry: russia\nas_off: 2005\n```\n"], expected: [
        "Content/pages/about.md:9:1: warning: unknown field 'as_off' in the leaders directive [unknown-field]",
    ]),
    BrokenInput(name: "leaders directive with an impossible date", changes: ["Content/pages/about.md": about + "\n```leaders\ncountry: russia\nas_of: 2005-13\n```\n"], expected: [
        "Content/pages/about.md:9:8: error: '2005-13' is not a valid date [invalid-date]",
    ]),
    BrokenInput(name: "directive naming a draft", changes: [
        "Content/organizations/gaz.md": "---\ntitle: Gas Union\ndraft: true\n---\n",
        "Content/pages/about.md": about + "\n```members\norg: gaz\n```\n",
    ], expected: [
        "Content/pages/about.md:8:6: error: organization 'gaz' in the members directive is a draft left out of this build [link-to-draft]",
    ]),
    BrokenInput(name: "raw HTML", plants: .rawHTMLOmitted, changes: ["Content/pages/about.md": about + "\n<div>boxed</div>\n"], expected: [
        "Content/pages/about.md:7:1: warning: raw HTML is left out of the page [raw-html-omitted]",
    ]),
    BrokenInput(name: "CSV row width", plants: .csvRowWidth, changes: ["Content/data/bases.csv": "country,base\nrussia,1\nukraine\n"], expected: [
        "Content/data/bases.csv:3:1: error: this row has 1 fields but the header has 2 [csv-row-width]",
    ]),
    BrokenInput(name: "data file with an unknown field and a bad alignment", changes: ["Content/data/prices.yaml": """
        caption: Prices
        colums: []
        columns:
          - {key: country, label: Country, align: middle}
        rows:
          - {country: ukraine}
        """], expected: [
        "Content/data/prices.yaml:2:1: warning: unknown field 'colums' in a data file [unknown-field]",
        "Content/data/prices.yaml:4:43: error: 'middle' is not a valid column alignment [invalid-value]",
    ]),
    BrokenInput(name: "template syntax", plants: .templateSyntax, changes: ["Templates/page.mustache": "{{<layout}}{{$main}}{{#title}}{{/titel}}{{/main}}{{/layout}}"], expected: [
        "Templates/page.mustache:1:31: error: template syntax: '{{/titel}}' closes '{{#title}}', opened at line 1, column 21 [template-syntax]",
    ]),
    BrokenInput(name: "unclosed template section", changes: ["Templates/page.mustache": "<main>\n  {{#title}}<h1>{{title}}</h1>\n{{#summary}}<p>{{summary}}</p>{{/summary}}\n</main>\n"], expected: [
        "Templates/page.mustache:2:3: error: template syntax: '{{#title}}' is opened here but never closed [template-syntax]",
    ]),
    BrokenInput(name: "missing partial", plants: .templateUnknownPartial, changes: ["Templates/page.mustache": "{{<layout}}{{$main}}\n{{>partials/footer}}{{/main}}{{/layout}}"], expected: [
        "Templates/page.mustache:2:1: error: partial 'partials/footer' does not exist [template-unknown-partial]",
    ]),
    BrokenInput(name: "unknown template variable", plants: .templateUnknownVariable, changes: ["Templates/page.mustache": "{{<layout}}{{$main}}\n<h1>{{titel}}</h1>{{{content}}}{{/main}}{{/layout}}"], expected: [
        "Templates/page.mustache:2:5: warning: no view model provides 'titel' here, so it renders as empty text [template-unknown-variable]",
    ]),
    BrokenInput(name: "missing template", plants: .templateMissing, changes: ["Templates/page.mustache": nil], expected: [
        "Templates/page.mustache:1:1: error: the theme has no 'page' template [template-missing]",
    ]),
    BrokenInput(name: "parties in the other order", plants: .relationFileName,
                changes: ["Content/relations/russia--ukraine.md": "---\nparties: [ukraine, russia]\n---\n"], expected: [
        "Content/relations/russia--ukraine.md:2:11: error: the parties [ukraine, russia] do not match the file name 'russia--ukraine.md' [relation-file-name]",
    ]),
    BrokenInput(name: "invalid UTF-8", plants: .invalidUTF8, expected: [
        "Content/pages/about.md:7:4: error: the file is not valid UTF-8 text [invalid-utf8]",
    ], setUp: { root in
        try (Data(about.utf8) + Data("\nCaf".utf8) + Data([0xE9]) + Data("\n".utf8)).write(to: root.appendingPathComponent("Content/pages/about.md"))
    }),
    BrokenInput(name: "binary file", plants: .binaryFile, changes: ["Content/pages/about.md": about + "\n\u{0}\u{1}\n"], expected: [
        "Content/pages/about.md:1:1: error: the file is binary, not text [binary-file]",
    ]),
    BrokenInput(name: "file too large", plants: .fileTooLarge, expected: [
        "Content/pages/huge.md:1:1: error: the file is 8.0 MiB; content files are limited to 8 MiB [file-too-large]",
    ], setUp: { root in
        let file = root.appendingPathComponent("Content/pages/huge.md")
        #expect(FileManager.default.createFile(atPath: file.path, contents: Data("---\ntitle: Huge\n---\n".utf8)))
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: UInt64(ContentLoader.maximumFileSize + 1))
        try handle.close()
    }),
    BrokenInput(name: "unreadable file", plants: .unreadableFile, expected: [
        "Content/pages/ghost.md:1:1: error: cannot read the file: The operation could not be completed. The file doesn’t exist. [unreadable-file]",
    ], setUp: { root in
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("Content/pages/ghost.md").path,
                                                   withDestinationPath: root.appendingPathComponent("nowhere.md").path)
    }),
    BrokenInput(name: "a decoder's own failure", plants: .yamlDecode, expected: [
        "Content/pages/odd.md:2:1: error: the decoder met a value it cannot handle [yaml-decode]",
    ], unit: {
        /// A front matter whose decoding fails with an error that is not a DecodingError, as a decoder's own failure would.
        struct Undecodable: Decodable {
            struct Failure: Error, CustomStringConvertible { var description: String { "the decoder met a value it cannot handle" } }
            init(from decoder: any Decoder) throws { throw Failure() }
        }
        let document = try YAMLDocument("title: Odd\n", file: "Content/pages/odd.md", firstLine: 2)
        do {
            _ = try document.decode(Undecodable.self)
            return []
        } catch let error as DiagnosticError {
            return error.diagnostics
        }
    }),
    BrokenInput(name: "CSV quote never closed", plants: .csvSyntax, changes: ["Content/data/bases.csv": "country,base\nrussia,\"Gyumri\nukraine,2\n"], expected: [
        "Content/data/bases.csv:2:8: error: a quoted field opened here is never closed [csv-syntax]",
    ]),
    BrokenInput(name: "no base_url", plants: .missingBaseURL,
                changes: ["Content/site.yaml": "title: Test Report\nlanguage: en\nas_of: 2006-03-01\n"], expected: [
        "Content/site.yaml:1:1: warning: site.yaml gives no base_url, so sitemap.xml and feed.xml, which need absolute addresses, are left out [missing-base-url]",
    ]),
    BrokenInput(name: "deploy target of no known form", plants: .invalidDeployTarget,
                changes: ["Content/site.yaml": ReportFixture.files["Content/site.yaml"]! + "\ndeploy:\n  - rsync:ok\n  - ftp://example.org/site\n"], expected: [
        "Content/site.yaml:7:5: error: 'ftp://example.org/site' is not a deploy target [invalid-deploy-target]",
    ]),
    BrokenInput(name: "edition ref the repository lacks", plants: .unknownEditionRef,
                changes: ["Content/site.yaml": ReportFixture.files["Content/site.yaml"]! + "\neditions:\n  - {id: first, date: 2005-12-15, ref: deadbeef}\n"], expected: [
        "Content/site.yaml:6:40: error: the report's repository has no commit 'deadbeef' for edition 'first' [unknown-edition-ref]",
    ], setUp: { root in
        try EditionsFixture.git(["init", "--quiet"], in: root)
        try EditionsFixture.git(["add", "."], in: root)
        try EditionsFixture.git(["commit", "--quiet", "-m", "The report"], in: root)
    }),
    BrokenInput(name: "editions listed in a report outside git", plants: .editionsUnavailable,
                changes: ["Content/site.yaml": ReportFixture.files["Content/site.yaml"]! + "\neditions:\n  - {id: first, date: 2005-12-15, ref: deadbeef}\n"], expected: [
        "Content/site.yaml:6:40: warning: the report folder is not in a git repository, so the report is built without its earlier editions [editions-unavailable]",
    ]),
    BrokenInput(name: "paper size of no known name", changes: ["Content/site.yaml": ReportFixture.files["Content/site.yaml"]! + "\npdf: {paper: a5}\n"], expected: [
        "Content/site.yaml:5:14: error: 'a5' is not a valid paper size [invalid-value]",
    ]),
    BrokenInput(name: "unknown field in pdf settings", changes: ["Content/site.yaml": ReportFixture.files["Content/site.yaml"]! + "\npdf: {papr: a4}\n"], expected: [
        "Content/site.yaml:5:7: warning: unknown field 'papr' in 'pdf' [unknown-field]",
    ]),
    BrokenInput(name: "short title too long for a running head",
                changes: ["Content/site.yaml": ReportFixture.files["Content/site.yaml"]! + "\nshort_title: Russia and the Post-Soviet Space, Its Allies, Rivals and Futures\n"], expected: [
        "Content/site.yaml:5:14: error: short_title is 64 characters, more than a running head holds (48) [invalid-value]",
    ]),
    BrokenInput(name: "empty organization", changes: ["Content/site.yaml": ReportFixture.files["Content/site.yaml"]! + "\norganization: ' '\n"], expected: [
        "Content/site.yaml:5:15: error: this field is empty [invalid-value]",
    ]),
    BrokenInput(name: "edition on two lines", changes: ["Content/site.yaml": ReportFixture.files["Content/site.yaml"]! + "\nedition: \"First\\nedition\"\n"], expected: [
        "Content/site.yaml:5:10: error: this field holds more than one line [invalid-value]",
    ]),
    BrokenInput(name: "keywords not a list", changes: ["Content/site.yaml": ReportFixture.files["Content/site.yaml"]! + "\nkeywords: Russia\n"], expected: [
        "Content/site.yaml:5:11: error: 'keywords' should be a list, not 'Russia' [wrong-type]",
    ]),
    BrokenInput(name: "site cannot be written", plants: .writeFailed, expected: [
        "{root}/blocker/Public:1:1: error: cannot write the site: The operation could not be completed. A file with the same name already exists. [write-failed]",
    ], output: "blocker/Public", setUp: { root in
        try "a file where the output's parent folder goes\n".write(to: root.appendingPathComponent("blocker"), atomically: true, encoding: .utf8)
    }),
    BrokenInput(name: "template not UTF-8", plants: .templateUnreadable, expected: [
        "Templates/partials/extra.mustache:1:1: error: cannot read the template as UTF-8 text [template-unreadable]",
    ], setUp: { root in
        try Data([0x3C, 0x70, 0x3E, 0xFF, 0xFE, 0x0A]).write(to: root.appendingPathComponent("Templates/partials/extra.mustache"))
    }),
    BrokenInput(name: "template including itself", plants: .templateRecursion,
                changes: ["Templates/partials/toc.mustache": "<nav>{{#toc}}<a href=\"#{{id}}\">{{text}}</a>{{/toc}}</nav>\n{{> partials/toc}}\n"], expected: [
        "Templates/partials/toc.mustache:2:1: error: 'partials/toc' includes itself ('partials/toc' → 'partials/toc') without going down into the data, so rendering it would never end [template-recursion]",
    ]),
    BrokenInput(name: "unknown string key in a template", plants: .templateUnknownString,
                changes: ["Templates/page.mustache": "{{<layout}}{{$main}}\n<h2>{{t.heading.tocc}}</h2>{{{content}}}{{/main}}{{/layout}}"], expected: [
        "Templates/page.mustache:2:5: error: the theme's strings have no 'heading.tocc', so '{{t.heading.tocc}}' renders as empty text [template-unknown-string]",
    ]),
    BrokenInput(name: "language the theme has no words in", plants: .stringsMissing,
                changes: ["Content/site.yaml": ReportFixture.files["Content/site.yaml"]!.replacingOccurrences(of: "language: en", with: "language: fr")], expected: [
        "Content/site.yaml:3:11: error: the theme has no words in 'fr': there is no Templates/strings/fr.yaml [strings-missing]",
    ]),
    BrokenInput(name: "translation without a key English has", plants: .stringsMissingKey,
                changes: ["Templates/strings/ru.yaml": russianStrings.replacingOccurrences(of: "\nheading.toc: Содержание\n", with: "\n")], expected: [
        "Templates/strings/ru.yaml:1:1: error: the strings file has no 'heading.toc', which en.yaml has [strings-missing-key]",
    ]),
    BrokenInput(name: "translation with a key English lacks", plants: .stringsUnknownKey,
                changes: ["Templates/strings/ru.yaml": russianStrings + "heading.tocc: Содержание\n"], expected: [
        "Templates/strings/ru.yaml:\(russianStrings.split(separator: "\n", omittingEmptySubsequences: false).count):1: warning: 'heading.tocc' is not a key of en.yaml, so nothing shows it [strings-unknown-key]",
    ]),
    BrokenInput(name: "counted phrase with another language's forms", plants: .stringsInvalidEntry,
                changes: ["Templates/strings/ru.yaml": russianStrings.replacingOccurrences(of: "  few: \"{count} страновых обзора\"", with: "  two: \"{count} страновых обзора\"")], expected: [
        "Templates/strings/ru.yaml:\(line(of: "home.countries-note:", in: russianStrings)):1: error: 'home.countries-note' needs the plural forms of 'ru', one, few, many; it lacks few; 'ru' has no two [strings-invalid-entry]",
    ]),
    BrokenInput(name: "brief linked from outside the report", plants: .contentOutsideReport, expected: [
        "Content/pages/secret.md:1:1: error: the file links to '{root}-outside.md', outside the report, and is not read [content-outside-report]",
    ], setUp: { root in
        let outside = URL(fileURLWithPath: root.path + "-outside.md")
        try "---\ntitle: Secret\n---\n\nNot part of the report.\n".write(to: outside, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("Content/pages/secret.md"), withDestinationURL: outside)
    }),
    BrokenInput(name: "asset linked from outside the report", plants: .assetOutsideReport, expected: [
        "Templates/assets/secret.txt:1:1: warning: the asset links to '{root}-outside.txt', outside the report, and is left out [asset-outside-report]",
    ], setUp: { root in
        let outside = URL(fileURLWithPath: root.path + "-outside.txt")
        try "secret\n".write(to: outside, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("Templates/assets/secret.txt"), withDestinationURL: outside)
    }),
]

/// Every code of the table is planted in one broken input and reported exactly where it was planted,
/// with the severity the table gives it; a code added without its input fails here.
@Suite struct DiagnosticCodeTests {
    @Test(arguments: DiagnosticCode.allCases)
    func eachCodeIsReportedWhereItIsPlanted(_ code: DiagnosticCode) throws {
        let planted = brokenInputs.filter { $0.plants == code }
        let input = try #require(planted.first, "no broken input plants '\(code)': add one to brokenInputs")
        #expect(planted.count == 1, "several inputs claim to be the test of '\(code)'")
        let (found, expected) = try input.run()
        #expect(found.map(\.line).sorted() == expected.sorted())
        #expect(found.contains { $0.code == code })
        for diagnostic in found where diagnostic.code == code {
            #expect(diagnostic.severity == code.severity, "'\(code)' is reported as \(diagnostic.severity.rawValue)")
        }
    }

    @Test(arguments: brokenInputs.filter { $0.plants == nil })
    func moreCasesOfTheCodes(_ input: BrokenInput) throws {
        let (found, expected) = try input.run()
        #expect(found.map(\.line).sorted() == expected.sorted())
    }
}

@Suite struct DiagnosticHintTests {
    @Test func aBrokenImageSaysWhereAssetsAreFromThePage() throws {
        let fixture = try ReportFixture(["Content/pages/about.md": about + "\n![A map](assets/map.png)\n"])
        defer { fixture.remove() }
        let problem = try #require(fixture.check().first { $0.code == .brokenLink })
        #expect(problem.description == "Content/pages/about.md:7:10: error: image 'assets/map.png' leads to '/about/assets/map.png', which the site does not have "
                + "(put the file in Templates/assets/; from this page it is '../assets/map.png')")
    }

    @Test func anUnknownAnchorListsTheTargetsIDs() throws {
        let fixture = try ReportFixture(["Content/pages/about.md": about + "\n[gas](country:ukraine#gaz)\n"])
        defer { fixture.remove() }
        let problem = try #require(fixture.check().first { $0.code == .unknownAnchor })
        #expect(problem.hint == "did you mean 'gas'?")
    }
}
