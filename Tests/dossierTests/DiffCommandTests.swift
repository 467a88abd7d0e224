import Foundation
import TestSupport
import Testing

/// `dossier diff` over a report with two editions in a temporary git repository.
@Suite(.requires(.dossierExecutable, .git)) struct DiffCommandTests {
    @Test func jsonHoldsEveryKindOfChange() throws {
        let (root, first) = try EditionsFixture.repository()
        let result = try DossierProcess.run(["diff", "--format", "json", "--source", root.path])
        #expect(result.status == 0, "\(result.errors)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any], "\(result.output)")
        let from = try #require(json["from"] as? [String: Any])
        #expect(from["id"] as? String == "2005-12" && from["commit"] as? String == first && from["date"] as? String == "2005-12-15")
        #expect((json["to"] as? [String: Any])?["id"] as? String == "2006-03")
        let memberships = try #require(json["memberships"] as? [[String: Any]])
        #expect(memberships.map { "\(($0["country"] as? [String: Any])?["slug"] ?? "") \($0["kind"] ?? "")" } == ["belarus ended", "kazakhstan began", "ukraine changed"])
        let relation = try #require((json["relations"] as? [[String: Any]])?.only)
        #expect(relation["alignment"] as? [String: String] == ["before": "partner", "after": "strained"])
        #expect(relation["trend"] as? [String: String] == ["before": "stable", "after": "cooling"])
        let scenario = try #require((json["scenarios"] as? [[String: Any]])?.only)
        #expect(scenario["likelihood"] as? [String: String] == ["before": "unlikely", "after": "roughly even"])
        #expect(scenario["direction"] as? String == "up")
        #expect((json["signposts"] as? [[String: Any]])?.map { $0["text"] as? String } == ["Gas talks stall", "A new sign", "An old sign"])
        #expect((json["pagesAdded"] as? [[String: Any]])?.map { $0["path"] as? String } == ["countries/kazakhstan/"])
        #expect((json["pagesRemoved"] as? [[String: Any]])?.map { $0["path"] as? String } == ["countries/belarus/"])
        let ukraine = try #require((json["texts"] as? [[String: Any]])?.first { ($0["page"] as? [String: Any])?["slug"] as? String == "ukraine" })
        let sections = try #require(ukraine["sections"] as? [[String: Any]])
        #expect(sections.map { $0["heading"] as? String } == ["Gas", "Politics"])
        #expect(sections.map { $0["kind"] as? String } == ["reworded", "added"])
        let words = try #require(sections.first?["words"] as? [[String: String]])
        #expect(words.contains(["kind": "deleted", "text": "fifty"]) && words.contains(["kind": "inserted", "text": "ninety-five"]))
        #expect((json["corrections"] as? [[String: Any]])?.map { $0["text"] as? String } == ["The first edition gave the wrong price."])
    }

    @Test func textNamesTheEditionsAndEachChange() throws {
        let (root, _) = try EditionsFixture.repository()
        let result = try DossierProcess.run(["diff", "--source", root.path])
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "Changes from First edition, 2005-12 (2005-12-15) to Second edition, 2006-03 (2006-03-01)")
        #expect(lines.contains("  Ukraine in CSTO: observer → member (changed)"))
        #expect(lines.contains("  Russia – Ukraine: alignment partner → strained; trend stable → cooling"))
        #expect(lines.contains("  Drift: likelihood unlikely → roughly even (up)"))
        #expect(lines.contains("  Ukraine (/countries/ukraine/): \"Gas\" reworded, \"Politics\" added"))
    }

    @Test func identicalEditionsReportNothing() throws {
        let (root, first) = try EditionsFixture.repository(same: true)
        let result = try DossierProcess.run(["diff", first, "HEAD", "--format", "json", "--source", root.path])
        #expect(result.status == 0, "\(result.errors)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        for key in ["memberships", "relations", "scenarios", "signposts", "pagesAdded", "pagesRemoved", "texts", "corrections"] {
            #expect((json[key] as? [Any])?.isEmpty == true, "\(key)")
        }
    }

    @Test func editionsByIdAndByCommit() throws {
        let (root, first) = try EditionsFixture.repository()
        let byID = try DossierProcess.run(["diff", "2005-12", "2006-03", "--format", "json", "--source", root.path])
        let byCommit = try DossierProcess.run(["diff", first, "--format", "json", "--source", root.path])
        #expect(byID.status == 0 && byCommit.status == 0, "\(byID.errors) \(byCommit.errors)")
        #expect(byID.output == byCommit.output)
    }

    @Test func aRefTheRepositoryLacksExitsOne() throws {
        let (root, _) = try EditionsFixture.repository()
        let result = try DossierProcess.run(["diff", "no-such-ref", "--source", root.path])
        #expect(result.status == 1)
        #expect(result.errors.contains("the report's repository has no commit 'no-such-ref'"), "\(result.errors)")
    }

    @Test func aReportWithoutEarlierEditionsNeedsFrom() throws {
        let report = try temporaryReport(EditionsFixture.first)
        let result = try DossierProcess.run(["diff", "--source", report.path])
        #expect(result.status == 2)
        #expect(result.errors.contains("site.yaml lists no earlier editions"), "\(result.errors)")
    }
}
