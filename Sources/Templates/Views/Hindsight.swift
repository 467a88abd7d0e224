import Content

/// The words that tell a reader a date lies after the report date, so the report could not have known it.
///
/// The structured records keep their whole history (a term that ended in 2008, a membership that began in
/// 2024); the views mark such dates instead of hiding them. A date counts as later only when it is certainly
/// after the report date: `2006` is not certainly after `2006-03-01`.
enum Hindsight {
    /// Whether `date` is certainly after `asOf`.
    static func isLater(_ date: ReportDate?, than asOf: ReportDate) -> Bool {
        date.map(asOf.isCertainlyBefore) ?? false
    }

    /// The mark for an event on `date`, or nothing when the report date had seen it.
    static func note(on date: ReportDate, asOf: ReportDate, strings: Strings) -> String? {
        isLater(date, than: asOf) ? strings[.hindsightLater] : nil
    }

    /// `date` in a reader's form, followed by the mark when it is later: "1 January 2015, after the report date".
    static func longDescription(_ date: ReportDate, asOf: ReportDate, strings: Strings) -> String {
        [strings.date(date), note(on: date, asOf: asOf, strings: strings)].compactMap { $0 }.joined(separator: ", ")
    }

    /// What to say about a period from `from` to `to`: that it began after the report date, that it ended
    /// after it, or nothing when both ends (if any) were known on the report date.
    static func note(from: ReportDate?, to: ReportDate?, asOf: ReportDate, strings: Strings) -> String? {
        if isLater(from, than: asOf) { return strings[.hindsightBegan] }
        if isLater(to, than: asOf) { return strings[.hindsightEnded] }
        return nil
    }
}
