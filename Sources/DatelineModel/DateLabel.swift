/// Turns an interval into a short English label ("Apr 26, 2024", "early Apr 2024", "2023 (after May 9)").
///
/// The label is derived from the bounds alone, so it can never claim more than the interval says.
public enum DateLabel {
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    public static func monthName(_ month: Int) -> String { monthNames[(month - 1) % 12] }

    public static func label(for span: TimeSpan) -> String {
        switch (span.earliest, span.latest) {
        case (nil, nil): return "undated"
        case (let e?, nil): return "after " + day(e.adding(days: -1))
        case (nil, let l?): return "before " + day(l.adding(days: 1))
        case (let e?, let l?): return label(e, l, span.granularity)
        }
    }

    static func label(_ e: CalendarDate, _ l: CalendarDate, _ granularity: Granularity) -> String {
        if e == l { return day(e) }
        let wholeMonths = e.day == 1 && l.day == CalendarDate.daysInMonth(year: l.year, month: l.month)
        let wholeYears = wholeMonths && e.month == 1 && l.month == 12
        if wholeYears {
            if e.year == l.year { return String(e.year) }
            if e.year % 10 == 0 && l.year == e.year + 9 { return "\(e.year)s" }
            return "\(e.year)–\(l.year)"
        }
        if granularity == .season, wholeMonths, let season = seasonName(e, l) { return season }
        if granularity == .quarter, wholeMonths, e.year == l.year, (e.month - 1) % 3 == 0, l.month == e.month + 2 {
            return "Q\((e.month - 1) / 3 + 1) \(e.year)"
        }
        if wholeMonths {
            if e.year == l.year && e.month == l.month { return "\(monthName(e.month)) \(e.year)" }
            if e.year == l.year {
                if granularity == .year {
                    if e.month == 1 && l.month == 4 { return "early \(e.year)" }
                    if e.month == 5 && l.month == 8 { return "mid-\(e.year)" }
                    if e.month == 9 && l.month == 12 { return "late \(e.year)" }
                }
                return "\(monthName(e.month))–\(monthName(l.month)) \(e.year)"
            }
            return "\(monthName(e.month)) \(e.year) – \(monthName(l.month)) \(l.year)"
        }
        if e.year == l.year && e.month == l.month {
            let last = CalendarDate.daysInMonth(year: l.year, month: l.month)
            if granularity == .month || granularity == .season || granularity == .year {
                if e.day == 1 && l.day == 10 { return "early \(monthName(e.month)) \(e.year)" }
                if e.day == 11 && l.day == 20 { return "mid \(monthName(e.month)) \(e.year)" }
                if e.day == 21 && l.day == last { return "late \(monthName(e.month)) \(e.year)" }
            }
            if granularity == .week && e.weekday == 1 && l.dayNumber - e.dayNumber == 6 {
                return "week of " + day(e)
            }
            return "\(monthName(e.month)) \(e.day)–\(l.day), \(e.year)"
        }
        if granularity == .week && e.weekday == 1 && l.dayNumber - e.dayNumber == 6 {
            return "week of " + day(e)
        }
        if e.year == l.year {
            // Part of a year known only at year precision: say which part honestly.
            if granularity == .year || granularity == .season || granularity == .quarter {
                if e.month == 1 && e.day == 1 { return "\(e.year) (before \(short(l.adding(days: 1))))" }
                if l.month == 12 && l.day == 31 { return "\(e.year) (after \(short(e.adding(days: -1))))" }
            }
            return "\(short(e)) – \(short(l)), \(e.year)"
        }
        return day(e) + " – " + day(l)
    }

    static func seasonName(_ e: CalendarDate, _ l: CalendarDate) -> String? {
        switch (e.month, l.month) {
        case (3, 5) where e.year == l.year: return "spring \(e.year)"
        case (6, 8) where e.year == l.year: return "summer \(e.year)"
        case (9, 11) where e.year == l.year: return "autumn \(e.year)"
        case (12, 2) where l.year == e.year + 1: return "winter \(e.year)–\(String(l.year).suffix(2))"
        default: return nil
        }
    }

    public static func day(_ d: CalendarDate) -> String { "\(monthName(d.month)) \(d.day), \(d.year)" }
    static func short(_ d: CalendarDate) -> String { "\(monthName(d.month)) \(d.day)" }
}
