import Foundation
import Publish

/// A small report with two editions in a temporary git repository: the first as of 15 December 2005,
/// committed; then the second as of 1 March 2006, whose `site.yaml` names the first by its commit id.
/// Between them there is one change of every kind a comparison reports.
public enum EditionsFixture {
    /// The first edition's files.
    public static let first: [String: String] = [
        "Content/site.yaml": """
            title: Test Report
            base_url: https://example.org/
            language: en
            as_of: 2005-12-15
            edition: {id: "2005-12", title: First edition}

            """,
        "Content/index.md": """
            ---
            title: Overview
            ---

            [Russia](country:russia), [Ukraine](country:ukraine), [Belarus](country:belarus), [CSTO](org:csto),
            [the pair](relation:russia--ukraine), [the drift](scenario:drift), [about](page:about).

            ## Outlook

            The winter looks calm and gas talks continue.

            """,
        "Content/countries/russia.md": country("Russia", "RU", "RUS", body: "## Energy\n\nGas and oil.\n"),
        "Content/countries/ukraine.md": country("Ukraine", "UA", "UKR", body: """
            ## Gas

            Ukraine pays fifty dollars for a thousand cubic metres and the talks go slowly.

            """),
        "Content/countries/belarus.md": country("Belarus", "BY", "BLR", body: "## Union\n\nClose to Moscow.\n"),
        "Content/organizations/csto.md": organization(members: """
              - {country: russia, status: member, from: 2002-10-07}
              - {country: ukraine, status: observer, from: 2003-01-01}
              - {country: belarus, status: member, from: 2002-10-07}
            """),
        "Content/relations/russia--ukraine.md": relation(alignment: "partner", trend: "stable"),
        "Content/scenarios/drift.md": scenario(likelihood: "unlikely", signposts: """
              - {text: Gas talks stall, status: not seen}
              - {text: An old sign, status: emerging}
            """),
        "Content/pages/about.md": "---\ntitle: About\n---\n\nHow the report is made.\n",
    ]

    /// The second edition's files, naming the first edition's commit.
    public static func second(firstCommit: String) -> [String: String] {
        var files = first
        files["Content/site.yaml"] = """
            title: Test Report
            base_url: https://example.org/
            language: en
            as_of: 2006-03-01
            edition: {id: "2006-03", title: Second edition}
            editions:
              - {id: "2005-12", date: 2005-12-15, title: First edition, ref: \(firstCommit)}

            """
        files["Content/index.md"] = files["Content/index.md"]!.replacingOccurrences(of: "[Belarus](country:belarus)", with: "[Kazakhstan](country:kazakhstan)")
        files["Content/countries/belarus.md"] = nil
        files["Content/countries/kazakhstan.md"] = country("Kazakhstan", "KZ", "KAZ", body: "## Steppe\n\nA balancer.\n")
        files["Content/countries/ukraine.md"] = country("Ukraine", "UA", "UKR", corrections: """
            corrections:
              - {date: 2006-02-10, text: The first edition gave the wrong price.}

            """, body: """
            ## Gas

            Ukraine pays ninety-five dollars for a thousand cubic metres after the January cut-off.

            ## Politics

            The parliamentary election is due in March.

            """)
        files["Content/organizations/csto.md"] = organization(members: """
              - {country: russia, status: member, from: 2002-10-07}
              - {country: ukraine, status: member, from: 2003-01-01}
              - {country: kazakhstan, status: member, from: 2002-10-07}
            """)
        files["Content/relations/russia--ukraine.md"] = relation(alignment: "strained", trend: "cooling")
        files["Content/scenarios/drift.md"] = scenario(likelihood: "roughly even", signposts: """
              - {text: Gas talks stall, status: observed}
              - {text: A new sign, status: not seen}
            """)
        return files
    }

    /// A git repository (with the repository's theme) whose first commit holds the first edition and
    /// whose second holds the second; `same` makes the second edition's content the first's but for `site.yaml`.
    public static func repository(same: Bool = false) throws -> (root: URL, first: String) {
        let root = try temporaryReport(first)
        try git(["init", "--quiet", "--initial-branch=main"], in: root)
        try git(["add", "."], in: root)
        try git(["commit", "--quiet", "-m", "First edition"], in: root)
        let commit = try git(["rev-parse", "HEAD"], in: root).trimmingCharacters(in: .whitespacesAndNewlines)
        var files = second(firstCommit: commit)
        if same {
            files = first
            files["Content/site.yaml"] = second(firstCommit: commit)["Content/site.yaml"]!.replacingOccurrences(of: "as_of: 2006-03-01", with: "as_of: 2005-12-15")
        } else {
            try FileManager.default.removeItem(at: root.appendingPathComponent("Content/countries/belarus.md"))
        }
        try write(files, into: root)
        try git(["add", "--all", "."], in: root)
        try git(["commit", "--quiet", "-m", "Second edition"], in: root)
        return (root, commit)
    }

    /// Runs git in `folder` with a fixed identity, returning its output; a failure throws.
    @discardableResult
    public static func git(_ arguments: [String], in folder: URL) throws -> String {
        let tool = try ExternalTool.require("git", install: "run ./scripts/setup-deploy-tools")
        let identity = ["GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org",
                        "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org"]
        return try tool.check(["-c", "commit.gpgsign=false"] + arguments, in: folder, environment: identity).standardOutput
    }

    static func country(_ title: String, _ iso2: String, _ iso3: String, corrections: String = "", body: String) -> String {
        "---\ntitle: \(title)\niso2: \(iso2)\niso3: \(iso3)\n\(corrections)---\n\n\(body)"
    }

    static func organization(members: String) -> String {
        "---\ntitle: Collective Security Treaty Organization\nabbr: CSTO\nkind: military\nfounded: 2002-10-07\nmembers:\n\(members)\n---\n\nThe alliance.\n"
    }

    static func relation(alignment: String, trend: String) -> String {
        "---\nparties: [russia, ukraine]\nalignment: \(alignment)\ntrend: \(trend)\n---\n\nGas and the fleet.\n"
    }

    static func scenario(likelihood: String, signposts: String) -> String {
        "---\ntitle: Drift\nquestion: Does Ukraine drift west?\nlikelihood: \(likelihood)\nsignposts:\n\(signposts)\naffects: [ukraine]\n---\n\nA slow drift.\n"
    }
}
