import Content
import Testing

/// One broken input: the files changed from the clean fixture and the diagnostics a check must
/// report, each as `file:line:col: severity: message [code]`.
struct BrokenInput: CustomTestStringConvertible, Sendable {
    var name: String
    var changes: [String: String?]
    var expected: [String]
    var drafts = false

    var testDescription: String { name }
}

private let russia = ReportFixture.files["Content/countries/russia.md"]!
private let csto = ReportFixture.files["Content/organizations/csto.md"]!
private let about = ReportFixture.files["Content/pages/about.md"]!

private let brokenInputs: [BrokenInput] = [
    BrokenInput(name: "front matter missing", changes: ["Content/countries/russia.md": "# Russia\n"], expected: [
        "Content/countries/russia.md:1:1: error: the file must start with YAML front matter between '---' lines [front-matter-missing]",
    ]),
    BrokenInput(name: "front matter unclosed", changes: ["Content/countries/russia.md": "---\ntitle: Russia\n\nText.\n"], expected: [
        "Content/countries/russia.md:1:1: error: the front matter opened here is never closed [front-matter-unclosed]",
    ]),
    BrokenInput(name: "YAML syntax", changes: ["Content/countries/russia.md": "---\ntitle: Russia\ncapital: [Moscow\n---\n"], expected: [
        "Content/countries/russia.md:4:1: error: YAML: did not find expected ',' or ']' while parsing a flow sequence [yaml-syntax]",
    ]),
    BrokenInput(name: "tab in indentation", changes: ["Content/countries/russia.md": "---\ntitle: Russia\n\tcapital: Moscow\n---\n"], expected: [
        "Content/countries/russia.md:3:1: error: YAML: found a tab character that violates indentation while scanning a plain scalar [yaml-syntax]",
    ]),
    BrokenInput(name: "duplicate key", changes: ["Content/countries/russia.md": "---\ntitle: Russia\niso2: RU\niso2: RF\n---\n"], expected: [
        "Content/countries/russia.md:4:1: error: duplicate key 'iso2' in mapping [duplicate-key]",
    ]),
    BrokenInput(name: "missing title", changes: ["Content/countries/russia.md": "---\niso2: RU\n---\n"], expected: [
        "Content/countries/russia.md:2:1: error: missing required field 'title' [missing-field]",
    ]),
    BrokenInput(name: "missing parties", changes: ["Content/relations/russia--ukraine.md": "---\nalignment: strained\n---\n"], expected: [
        "Content/relations/russia--ukraine.md:2:1: error: missing required field 'parties' [missing-field]",
    ]),
    BrokenInput(name: "wrong type", changes: ["Content/countries/russia.md": "---\ntitle: Russia\ncapital: [Moscow, Petersburg]\n---\n"], expected: [
        "Content/countries/russia.md:3:10: error: 'capital' should be a single value, not a list [wrong-type]",
    ]),
    BrokenInput(name: "value outside the vocabulary", changes: ["Content/countries/russia.md": "---\ntitle: Russia\norientation: aly\n---\n"], expected: [
        "Content/countries/russia.md:3:14: error: 'aly' is not a valid orientation [invalid-value]",
    ]),
    BrokenInput(name: "ISO code", changes: ["Content/countries/russia.md": "---\ntitle: Russia\niso3: RU\n---\n"], expected: [
        "Content/countries/russia.md:3:7: error: 'RU' is not an ISO 3166-1 alpha-3 code [invalid-iso-code]",
    ]),
    BrokenInput(name: "date format", changes: ["Content/countries/russia.md": "---\ntitle: Russia\nupdated: 2006-02-30\n---\n"], expected: [
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
    BrokenInput(name: "web address", changes: ["Content/countries/russia.md": "---\ntitle: Russia\nsources:\n  - {title: Kremlin, url: kremlin.ru}\n---\n"], expected: [
        "Content/countries/russia.md:4:27: error: 'kremlin.ru' is not an absolute web address [invalid-url]",
    ]),
    BrokenInput(name: "unknown field", changes: ["Content/countries/russia.md": russia.replacingOccurrences(of: "iso3: RUS", with: "iso3: RUS\ncapitol: Moscow")], expected: [
        "Content/countries/russia.md:5:1: warning: unknown field 'capitol' in country front matter [unknown-field]",
    ]),
    BrokenInput(name: "unknown field in a list item", changes: ["Content/organizations/csto.md": csto.replacingOccurrences(of: "    from: 1992-05-15", with: "    form: 1992-05-15")], expected: [
        "Content/organizations/csto.md:9:5: warning: unknown field 'form' in an item of 'members' [unknown-field]",
    ]),
    BrokenInput(name: "byte-order mark", changes: ["Content/pages/about.md": "\u{FEFF}" + about], expected: [
        "Content/pages/about.md:1:1: warning: the file starts with a byte-order mark [byte-order-mark]",
    ]),
    BrokenInput(name: "CRLF line endings", changes: ["Content/pages/about.md": about.replacingOccurrences(of: "\n", with: "\r\n")], expected: [
        "Content/pages/about.md:1:4: warning: the file has Windows (CRLF) line endings, the first at the end of line 1 [crlf-line-endings]",
    ]),
    BrokenInput(name: "invalid slug", changes: ["Content/pages/About_Us.md": about], expected: [
        "Content/pages/About_Us.md:1:1: error: 'About_Us' is not a valid slug [invalid-slug]",
    ]),
    BrokenInput(name: "unknown member", changes: ["Content/organizations/csto.md": csto.replacingOccurrences(of: "country: russia", with: "country: rusia")], expected: [
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
    BrokenInput(name: "link to a draft", changes: [
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
    BrokenInput(name: "term ends before it begins", changes: ["Content/countries/russia.md": "---\ntitle: Russia\nleaders:\n  - {name: A, from: 2004, to: 2000}\n---\n## Energy\n"], expected: [
        "Content/countries/russia.md:4:5: error: A's term ends (2000) before it begins (2004) [dates-out-of-order]",
    ]),
    BrokenInput(name: "membership ends before it begins", changes: ["Content/organizations/csto.md": csto.replacingOccurrences(of: "    from: 1992-05-15", with: "    from: 1992-05-15\n    to: 1990")], expected: [
        "Content/organizations/csto.md:10:9: error: membership of 'russia' ends (1990) before it begins (1992-05-15) [dates-out-of-order]",
    ]),
    BrokenInput(name: "dissolved before founded", changes: ["Content/organizations/csto.md": csto.replacingOccurrences(of: "founded: 1992-05-15", with: "founded: 1992-05-15\ndissolved: 1991")], expected: [
        "Content/organizations/csto.md:6:12: error: CSTO is dissolved (1991) before it is founded (1992-05-15) [dates-out-of-order]",
        "Content/organizations/csto.md:10:11: warning: membership of 'russia' begins (1992-05-15) after CSTO was dissolved (1991) [date-outside-lifetime]",
    ]),
    BrokenInput(name: "membership before the organization", changes: ["Content/organizations/csto.md": csto.replacingOccurrences(of: "    from: 1992-05-15", with: "    from: 1991-12")], expected: [
        "Content/organizations/csto.md:9:11: warning: membership of 'russia' begins (1991-12) before CSTO was founded (1992-05-15) [date-outside-lifetime]",
    ]),
    BrokenInput(name: "relation written both ways", changes: ["Content/relations/ukraine--russia.md": "---\nparties: [ukraine, russia]\n---\n"], expected: [
        "Content/relations/ukraine--russia.md:1:1: error: the relation between ukraine and russia is already described in 'Content/relations/russia--ukraine.md' [duplicate-relation]",
    ]),
    BrokenInput(name: "relation with one party twice", changes: ["Content/relations/russia--russia.md": "---\nparties: [russia, russia]\n---\n"], expected: [
        "Content/relations/russia--russia.md:2:19: error: a relation's two parties must differ [relation-parties]",
    ]),
    BrokenInput(name: "country and organization share a slug", changes: ["Content/organizations/russia.md": "---\ntitle: Russia Inc\n---\n"], expected: [
        "Content/countries/russia.md:1:1: error: 'russia' names both a country and an organization, so relations cannot tell them apart [duplicate-slug]",
        "Content/organizations/russia.md:1:1: warning: nothing in the report links to organization 'russia' [orphan-page]",
    ]),
    BrokenInput(name: "unknown anchor", changes: ["Content/pages/about.md": about + "\nSee [energy](country:russia#enrgy).\n"], expected: [
        "Content/pages/about.md:7:14: error: '#enrgy' is not a heading or section id of /countries/russia/ [unknown-anchor]",
    ]),
    BrokenInput(name: "anchors are checked when other errors stop rendering", changes: [
        "Content/pages/about.md": about + "\nSee [facts](country:russia#facts-heading) and [energy](country:russia#nope).\n",
        "Content/scenarios/drift.md": "---\ntitle: Drift\nlikelihood: maybe\n---\n",
    ], expected: [
        "Content/pages/about.md:7:56: error: '#nope' is not a heading or section id of /countries/russia/ [unknown-anchor]",
        "Content/scenarios/drift.md:3:13: error: 'maybe' is not a valid likelihood (ICD 203) [invalid-value]",
    ]),
    BrokenInput(name: "broken relative link", changes: ["Content/pages/about.md": about + "\nSee [the list](../countries/belarus/).\n"], expected: [
        "Content/pages/about.md:7:16: error: link '../countries/belarus/' leads to '/countries/belarus/', which the site does not have [broken-link]",
    ]),
    BrokenInput(name: "image without alt text", changes: ["Content/pages/about.md": about + "\n![](../assets/site.css)\n"], expected: [
        "Content/pages/about.md:7:5: warning: image '../assets/site.css' has no alt text [image-missing-alt]",
    ]),
    BrokenInput(name: "orphan page", changes: ["Content/countries/belarus.md": "---\ntitle: Belarus\n---\n"], expected: [
        "Content/countries/belarus.md:1:1: warning: nothing in the report links to country 'belarus' [orphan-page]",
    ]),
    BrokenInput(name: "unknown data table", changes: ["Content/pages/about.md": about + "\n```table\ndata: price\n```\n"], expected: [
        "Content/pages/about.md:8:7: error: unknown data table 'price' [unknown-reference]",
    ]),
    BrokenInput(name: "unknown column", changes: ["Content/pages/about.md": about + "\n```table\ndata: prices\ncolumns: [country, prize]\n```\n"], expected: [
        "Content/pages/about.md:9:20: error: data table 'prices' has no column 'prize' [unknown-column]",
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
    BrokenInput(name: "raw HTML", changes: ["Content/pages/about.md": about + "\n<div>boxed</div>\n"], expected: [
        "Content/pages/about.md:7:1: warning: raw HTML is left out of the page [raw-html-omitted]",
    ]),
    BrokenInput(name: "CSV row width", changes: ["Content/data/bases.csv": "country,base\nrussia,1\nukraine\n"], expected: [
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
    BrokenInput(name: "template syntax", changes: ["Templates/page.mustache": "{{<layout}}{{$main}}{{#title}}{{/titel}}{{/main}}{{/layout}}"], expected: [
        "Templates/page.mustache:1:34: error: template syntax: a section is closed with a different name than it was opened with [template-syntax]",
    ]),
    BrokenInput(name: "missing partial", changes: ["Templates/page.mustache": "{{<layout}}{{$main}}\n{{>partials/footer}}{{/main}}{{/layout}}"], expected: [
        "Templates/page.mustache:2:1: error: partial 'partials/footer' does not exist [template-unknown-partial]",
    ]),
    BrokenInput(name: "unknown template variable", changes: ["Templates/page.mustache": "{{<layout}}{{$main}}\n<h1>{{titel}}</h1>{{{content}}}{{/main}}{{/layout}}"], expected: [
        "Templates/page.mustache:2:5: warning: no view model provides 'titel' here, so it renders as empty text [template-unknown-variable]",
    ]),
    BrokenInput(name: "missing template", changes: ["Templates/page.mustache": nil], expected: [
        "Templates/page.mustache:1:1: error: the theme has no 'page' template [template-missing]",
    ]),
]

@Suite struct DiagnosticFixtureTests {
    @Test(arguments: brokenInputs)
    func reportsExactlyTheExpectedDiagnostics(_ input: BrokenInput) throws {
        let fixture = try ReportFixture(input.changes)
        defer { fixture.remove() }
        let found = fixture.check(drafts: input.drafts).map { "\($0.location): \($0.severity.rawValue): \($0.message) [\($0.code)]" }
        #expect(found.sorted() == input.expected.sorted())
    }

    @Test func coversAtLeastThirtyBrokenInputsAndEveryCheckCode() {
        #expect(brokenInputs.count >= 30)
        let codes = Set(brokenInputs.flatMap(\.expected).compactMap { $0.split(separator: "[").last?.dropLast() }.map(String.init))
        #expect(codes.count >= 30)
    }
}

@Suite struct DiagnosticHintTests {
    @Test func aBrokenImageSaysWhereAssetsAreFromThePage() throws {
        let fixture = try ReportFixture(["Content/pages/about.md": about + "\n![A map](assets/map.png)\n"])
        defer { fixture.remove() }
        let problem = try #require(fixture.check().first { $0.code == "broken-link" })
        #expect(problem.description == "Content/pages/about.md:7:10: error: image 'assets/map.png' leads to '/about/assets/map.png', which the site does not have "
                + "(put the file in Templates/assets/; from this page it is '../assets/map.png')")
    }

    @Test func anUnknownAnchorListsTheTargetsIDs() throws {
        let fixture = try ReportFixture(["Content/pages/about.md": about + "\n[gas](country:ukraine#gaz)\n"])
        defer { fixture.remove() }
        let problem = try #require(fixture.check().first { $0.code == "unknown-anchor" })
        #expect(problem.hint == "did you mean 'gas'?")
    }
}
