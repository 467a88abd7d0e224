import Content
import Diagnostics
import Foundation
import Pipeline
import TestSupport
import Testing

/// A small, valid report in a temporary folder, with the repository's real theme, that a test
/// breaks in one place and then checks.
struct ReportFixture {
    let root: URL

    /// The clean files, by path below the report folder.
    static let files: [String: String] = [
        "Content/site.yaml": """
            title: Test Report
            base_url: https://example.org/
            language: en
            as_of: 2006-03-01
            """,
        "Content/index.md": """
            ---
            title: Overview
            ---

            ## Outlook

            [Russia](country:russia), [Ukraine](country:ukraine), [CSTO](org:csto), [the pair](relation:russia--ukraine),
            [the future](scenario:drift), [prices](data:prices).
            """,
        "Content/countries/russia.md": """
            ---
            title: Russia
            iso2: RU
            iso3: RUS
            orientation: ally
            leaders:
              - {name: Vladimir Putin, role: President, from: 2000-05-07}
            ---

            ## Energy

            Gas and oil.
            """,
        "Content/countries/ukraine.md": """
            ---
            title: Ukraine
            iso2: UA
            iso3: UKR
            orientation: western
            ---

            ## Gas

            See [Russia's energy](country:russia#energy).
            """,
        "Content/organizations/csto.md": """
            ---
            title: Collective Security Treaty Organization
            abbr: CSTO
            kind: military
            founded: 1992-05-15
            members:
              - country: russia
                status: member
                from: 1992-05-15
            ---

            The alliance.
            """,
        "Content/relations/russia--ukraine.md": """
            ---
            parties: [russia, ukraine]
            alignment: strained
            trend: cooling
            drivers:
              - {factor: energy, weight: 5}
            ---

            Gas.
            """,
        "Content/scenarios/drift.md": """
            ---
            title: Drift
            likelihood: likely
            affects: [russia, csto]
            ---

            Nothing changes.
            """,
        "Content/pages/about.md": """
            ---
            title: About
            order: 1
            ---

            About the report.
            """,
        "Content/data/prices.yaml": """
            caption: Prices
            columns:
              - {key: country, label: Country}
              - {key: price, label: Price}
            rows:
              - {country: ukraine, price: 95}
            """,
    ]

    /// Writes the clean report with `changes` applied (a nil value removes the file).
    init(_ changes: [String: String?] = [:]) throws {
        root = try temporaryFolder("fixture")
        try FileManager.default.copyItem(at: Repository.file("Templates"), to: root.appendingPathComponent("Templates"))
        for (path, text) in Self.files where changes[path] == nil {
            try write(path, text)
        }
        for (path, text) in changes {
            try write(path, text)
        }
    }

    /// Writes (or, for nil, removes) one file of the report.
    func write(_ path: String, _ text: String?) throws {
        let url = root.appendingPathComponent(path)
        guard let text else {
            // A clean Content file left out is simply not written; anything else must be there to remove.
            if Self.files[path] == nil || FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
            return
        }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Every diagnostic of a build that does not write.
    func check(drafts: Bool = false) -> [Diagnostic] {
        Builder().run(BuildOptions(source: root, includeDrafts: drafts)).diagnostics
    }

    /// Every diagnostic of a build that writes the site into `output` (a path below the report).
    func build(into output: String, drafts: Bool = false) -> [Diagnostic] {
        Builder(writingInto: root.appendingPathComponent(output)).run(BuildOptions(source: root, includeDrafts: drafts)).diagnostics
    }

    /// Builds the site into `Public/`; the folder, and the diagnostics as `file:line:col: severity: message [code]`.
    func buildSite() -> (output: URL, diagnostics: [String]) {
        let output = root.appendingPathComponent("Public")
        return (output, Builder(writingInto: output).run(BuildOptions(source: root)).diagnostics.map(\.line))
    }

    /// A fixture with `changes`, built into its `Public/`: the folder, the diagnostics (as
    /// `buildSite` gives them) and the fixture, for the caller to remove.
    static func built(_ changes: [String: String]) throws -> (output: URL, diagnostics: [String], fixture: ReportFixture) {
        let fixture = try ReportFixture(changes)
        let (output, diagnostics) = fixture.buildSite()
        return (output, diagnostics, fixture)
    }

    /// The page at `path` of a fixture with `changes`, built with no problem (the fixture is removed).
    static func page(_ path: String, of changes: [String: String]) throws -> ParsedPage {
        let (output, diagnostics, fixture) = try built(changes)
        defer { fixture.remove() }
        #expect(diagnostics == [])
        return try ParsedPage(output.appendingPathComponent(path))
    }

    /// Removes the folder.
    func remove() { try? FileManager.default.removeItem(at: root) }
}
