import Diagnostics
import Testing
@testable import Content

/// Decoding errors must land on the offending node, in file coordinates (front matter starts on line 2).
@Suite struct DecodingDiagnosticTests {
    func decode<T: FrontMatter>(_ yaml: String, as type: T.Type) -> [Diagnostic] {
        do {
            _ = try YAMLDocument(yaml, file: "f.md", firstLine: 2).decode(type)
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test func invalidEnumValuePointsAtTheValueWithAHint() throws {
        let problems = decode("title: Belarus\norientation: allyy\n", as: CountryFrontMatter.self)
        let problem = try #require(problems.first)
        #expect(problem.location == SourceLocation(file: "f.md", line: 3, column: 14))
        #expect(problem.code == .invalidValue)
        #expect(problem.message == "'allyy' is not a valid orientation")
        #expect(problem.hint?.contains("did you mean 'ally'?") == true)
    }

    @Test func badDateInsideAListPointsAtTheDate() throws {
        let yaml = """
        title: CSTO
        members:
          - country: armenia
            from: 2002-13-01
        """
        let problem = try #require(decode(yaml, as: OrganizationFrontMatter.self).first)
        #expect(problem.code == .invalidDate)
        #expect(problem.location.line == 5)
        #expect(problem.location.column == 11)
    }

    @Test func wrongTypeNamesTheFieldPath() throws {
        let problem = try #require(decode("title: [a, b]\n", as: PageFrontMatter.self).first)
        #expect(problem.code == .wrongType)
        #expect(problem.message.contains("'title'"))
        #expect(problem.location.line == 2)
        #expect(problem.location.column == 8)
    }

    @Test func missingRequiredFieldOfAListItem() throws {
        let problem = try #require(decode("parties: [russia, ukraine]\ntreaties:\n  - date: 1997\n", as: RelationFrontMatter.self).first)
        #expect(problem.code == .missingField)
        #expect(problem.message == "missing required field 'treaties[0].name'")
        #expect(problem.location.line == 4)
    }

    @Test func driverWeightOutOfRange() throws {
        let problem = try #require(decode("parties: [a, b]\ndrivers:\n  - {factor: energy, weight: 9}\n", as: RelationFrontMatter.self).first)
        #expect(problem.message == "weight 9 is out of range")
        #expect(problem.location.line == 4)
    }

    @Test func yamlSyntaxErrorsAndDuplicateKeysHavePositions() {
        do {
            _ = try YAMLDocument("title: A\ntitle: B\n", file: "f.md", firstLine: 2)
            Issue.record("expected a duplicate-key error")
        } catch {
            #expect(error.diagnostics.first?.code == .duplicateKey)
        }
        do {
            _ = try YAMLDocument("title: A\n\tsummary: B\n", file: "f.md", firstLine: 2)
            Issue.record("expected a syntax error")
        } catch {
            #expect(error.diagnostics.first?.code == .yamlSyntax)
            #expect(error.diagnostics.first?.location.line == 3)
        }
    }

    @Test func numbersAndYearsDecodeAsText() throws {
        let scenario = try YAMLDocument("title: T\nhorizon: 2008\n", file: "f.md", firstLine: 2).decode(ScenarioFrontMatter.self)
        #expect(scenario.horizon == "2008")
    }
}
