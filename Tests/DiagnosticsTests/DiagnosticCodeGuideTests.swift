import Diagnostics
import Foundation
import TestSupport
import Testing

/// The authors' guide explains exactly the codes of the table, each in its group and marked as a
/// warning when it is one: a code added to the program without a line in the guide fails here.
@Suite struct DiagnosticCodeGuideTests {
    /// One row of the guide's code tables: the codes its first cell names, and whether it says "(warning)".
    struct Row {
        var codes: [String]
        var saysWarning: Bool
    }

    /// The guide's "Diagnostic codes" section: its `###` groups in order, each with its table's rows.
    static func guideTables() throws -> [(group: String, rows: [Row])] {
        let guide = try String(contentsOf: Repository.file("docs/writing-a-brief.md"), encoding: .utf8)
        let section = try #require(guide.components(separatedBy: "\n## Diagnostic codes\n").dropFirst().first)
            .components(separatedBy: "\n## ").first ?? ""
        var groups: [(group: String, rows: [Row])] = []
        for line in section.split(separator: "\n") {
            if line.hasPrefix("### ") {
                groups.append((String(line.dropFirst(4)), []))
            } else if line.hasPrefix("| `"), !groups.isEmpty {
                let cell = line.split(separator: "|", omittingEmptySubsequences: true).first ?? ""
                let codes = cell.matches(of: /`([a-z0-9-]+)`/).map { String($0.1) }
                groups[groups.count - 1].rows.append(Row(codes: codes, saysWarning: cell.contains("(warning)")))
            }
        }
        return groups
    }

    @Test func theGuideHasTheTablesGroupsInOrder() throws {
        #expect(try Self.guideTables().map(\.group) == DiagnosticCode.Group.allCases.map(\.rawValue))
    }

    @Test(arguments: DiagnosticCode.Group.allCases)
    func eachGroupListsExactlyItsCodes(group: DiagnosticCode.Group) throws {
        let rows = try #require(try Self.guideTables().first { $0.group == group.rawValue }?.rows, "no '### \(group.rawValue)' in the guide")
        let listed = rows.flatMap(\.codes)
        #expect(listed.count == Set(listed).count, "a code listed twice: \(listed)")
        let codes = DiagnosticCode.allCases.filter { $0.group == group }.map(\.rawValue)
        #expect(Set(listed) == Set(codes), "missing from the guide: \(Set(codes).subtracting(listed).sorted()); not in the table: \(Set(listed).subtracting(codes).sorted())")
    }

    @Test(arguments: DiagnosticCode.allCases)
    func theGuideMarksWarnings(code: DiagnosticCode) throws {
        let row = try #require(try Self.guideTables().flatMap(\.rows).first { $0.codes.contains(code.rawValue) },
                               "'\(code)' is not in the guide (docs/writing-a-brief.md, Diagnostic codes)")
        #expect(row.saysWarning == (code.severity == .warning), "'\(code)' is \(code.severity.rawValue)")
    }
}
