import Content

/// A directive's `as_of:` argument: a date, or `all` for every period.
enum AsOfArgument: Decodable, Equatable {
    case date(ReportDate)
    case all

    init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        if text == "all" {
            self = .all
        } else if let date = ReportDate(text) {
            self = .date(date)
        } else {
            throw decoder.invalidValue("'\(text)' is not a valid date", code: "invalid-date", hint: "write YYYY, YYYY-MM, YYYY-MM-DD or 'all'")
        }
    }

    /// The date meant: `default` when the argument is absent, nil for `all`.
    static func date(_ argument: AsOfArgument?, default: ReportDate) -> ReportDate? {
        switch argument {
        case nil: `default`
        case .all: nil
        case .date(let date): date
        }
    }
}
