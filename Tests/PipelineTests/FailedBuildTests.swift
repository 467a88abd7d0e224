import Diagnostics
import Foundation
import TestSupport
import Testing
@testable import Pipeline
import Content

/// A broken report reports each problem at its place, exits with errors, and leaves the old site alone.
@Suite struct FailedBuildTests {
    func buildTwice(breaking file: String, replacing old: String, with new: String) throws -> (BuildResult, before: [String: Data], after: [String: Data]) {
        let report = try copyOfBundledReport()
        let output = report.appendingPathComponent("Public")
        let first = Builder(writingInto: output).run(BuildOptions(source: report)).diagnostics.map(\.description)
        #expect(first == [])
        let before = try snapshot(output)
        try edit(report, file, replacing: old, with: new)
        let broken = Builder(writingInto: output).run(BuildOptions(source: report))
        return (broken, before, try snapshot(output))
    }

    func line(of text: String, in file: String, report: URL = repositoryRoot) throws -> (line: Int, column: Int) {
        let lines = try String(contentsOf: report.appendingPathComponent(file), encoding: .utf8).components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.contains(text) })
        return (index + 1, lines[index].distance(from: lines[index].startIndex, to: lines[index].range(of: text)!.lowerBound) + 1)
    }

    /// A slip in one file fails the build with one diagnostic at the slip, and leaves the site as it
    /// was: the file, the text changed and what it becomes, how far into the text the diagnostic
    /// points, and the message after the location.
    @Test(arguments: [
        ("Content/countries/belarus.md", "orientation: ally", "orientation: allyy", 13,
         "error: 'allyy' is not a valid orientation (did you mean 'ally'? use one of: ally, balancer, western, neutral)"),
        ("Content/organizations/csto.md", "country: tajikistan", "country: tadjikistan", 9,
         "error: unknown country 'tadjikistan' in members (did you mean 'tajikistan'?)"),
        ("Content/countries/belarus.md", "(org:union-state)", "(org:union-stat)", 1,
         "error: unknown organization 'union-stat' in link 'org:union-stat' (did you mean 'union-state'?)"),
    ])
    func aSlipFailsTheBuildAtItsPlace(_ file: String, _ text: String, _ slip: String, _ offset: Int, _ message: String) throws {
        let place = try line(of: text, in: file)
        let (result, before, after) = try buildTwice(breaking: file, replacing: text, with: slip)
        #expect(result.diagnostics.map(\.description) == ["\(file):\(place.line):\(place.column + offset): \(message)"])
        #expect(before == after)
    }
}

@Suite struct DirectiveDiagnosticTests {
    @Test func directiveErrorsPointIntoTheBlockEvenInsideAList() throws {
        let report = try copyOfBundledReport()
        let file = "Content/pages/about.md"
        let original = try String(contentsOf: report.appendingPathComponent(file), encoding: .utf8)
        let lines = original.components(separatedBy: "\n").count
        try (original + "\n\n- A list item:\n\n  ```table\n  data: gas-prices\n  columns: [country, price_2066]\n  ```\n")
            .write(to: report.appendingPathComponent(file), atomically: true, encoding: .utf8)
        let result = Builder().run(BuildOptions(source: report))
        let problem = try #require(result.diagnostics.first)
        #expect(problem.code == .unknownColumn)
        #expect(problem.location == SourceLocation(file: file, line: lines + 6, column: 22))
        #expect(problem.hint == "did you mean 'price_2006'?")
    }
}
