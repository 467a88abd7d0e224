@testable import Content
import Diagnostics
import Foundation
import Testing

@Suite struct SchemaDecodingTests {
    @Test func everyBrokenFieldIsReportedNotJustTheFirst() throws {
        let yaml = try YAMLDocument("""
            abbr: X
            kind: militray
            founded: 1992-5
            members:
              - {country: a, status: memer}
              - {status: member}
              - {country: b, from: 2001-02-30}
            """, file: "Content/organizations/x.md", firstLine: 2)
        #expect(throws: DiagnosticError.self) { try yaml.decode(OrganizationFrontMatter.self) }
        do {
            _ = try yaml.decode(OrganizationFrontMatter.self)
        } catch {
            #expect(error.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.code)" } == [
                "3:7 invalid-value", "4:10 invalid-date", "6:26 invalid-value", "7:5 missing-field", "8:24 invalid-date",
            ])
        }
    }

    @Test func aRequiredFieldSetAsideIsNotReportedTwice() throws {
        let yaml = try YAMLDocument("parties: {a: b}\ntrend: up", file: "r.md")
        do {
            _ = try yaml.decode(RelationFrontMatter.self)
            Issue.record("decoding should fail")
        } catch {
            #expect(error.diagnostics.map(\.code) == [.wrongType])
        }
    }

    @Test func unknownFieldsInsideListItemsGetAHint() throws {
        let yaml = try YAMLDocument("leaders:\n  - {name: A, rol: B}\nsummry: x", file: "c.md")
        let problems = UnknownFields.check(yaml, known: CommonFields.fieldNames + CountryFrontMatter.fieldNames,
                                           items: CountryFrontMatter.itemFieldNames, in: "country front matter")
        #expect(problems.map { "\($0.location.line):\($0.location.column) \($0.message) (\($0.hint ?? ""))" } == [
            "3:1 unknown field 'summry' in country front matter (did you mean 'summary'?)",
            "2:15 unknown field 'rol' in an item of 'leaders' (did you mean 'role'?)",
        ])
    }

    @Test func datesCompareOnlyAsFarAsBothAreWritten() throws {
        let year = try #require(ReportDate("2001")), june = try #require(ReportDate("2001-06-15")), may = try #require(ReportDate("2001-05"))
        #expect(!year.isCertainlyBefore(june))
        #expect(!june.isCertainlyBefore(year))
        #expect(may.isCertainlyBefore(june))
        #expect(!june.isCertainlyBefore(may))
        #expect(year.isCertainlyBefore(try #require(ReportDate("2002-01"))))
    }

    @Test func textHygieneFindsTheFirstCarriageReturnAfterAByteOrderMark() {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data("ab\ncdé\r\n".utf8)
        let problems = TextHygiene.problems(in: data, file: "f.md")
        #expect(problems.map { "\($0.location.line):\($0.location.column) \($0.code)" } == ["1:1 byte-order-mark", "2:4 crlf-line-endings"])
        #expect(TextHygiene.problems(in: Data("a,b\r\n1,2\r\n".utf8), file: "t.csv").isEmpty)
    }

    @Test func aDuplicateKeyIsReportedWhereItIsRepeated() {
        #expect(throws: DiagnosticError.self) { try YAMLDocument("title: A\nnested:\n  x: 1\n  x: 2\n", file: "f.md", firstLine: 2) }
        do {
            _ = try YAMLDocument("title: A\nnested:\n  x: 1\n  x: 2\n", file: "f.md", firstLine: 2)
        } catch {
            #expect(error.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.code)" } == ["5:3 duplicate-key"])
        }
    }
}
