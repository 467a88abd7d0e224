import Content
import Diagnostics
@testable import Editions
import Foundation
import Site
import Testing
import TestSupport

/// Two editions of a small report in a temporary git repository, compared as a build compares them.
@Suite(.requires(.git)) struct EditionComparisonTests {
    /// The report's edition history and the comparison of its first edition with the working files.
    static func compare(same: Bool = false) throws -> (history: EditionHistory, comparison: EditionComparison, first: String) {
        let (root, first) = try EditionsFixture.repository(same: same)
        let loaded = ContentLoader(root: root, kinds: TestKinds.all).load()
        #expect(loaded.diagnostics.map(\.description) == [])
        let content = try #require(loaded.content)
        let history = EditionHistory.read(root: root, site: content.site, kinds: TestKinds.all)
        let earlier = try #require(history.editions.first)
        return (history, EditionComparison(from: earlier, to: EditionSnapshot(current: ReportGraph(content: content))), first)
    }

    @Test func theEarlierEditionIsReadFromItsCommit() throws {
        let (history, comparison, first) = try Self.compare()
        #expect(history.diagnostics.isEmpty)
        let earlier = try #require(history.editions.first)
        #expect(earlier.commit == first)
        #expect(earlier.edition == Edition(id: "2005-12", date: ReportDate("2005-12-15")!, title: "First edition"))
        #expect(earlier.graph.countries["belarus"] != nil)
        #expect(comparison.from.id == "2005-12" && comparison.to.id == "2006-03" && comparison.to.commit == nil)
    }

    @Test func membershipsThatBeganEndedAndChangedStatus() throws {
        let memberships = try Self.compare().comparison.memberships
        #expect(memberships.map { "\($0.country.slug) \($0.kind.rawValue) \($0.status.before ?? "-")>\($0.status.after ?? "-")" } == [
            "belarus ended member>-", "kazakhstan began ->member", "ukraine changed observer>member",
        ])
        // The country that is gone keeps the title the earlier edition gave it.
        #expect(memberships.first?.country.title == "Belarus")
    }

    @Test func relationAlignmentAndTrend() throws {
        let relations = try Self.compare().comparison.relations
        #expect(relations.count == 1)
        #expect(relations.first?.relation.path == "relations/russia--ukraine/")
        #expect(relations.first?.alignment == ValueChange("partner", "strained"))
        #expect(relations.first?.trend == ValueChange("stable", "cooling"))
    }

    @Test func scenarioLikelihoodWithItsDirectionAndSignposts() throws {
        let comparison = try Self.compare().comparison
        #expect(comparison.scenarios.map { "\($0.likelihood.before!)>\($0.likelihood.after!) \($0.direction)" } == ["unlikely>roughly even up"])
        #expect(comparison.signposts.map { "\($0.text): \($0.status.before ?? "-")>\($0.status.after ?? "-")" } == [
            "Gas talks stall: not seen>observed", "A new sign: ->not seen", "An old sign: emerging>-",
        ])
    }

    @Test func pagesAddedAndRemoved() throws {
        let comparison = try Self.compare().comparison
        #expect(comparison.pagesAdded.map(\.path) == ["countries/kazakhstan/"])
        #expect(comparison.pagesRemoved.map(\.path) == ["countries/belarus/"])
    }

    @Test func changedSectionsWithTheirWords() throws {
        let texts = try Self.compare().comparison.texts
        #expect(texts.map(\.page.slug) == ["", "ukraine"])  // Overview, Ukraine: by title
        let ukraine = try #require(texts.last)
        #expect(ukraine.sections.map { "\($0.heading ?? "") \($0.kind.rawValue)" } == ["Gas reworded", "Politics added"])
        let gas = ukraine.sections[0].words
        #expect(gas.contains(WordRun(kind: .deleted, text: "fifty")))
        #expect(gas.contains(WordRun(kind: .inserted, text: "ninety-five")))
        #expect(gas.first == WordRun(kind: .kept, text: "Ukraine pays"))
        let overview = try #require(texts.first)
        #expect(overview.sections.map(\.kind) == [.reworded])
        #expect(overview.sections.first?.heading == nil)
    }

    @Test func correctionsPutOnRecord() throws {
        let comparison = try Self.compare().comparison
        #expect(comparison.corrections == [CorrectionEntry(page: comparison.corrections[0].page, date: "2006-02-10",
                                                           text: "The first edition gave the wrong price.")])
        #expect(comparison.corrections.first?.page.slug == "ukraine")
    }

    @Test func everyChangedPageOnce() throws {
        let pages = try Self.compare().comparison.changedPages.map(\.path)
        #expect(pages == ["organizations/csto/", "scenarios/drift/", "countries/kazakhstan/", "", "relations/russia--ukraine/", "countries/ukraine/"])
    }

    @Test func identicalEditionsReportNothing() throws {
        let comparison = try Self.compare(same: true).comparison
        #expect(comparison.isEmpty)
        #expect(comparison.changedPages.isEmpty)
        #expect(comparison.text.hasSuffix("No changes.\n"))
    }

    @Test func aRefTheRepositoryLacksIsAnErrorAtItsLine() throws {
        let (root, first) = try EditionsFixture.repository()
        let missing = String(first.reversed())
        try edit(root, "Content/site.yaml", replacing: first, with: missing)
        let site = try #require(ContentLoader(root: root, kinds: TestKinds.all).load().content?.site)
        let history = EditionHistory.read(root: root, site: site, kinds: TestKinds.all)
        #expect(history.editions.isEmpty)
        #expect(history.diagnostics.map { "\($0.location): \($0.severity): \($0.message) [\($0.code)]" } == [
            "Content/site.yaml:7:66: error: the report's repository has no commit '\(missing)' for edition '2005-12' [unknown-edition-ref]",
        ])
    }

    @Test func aReportOutsideGitBuildsWithoutEarlierEditionsAndOneWarning() throws {
        let root = try temporaryReport(EditionsFixture.second(firstCommit: "0123456789abcdef0123456789abcdef01234567"), theme: false)
        let site = try #require(ContentLoader(root: root, kinds: TestKinds.all).load().content?.site)
        let history = EditionHistory.read(root: root, site: site, kinds: TestKinds.all)
        #expect(history.editions.isEmpty)
        #expect(history.diagnostics.map(\.code) == [.editionsUnavailable])
        #expect(history.diagnostics.first?.severity == .warning)
        #expect(history.diagnostics.first?.location.line == 7)
    }

    @Test func aShallowCloneBuildsWithoutEarlierEditionsAndOneWarning() throws {
        let (root, _) = try EditionsFixture.repository()
        let clone = try temporaryFolder("shallow").appendingPathComponent("report")
        try EditionsFixture.git(["clone", "--quiet", "--depth", "1", "file://\(root.path)", clone.path], in: root)
        let site = try #require(ContentLoader(root: clone, kinds: TestKinds.all).load().content?.site)
        let history = EditionHistory.read(root: clone, site: site, kinds: TestKinds.all)
        #expect(history.editions.isEmpty)
        #expect(history.diagnostics.map(\.message) == [
            "the report's repository is a shallow clone, which lacks the earlier editions' commits, so the report is built without its earlier editions",
        ])
    }
}
