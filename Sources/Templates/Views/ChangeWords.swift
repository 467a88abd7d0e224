import Content
import Editions

/// The words a comparison's values are shown in: vocabulary words in the report's language, joined
/// by the theme's arrow ("unlikely → roughly even"), and a sentence per changed field of a page.
struct ChangeWords {
    var strings: Strings

    /// `before → after` in the words of `Word`, "none" where an edition gives no value.
    func change<Word: Vocabulary>(_ change: ValueChange, _: Word.Type, none: Phrase = .changesNone) -> String {
        func word(_ raw: String?) -> String { raw.flatMap(Word.init(rawValue:)).map(strings.word) ?? raw ?? strings[none] }
        return strings[.changesArrow, ["before": word(change.before), "after": word(change.after)]]
    }

    /// A membership's status in each edition, "not a member" where it had none.
    func membership(_ status: ValueChange) -> String { change(status, MembershipStatus.self, none: .changesNotMember) }

    /// A signpost's status in each edition, "not listed" where the edition lacks it.
    func signpost(_ status: ValueChange) -> String { change(status, SignpostStatus.self, none: .changesNotListed) }

    /// One sentence per field of `page` that changed (its memberships, alignment, trend, likelihood,
    /// signposts and new corrections).
    func facts(of page: PageLabel, in comparison: EditionComparison) -> [String] {
        var facts: [String] = []
        for row in comparison.memberships where row.organization == page || row.country == page {
            facts.append(strings[.changesFactMembership, ["country": row.country.title, "organization": row.organization.title,
                                                          "change": membership(row.status)]])
        }
        for row in comparison.relations where row.relation == page {
            if let alignment = row.alignment { facts.append(strings[.changesFactAlignment, ["change": change(alignment, Alignment.self)]]) }
            if let trend = row.trend { facts.append(strings[.changesFactTrend, ["change": change(trend, Trend.self)]]) }
        }
        for row in comparison.scenarios where row.scenario == page {
            facts.append(strings[.changesFactLikelihood, ["change": change(row.likelihood, Likelihood.self)]])
        }
        for row in comparison.signposts where row.scenario == page {
            facts.append(strings[.changesFactSignpost, ["text": row.text, "change": signpost(row.status)]])
        }
        for row in comparison.corrections where row.page == page {
            facts.append(strings[.changesFactCorrection, ["date": ReportDate(row.date).map(strings.date) ?? row.date, "text": row.text]])
        }
        return facts
    }
}

/// A comparison's counts in one sentence ("3 memberships, 2 relations changed …"), for `/changes/` and the feed.
public enum ChangeSummary {
    /// The sentence for `comparison`; the theme's "nothing changed" for identical editions.
    public static func text(_ comparison: EditionComparison, strings: Strings) -> String {
        let counts: [(CountedPhrase, Int)] = [
            (.changesMemberships, comparison.memberships.count), (.changesRelations, comparison.relations.count),
            (.changesScenarios, comparison.scenarios.count), (.changesSignposts, comparison.signposts.count),
            (.changesPagesAdded, comparison.pagesAdded.count), (.changesPagesRemoved, comparison.pagesRemoved.count),
            (.changesPagesChanged, comparison.texts.count), (.changesCorrections, comparison.corrections.count),
        ]
        let parts = counts.filter { $0.1 > 0 }.map { strings.counted($0.0, count: $0.1) }
        return parts.isEmpty ? strings[.changesNothing] : strings[.changesSummary, ["changes": parts.joined(separator: strings[.changesListSeparator])]]
    }
}
