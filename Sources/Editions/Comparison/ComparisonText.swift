/// A comparison as `dossier diff` prints it for an editor in a terminal: one block per kind of
/// change, one line per change, the words of the content as written.
extension EditionComparison {
    /// The comparison as lines of text; "No changes." for identical editions.
    public var text: String {
        var lines = ["Changes from \(Self.name(from)) to \(Self.name(to))"]
        func block(_ title: String, _ items: [String]) {
            guard !items.isEmpty else { return }
            lines += ["", title] + items.map { "  " + $0 }
        }
        block("Memberships", memberships.map { "\($0.country.title) in \($0.organization.title): \(Self.arrow($0.status, none: "not a member")) (\($0.kind.rawValue))" })
        block("Relations", relations.map { change in
            let parts = [change.alignment.map { "alignment \(Self.arrow($0))" }, change.trend.map { "trend \(Self.arrow($0))" }]
            return "\(change.relation.title): " + parts.compactMap { $0 }.joined(separator: "; ")
        })
        block("Scenarios", scenarios.map { "\($0.scenario.title): likelihood \(Self.arrow($0.likelihood)) (\($0.direction.rawValue))" })
        block("Signposts", signposts.map { "\($0.scenario.title): \"\($0.text)\" \(Self.arrow($0.status, none: "not listed"))" })
        block("Pages added", pagesAdded.map { "\($0.title) (/\($0.path))" })
        block("Pages removed", pagesRemoved.map { "\($0.title) (/\($0.path))" })
        block("Text", texts.map { change in
            let summary = change.summary == nil ? [] : ["summary reworded"]
            let sections = change.sections.map { "\"\($0.heading ?? "opening")\" \($0.kind.rawValue)" }
            return "\(change.page.title) (/\(change.page.path)): " + (summary + sections).joined(separator: ", ")
        })
        block("Corrections", corrections.map { "\($0.date) \($0.page.title): \($0.text)" })
        if isEmpty { lines += ["", "No changes."] }
        return lines.joined(separator: "\n") + "\n"
    }

    static func name(_ edition: EditionLabel) -> String {
        "\(edition.title.map { "\($0), " } ?? "")\(edition.id) (\(edition.date))"
    }

    static func arrow(_ change: ValueChange, none: String = "none") -> String {
        "\(change.before ?? none) → \(change.after ?? none)"
    }
}
