import Foundation
import TestSupport
import Testing
@testable import Pipeline
import Site

/// The incremental builder behind the preview: after any sequence of edits its site and its
/// diagnostics are those of a full build, and a change reaches only the pages that show it.
@Suite(.serialized) struct IncrementalBuildTests {
    /// Runs `body` with an incremental builder over a fresh copy of the bundled report.
    func withIncrementalBuilder(_ body: (IncrementalBuilder, URL) throws -> Void) throws {
        let report = try copyOfBundledReport()
        try body(IncrementalBuilder(options: BuildOptions(source: report)), report)
    }

    /// Checks that an incremental build of `report` gives what a full build gives, byte for byte.
    func expectSameAsFullBuild(_ builder: IncrementalBuilder, _ step: String) {
        let incremental = builder.build()
        let full = Builder().run(builder.options)
        #expect(incremental.succeeded == full.succeeded, "\(step): success differs")
        #expect(incremental.diagnostics.map(\.description) == full.diagnostics.map(\.description), "\(step): diagnostics differ")
        #expect(Set(incremental.files.keys) == Set(full.files.keys), "\(step): file lists differ")
        for (path, data) in full.files where incremental.files[path] != data {
            Issue.record("\(step): \(path) differs from a full build")
        }
    }

    @Test func matchesAFullBuildAfterEverySortOfEdit() throws {
        try withIncrementalBuilder { builder, report in
            expectSameAsFullBuild(builder, "first build")
            let relation = report.appendingPathComponent("Content/relations/russia--moldova.md")
            let armenia = report.appendingPathComponent("Content/countries/armenia.md")
            let armeniaText = try Data(contentsOf: armenia)

            let edits: [(String, () throws -> Void)] = [
                ("body text", { try edit(report, "Content/countries/belarus.md", replacing: "On paper no state", with: "On paper, no state") }),
                ("new link", { try edit(report, "Content/countries/belarus.md", replacing: "Politically,", with: "Like [Armenia](country:armenia), politically") }),
                ("country title", { try edit(report, "Content/countries/belarus.md", replacing: "title: Belarus", with: "title: Belarus (Republic)") }),
                ("membership", { try edit(report, "Content/organizations/csto.md", replacing: "  - country: armenia", with: "  - country: georgia") }),
                ("broken YAML", { try edit(report, "Content/countries/armenia.md", replacing: "title:", with: "title: [unclosed\nx:") }),
                ("fixed YAML", { try edit(report, "Content/countries/armenia.md", replacing: "title: [unclosed\nx:", with: "title:") }),
                ("new country", {
                    try "---\ntitle: Mongolia\nregion: East Asia\n---\nA neighbour of [Russia](country:russia).\n"
                        .write(to: report.appendingPathComponent("Content/countries/mongolia.md"), atomically: true, encoding: .utf8)
                }),
                ("deleted relation", { try FileManager.default.moveItem(at: relation, to: report.appendingPathComponent("moved.md")) }),
                ("restored relation", { try FileManager.default.moveItem(at: report.appendingPathComponent("moved.md"), to: relation) }),
                ("binary brief", { try Data([0x2D, 0x00, 0x01]).write(to: armenia) }),
                ("deleted binary brief", { try FileManager.default.removeItem(at: armenia) }),
                ("restored brief", { try armeniaText.write(to: armenia) }),
                // The bibliography's exports are kept while their sources are unchanged; a field they show must remake them.
                ("source's field", { try edit(report, "Content/countries/belarus.md", replacing: "Myechyslaw_Hryb\", accessed: 2026-12-02",
                                             with: "Myechyslaw_Hryb\", accessed: 2026-12-01") }),
                ("data file", { try edit(report, "Content/data/gas-prices.yaml", replacing: "rows:", with: "rows:\n  - {country: mongolia, price_2005: 1, price_2006: 2}") }),
                ("page template", { try edit(report, "Templates/country.mustache", replacing: "{{#memberships}}", with: "<!-- edited -->{{#memberships}}") }),
                ("partial", { try edit(report, "Templates/partials/toc.mustache", replacing: "{{", with: "<!-- toc -->{{") }),
                ("site.yaml", { try edit(report, "Content/site.yaml", replacing: "title:", with: "subtitle2: x\ntitle:") }),
            ]
            for (step, change) in edits {
                try change()
                expectSameAsFullBuild(builder, step)
            }
        }
    }

    @Test func aBodyEditReRendersThatPageAndTheReport() throws {
        try withIncrementalBuilder { builder, report in
            let first = builder.build()
            #expect(first.renderedPages.count == first.pageCount)

            try edit(report, "Content/countries/belarus.md", replacing: "On paper no state", with: "On paper, no state")
            let belarus = Route.entity(.country, "belarus")
            let afterBody = builder.build()
            #expect(afterBody.processedBodies == [belarus])
            // The one-page report shows every body, so it follows each edit.
            #expect(afterBody.renderedPages == [belarus, .report])

            let unchanged = builder.build()
            #expect(unchanged.processedBodies.isEmpty)
            #expect(unchanged.renderedPages.isEmpty)
        }
    }

    @Test func aNewLinkReRendersTheTargetsBacklinks() throws {
        try withIncrementalBuilder { builder, report in
            _ = builder.build()
            try edit(report, "Content/countries/belarus.md", replacing: "Politically,", with: "Like [Mongolia's neighbour](country:china), politically")
            let rebuilt = builder.build()
            #expect(rebuilt.renderedPages == [.entity(.country, "belarus"), .entity(.country, "china"), .report])
        }
    }

    @Test func aTitleEditReachesTheIndexesButNotUnrelatedBriefs() throws {
        try withIncrementalBuilder { builder, report in
            _ = builder.build()
            try edit(report, "Content/countries/belarus.md", replacing: "title: Belarus", with: "title: Belarus (Republic)")
            let rendered = builder.build().renderedPages
            for index in [Route.home, .countries, .memberships, .relations] {
                #expect(rendered.contains(index), "\(index) shows country titles")
            }
            #expect(rendered.contains(.entity(.country, "belarus")))
            #expect(rendered.contains(.entity(.organization, "csto")), "CSTO lists Belarus among its members")
            #expect(rendered.contains(.entity(.relation, "russia--belarus")))
            #expect(rendered.contains(.entity(.country, "china")), "China's brief links Belarus as the page before it")
            #expect(!rendered.contains(.entity(.relation, "russia--armenia")), "Russia – Armenia does not show Belarus")
            #expect(!rendered.contains(.entity(.scenario, "turn-east")))
        }
    }

    @Test func aTemplateEditReRendersThePagesUsingIt() throws {
        try withIncrementalBuilder { builder, report in
            let first = builder.build()
            try edit(report, "Templates/country.mustache", replacing: "{{#memberships}}", with: "<!-- edited -->{{#memberships}}")
            let rendered = builder.build().renderedPages
            let countries = Set((first.content?.countries ?? []).map { Route.entity(.country, $0.slug) })
            #expect(rendered == countries)
        }
    }

    @Test func aDirectiveFollowsTheBriefItReads() throws {
        try withIncrementalBuilder { builder, report in
            // A page that links to no brief, so only the directive reads Belarus's.
            try "---\ntitle: Heads\n---\n\n```leaders\ncountry: belarus\n```\n"
                .write(to: report.appendingPathComponent("Content/pages/heads.md"), atomically: true, encoding: .utf8)
            expectSameAsFullBuild(builder, "leaders directive added")
            try edit(report, "Content/countries/belarus.md", replacing: "leaders:\n", with: "leaders:\n  - {name: Test Person, role: Regent, from: 1991}\n")
            let page = Route.entity(.page, "heads")
            #expect(builder.build().processedBodies.contains(page), "the page showing Belarus's leaders is made again")
            expectSameAsFullBuild(builder, "a leader added to the brief")
        }
    }
}
