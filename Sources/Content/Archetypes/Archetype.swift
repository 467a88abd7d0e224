/// The starting text of a new content file: every field of its kind's schema, empty or with a
/// harmless default, each with a short comment saying what it takes. A fresh file passes `check`.
public enum Archetype {
    /// The kinds `dossier new` can create.
    public static let kinds: [ContentKind] = [.country, .organization, .relation, .scenario, .page]

    /// The text of a new `kind` file named `slug`.
    public static func text(for kind: ContentKind, slug: String) -> String {
        let title = titleCase(slug)
        switch kind {
        case .country:
            return """
            ---
            title: \(title)
            summary:            # one or two sentences for indexes and search results
            iso2:               # ISO 3166-1 alpha-2, e.g. UA
            iso3:               # ISO 3166-1 alpha-3, e.g. UKR
            capital:
            region:             # e.g. Eastern Europe, South Caucasus, Central Asia
            orientation:        # \(words(Orientation.self)) (relative to Moscow, at the report date)
            leaders: []         # - {name: …, role: President, from: YYYY-MM-DD, to: YYYY-MM-DD}; no 'to' while in office
            updated:            # YYYY, YYYY-MM or YYYY-MM-DD
            sources: []         # - {title: …, url: https://…, date: YYYY-MM-DD (published), accessed: YYYY-MM-DD (read)}
            draft: true         # left out of 'dossier build' until removed or set to false
            ---

            \(bodyHint)

            """
        case .organization:
            return """
            ---
            title: \(title)
            abbr:               # the short name, e.g. CSTO
            summary:
            kind:               # \(words(OrganizationKind.self))
            founded:            # YYYY, YYYY-MM or YYYY-MM-DD
            dissolved:          # leave empty while it exists
            members: []         # - {country: <country slug>, status: member, from: YYYY-MM-DD, to: YYYY-MM-DD, note: …}
                                #   status: \(words(MembershipStatus.self))
            updated:
            sources: []
            draft: true
            ---

            \(bodyHint)

            """
        case .relation:
            let parties = slug.components(separatedBy: "--")
            return """
            ---
            parties: [\(parties.joined(separator: ", "))]   # two country or organization slugs, in the file name's order
            title:              # defaults to the parties' names, e.g. "Russia – Ukraine"
            summary:
            alignment:          # \(words(Alignment.self))
            trend:              # \(words(Trend.self))
            since:              # since when the relation has had this character (YYYY…)
            drivers: []         # - {factor: energy, weight: 1–5, note: …}
                                #   factor: \(words(DriverFactor.self))
            treaties: []        # - {name: …, date: YYYY-MM-DD}
            updated:
            sources: []
            draft: true
            ---

            \(bodyHint)

            """
        case .scenario:
            return """
            ---
            title: \(title)
            summary:
            question:           # the question the scenario answers
            horizon:            # e.g. 2008 or 2006–2010
            likelihood:         # \(words(Likelihood.self))
            drivers: []         # - what would push events this way
            uncertainties: []   # - what could change the picture
            signposts: []       # - {text: …, status: \(words(SignpostStatus.self))}
            affects: []         # country or organization slugs
            implications: []    # - what would follow
            updated:
            sources: []
            draft: true
            ---

            \(bodyHint)

            """
        case .page, .overview:
            return """
            ---
            title: \(title)
            summary:
            order:              # position in the navigation, lower first
            updated:
            sources: []
            draft: true
            ---

            \(bodyHint)

            """
        }
    }

    // Examples sit in code spans so they are not links to pages that may not exist.
    private static let bodyHint = """
        Write the text here in Markdown. Link other pages with `[Belarus](country:belarus)`,
        `[CSTO](org:csto)`, `[the gas dispute](relation:russia--ukraine)`, `[a scenario](scenario:turn-east)`
        or `[a page](page:methodology)`; add `#heading-id` to point at a section.
        """

    /// A vocabulary's words as a comment lists them: `ally | balancer | …`.
    private static func words<Words: Vocabulary>(_ vocabulary: Words.Type) -> String {
        Words.allCases.map(\.rawValue).joined(separator: " | ")
    }

    /// `union-state` → `Union State`.
    static func titleCase(_ slug: String) -> String {
        slug.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}
