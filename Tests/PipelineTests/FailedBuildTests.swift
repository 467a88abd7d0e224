import Diagnostics
import Foundation
import Testing
@testable import Pipeline
import Content

/// A broken report reports each problem at its place, exits with errors, and leaves the old site alone.
@Suite struct FailedBuildTests {
    func buildTwice(breaking file: String, replacing old: String, with new: String) throws -> (BuildResult, before: [String: Data], after: [String: Data]) {
        let report = try copyOfBundledReport()
        let output = report.appendingPathComponent("Public")
        let first = Builder().run(BuildOptions(source: report, output: output)).diagnostics.map(\.description)
        #expect(first == [])
        let before = try snapshot(output)
        try edit(report, file, replacing: old, with: new)
        let broken = Builder().run(BuildOptions(source: report, output: output))
        return (broken, before, try snapshot(output))
    }

    func line(of text: String, in file: String, report: URL = repositoryRoot) throws -> (line: Int, column: Int) {
        let lines = try String(contentsOf: report.appendingPathComponent(file), encoding: .utf8).components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.contains(text) })
        return (index + 1, lines[index].distance(from: lines[index].startIndex, to: lines[index].range(of: text)!.lowerBound) + 1)
    }

    @Test func brokenFrontMatterField() throws {
        let file = "Content/countries/belarus.md"
        let place = try line(of: "orientation: ally", in: file)
        let (result, before, after) = try buildTwice(breaking: file, replacing: "orientation: ally", with: "orientation: allyy")
        #expect(result.diagnostics.map(\.description) == [
            "\(file):\(place.line):14: error: 'allyy' is not a valid orientation (did you mean 'ally'? use one of: ally, balancer, western, neutral)",
        ])
        #expect(before == after)
    }

    @Test func unknownCountryInMembers() throws {
        let file = "Content/organizations/csto.md"
        let place = try line(of: "country: tajikistan", in: file)
        let (result, before, after) = try buildTwice(breaking: file, replacing: "country: tajikistan", with: "country: tadjikistan")
        #expect(result.diagnostics.map(\.description) == [
            "\(file):\(place.line):\(place.column + 9): error: unknown country 'tadjikistan' in members (did you mean 'tajikistan'?)",
        ])
        #expect(before == after)
    }

    @Test func unknownEntityLink() throws {
        let file = "Content/countries/belarus.md"
        let place = try line(of: "(org:union-state)", in: file)
        let (result, before, after) = try buildTwice(breaking: file, replacing: "(org:union-state)", with: "(org:union-stat)")
        #expect(result.diagnostics.map(\.description) == [
            "\(file):\(place.line):\(place.column + 1): error: unknown organization 'union-stat' in link 'org:union-stat' (did you mean 'union-state'?)",
        ])
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
        let result = Builder(write: false).run(BuildOptions(source: report, output: report.appendingPathComponent("Public")))
        let problem = try #require(result.diagnostics.first)
        #expect(problem.code == "unknown-column")
        #expect(problem.location == SourceLocation(file: file, line: lines + 6, column: 22))
        #expect(problem.hint == "did you mean 'price_2006'?")
    }
}
