/// A date as precise as the author knows it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
///
/// Comparisons treat a missing month or day as the start of the period, so `2006` < `2006-03`.
public struct ReportDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The year.
    public var year: Int
    /// The month (1–12), if given.
    public var month: Int?
    /// The day of the month, if given.
    public var day: Int?

    /// Creates a date; returns nil for impossible months or days.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
              parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return nil }
        let numbers = parts.map { Int($0)! }
        self.init(year: numbers[0], month: numbers.count > 1 ? numbers[1] : nil, day: numbers.count > 2 ? numbers[2] : nil)
    }

    /// The date as written: `2006`, `2006-03` or `2006-03-01`.
    public var description: String {
        var text = String(format4: year)
        if let month { text += "-" + String(format2: month) }
        if let day { text += "-" + String(format2: day) }
        return text
    }

    /// A reader's form: `2006`, `March 2006`, `1 March 2006`.
    public var longDescription: String {
        guard let month else { return String(year) }
        let name = Self.monthNames[month - 1]
        guard let day else { return "\(name) \(year)" }
        return "\(day) \(name) \(year)"
    }

    /// An ISO 8601 date-time at midnight UTC, filling a missing month or day with 1.
    public var iso8601: String {
        "\(String(format4: year))-\(String(format2: month ?? 1))-\(String(format2: day ?? 1))T00:00:00Z"
    }

    /// Whether this date is before `other` whatever the unwritten month or day: `2001` is not
    /// certainly before `2001-06-15`, but `2001-05` is.
    public func isCertainlyBefore(_ other: ReportDate) -> Bool {
        // Compare only as far as both dates are written.
        let shared = min(precision, other.precision)
        func key(_ date: ReportDate) -> (Int, Int, Int) {
            (date.year, shared >= 2 ? date.month ?? 0 : 0, shared >= 3 ? date.day ?? 0 : 0)
        }
        return key(self) < key(other)
    }

    /// 1 for a year, 2 for a month, 3 for a day.
    private var precision: Int { day != nil ? 3 : month != nil ? 2 : 1 }

    public static func < (lhs: ReportDate, rhs: ReportDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

extension ReportDate: Decodable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = ReportDate(text) else {
            throw decoder.invalidValue("'\(text)' is not a valid date", code: .invalidDate,
                                       hint: "write YYYY, YYYY-MM or YYYY-MM-DD")
        }
        self = date
    }
}

private extension String {
    init(format4 value: Int) {
        let digits = Swift.String(value)
        self = Swift.String(repeating: "0", count: Swift.max(0, 4 - digits.count)) + digits
    }
    init(format2 value: Int) { self = value < 10 ? "0\(value)" : String(value) }
}
