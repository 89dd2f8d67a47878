import DatelineModel

/// Calendar expressions: parts of periods, month names, weekdays, numeric dates and years.
extension TemporalParser {
    /// "early April", "mid-2023", "late last year", "the end of December", "earlier this month".
    func partOf(at i: Int) -> TemporalMatch? {
        var j = i
        var part: TemporalMeaning.Part
        var mod: String?
        switch word(i) {
        case .early: part = .early; mod = "START"; j = i + 1
        case .mid: part = .mid; mod = "MID"; j = i + 1
        case .late: part = .late; mod = "END"; j = i + 1
        case .earlier, .later:
            part = word(i) == .earlier ? .earlier : .later
            if word(i + 1) == .this, word(i + 2) == .unit {
                return TemporalMatch(start: i, end: i + 3, meaning: .unitRelative(unitOf(i + 2), 0), part: part)
            }
            if word(i + 1) == .in, word(i + 2) == .the, word(i + 3) == .unit {
                return TemporalMatch(start: i, end: i + 4, meaning: .unitRelative(unitOf(i + 3), 0), part: part)
            }
            return nil
        case .the, .end, .start, .beginning, .middle:
            let k = word(i) == .the ? i + 1 : i
            switch word(k) {
            case .end: part = .late; mod = "END"
            case .start, .beginning: part = .early; mod = "START"
            case .middle: part = .mid; mod = "MID"
            default: return nil
            }
            guard word(k + 1) == .of else { return nil }
            j = k + 2
            if word(i - 1) == .since, part == .early { part = .sinceStart; mod = nil }
            if word(j) == .the, word(j + 1) == .unit {
                let unit = unitOf(j + 1)
                guard unit == .month || unit == .year || unit == .week || unit == .quarter || unit == .decade
                else { return nil }
                return TemporalMatch(start: i, end: j + 2, meaning: .unitRelative(unit, 0), part: part, mod: mod)
            }
        default: return nil
        }
        if isMark(j, "-") { j += 1 }
        if word(j) == .the { j += 1 }
        guard j < tokens.count, var m = core(at: j) else { return nil }
        switch m.meaning {
        case .month, .year, .decade, .century, .season, .quarter, .half, .unitRelative, .anchorYear, .dayRange:
            break
        default: return nil
        }
        if case .unitRelative(let u, _) = m.meaning, u == .day || u == .weekend { return nil }
        m.start = i
        m.part = part
        m.mod = mod
        return m
    }

    func unitOf(_ i: Int) -> Unit { Unit(rawValue: tokens[i].value) ?? .day }

    /// Month-led expressions: "April 5, 2023", "Apr. 24–26", "July 2018", "May of that year", "in August".
    func monthExpression(at i: Int) -> TemporalMatch? {
        guard tokens[i].isCapitalized else { return nil }
        let month = tokens[i].value
        var j = skipDot(i + 1)
        // Month day [, year] and ranges.
        if let day = dayNumber(j) {
            let afterDay = j + 1
            var end = afterDay
            var endMonth = month, endDay = day
            if isMark(end, "-") || word(end) == .to || word(end) == .through || word(end) == .and || word(end) == .until {
                var k = end + 1
                if word(k) == .month, tokens[k].isCapitalized { endMonth = tokens[k].value; k = skipDot(k + 1) }
                if let d2 = dayNumber(k) { endDay = d2; end = k + 1 }
                else { endMonth = month }
            }
            var k = end
            if isMark(k, ",") { k += 1 }
            if let y = year(k) {
                let first = CalendarDate(year: y, month: month, day: day)
                let endYear = endMonth < month ? y : y
                guard let a = first, let b = CalendarDate(year: endYear, month: endMonth, day: endDay) else { return nil }
                let startDate = b < a ? (CalendarDate(year: y - 1, month: month, day: day) ?? a) : a
                return TemporalMatch(start: i, end: k + 1, meaning: startDate == b ? .day(b) : .dayRange(startDate, b))
            }
            return TemporalMatch(start: i, end: end, meaning: .monthDay(month: month, day: day, endMonth: endMonth, endDay: endDay))
        }
        // Month year / month of year.
        if word(j) == .of, let y = year(j + 1) { return TemporalMatch(start: i, end: j + 2, meaning: .month(month, .explicit(y))) }
        if isMark(j, ","), let y = year(j + 1) { return TemporalMatch(start: i, end: j + 2, meaning: .month(month, .explicit(y))) }
        if let (y, end) = anyYear(j) { return TemporalMatch(start: i, end: end, meaning: .month(month, .explicit(y))) }
        if word(j) == .of { j += 1 }
        if word(j) == .that || word(j) == .the && word(j + 1) == .same, word(j + (word(j) == .that ? 1 : 2)) == .unit {
            let k = j + (word(j) == .that ? 1 : 2)
            if unitOf(k) == .year { return TemporalMatch(start: i, end: k + 1, meaning: .month(month, .anchored)) }
        }
        if word(j) == .this || word(j) == .last || word(j) == .next, word(j + 1) == .unit, unitOf(j + 1) == .year {
            let offset = word(j) == .this ? 0 : word(j) == .last ? -1 : 1
            return TemporalMatch(start: i, end: j + 2, meaning: .month(month, .relative(offset)))
        }
        // A bare month must be introduced like a date, so "May" the verb and "March" the noun stay out.
        guard bareMonthAllowed(i) else { return nil }
        // "between March and June 2023", "from October to December 2022": the year that closes the
        // pair is the first month's too (or the one before, when the pair runs over New Year).
        if isRangeLink(j) || word(j) == .and, word(j + 1) == .month, tokens[j + 1].isCapitalized {
            let k = skipDot(j + 2)
            if let (y, _) = anyYear(isMark(k, ",") ? k + 1 : k) {
                let second = tokens[j + 1].value
                return TemporalMatch(start: i, end: i + 1, meaning: .month(month, .explicit(second < month ? y - 1 : y)))
            }
        }
        return TemporalMatch(start: i, end: i + 1, meaning: .month(month, .bare))
    }

    func bareMonthAllowed(_ i: Int) -> Bool {
        // Only full names stand alone ("Jan Kavan" is a person); "and" needs a month before ("May and June").
        let fullLength = [7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8]
        guard tokens[i].end - tokens[i].start == fullLength[(tokens[i].value + 11) % 12] else { return false }
        if word(i - 1) == .and, word(i - 2) != .month { return false }
        switch word(i - 1) {
        case .in, .since, .until, .by, .from, .through, .to, .during, .early, .mid, .late, .of, .before, .after,
             .between, .and, .last, .next, .this, .that, .the, .end, .start, .beginning:
            return tokens[i].value != 5 || word(i - 1) != .the
        default:
            if isMark(i - 1, "-") { return word(i - 2) == .mid || word(i - 2) == .early || word(i - 2) == .late }
            return false
        }
    }

    /// Weekday-led expressions: "Saturday 20 March 2021", "Monday, Dec. 2", "Tuesday night",
    /// "Thursday and Friday", "From Saturday through Monday, April 10".
    func weekdayExpression(at i: Int) -> TemporalMatch? {
        guard tokens[i].isCapitalized else { return nil }
        let weekday = tokens[i].value
        var j = i + 1
        if isMark(j, ",") { j += 1 }
        if j < tokens.count, tokens[j].kind == .number || word(j) == .month, var m = core(at: j) {
            switch m.meaning {
            case .day, .monthDay:
                m.start = i
                m.weekday = weekday
                return m
            default: break
            }
        }
        if let m = numericDate(at: j, weekday: weekday) { return TemporalMatch(start: i, end: m.end, meaning: m.meaning) }
        // Ranges of weekdays.
        let link = word(i + 1)
        if link == .and || link == .to || link == .through || link == .until || isMark(i + 1, "-"),
           word(i + 2) == .weekday, tokens[i + 2].isCapitalized {
            let last = tokens[i + 2].value
            var k = i + 3
            if isMark(k, ",") { k += 1 }
            if word(k) == .month, let dated = monthExpression(at: k) {
                let back = (last - weekday + 7) % 7
                switch dated.meaning {
                case .day(let d): return TemporalMatch(start: i, end: dated.end, meaning: .dayRange(d.adding(days: -back), d))
                case .monthDay(let mo, let dd, _, _):
                    // "Saturday through Monday, April 10": the last weekday names the month-day's, which can pick its year.
                    var run = TemporalMatch(start: i, end: dated.end, meaning: .monthDayRun(month: mo, day: dd, daysBefore: back))
                    run.weekday = last
                    return run
                default: break
                }
            }
            return TemporalMatch(start: i, end: i + 3, meaning: .weekdayRange(weekday, last))
        }
        var part = 0
        if word(i + 1) == .partOfDay { part = tokens[i + 1].value; j = i + 2 } else { j = i + 1 }
        // "Tuesday last week", "Friday of next week": that weekday of the week before (after) publication's.
        let k = word(j) == .of ? j + 1 : j
        if word(k) == .last || word(k) == .next || word(k) == .this, word(k + 1) == .unit, unitOf(k + 1) == .week,
           !isPlural(k + 1), !isPlural(i) {
            let offset = word(k) == .last ? 3 : word(k) == .next ? 4 : 2
            return TemporalMatch(start: i, end: k + 2, meaning: .weekday(weekday, offset: offset, partOfDay: part))
        }
        // "on Tuesdays", "Friday nights": a recurrence.
        if isPlural(i) || part > 0 && part < 5 && isPlural(i + 1) {
            return TemporalMatch(start: i, end: j, meaning: .set("XXXX-WXX-\(weekday)" + TemporalResolver.partCode(part)))
        }
        return TemporalMatch(start: i, end: j, meaning: .weekday(weekday, offset: 0, partOfDay: part))
    }

    /// "06/03/2024" (US month/day unless the weekday says otherwise), "2023-04-05" and "2025/01/22".
    func numericDate(at i: Int, weekday: Int? = nil) -> TemporalMatch? {
        guard i + 4 < tokens.count, tokens[i].kind == .number else { return nil }
        guard (i + 1...i + 4).allSatisfy({ !tokens[$0].gapBefore }) else { return nil }
        guard let a = number(i), let b = number(i + 2), let c = number(i + 4) else { return nil }
        // "2023-04-05", and "2025/01/22" as East Asian sites write it (a year first is never a day).
        if isMark(i + 1, "-") && isMark(i + 3, "-") || isMark(i + 1, "/") && isMark(i + 3, "/"),
           digits(i) == 4, digits(i + 2) == 2, digits(i + 4) == 2, let d = CalendarDate(year: a, month: b, day: c) {
            return TemporalMatch(start: i, end: i + 5, meaning: .day(d))
        }
        guard isMark(i + 1, "/"), isMark(i + 3, "/"), digits(i) <= 2, digits(i + 2) <= 2,
              digits(i + 4) == 4 || digits(i + 4) == 2 else { return nil }
        let y = digits(i + 4) == 2 ? 2000 + c : c
        let us = CalendarDate(year: y, month: a, day: b)
        let dayFirst = CalendarDate(year: y, month: b, day: a)
        let wd = weekday ?? adjacentWeekday(i, i + 5)
        var chosen = us ?? dayFirst
        if let wd, let d = dayFirst, d.weekday == wd, us?.weekday != wd { chosen = d }
        guard let date = chosen else { return nil }
        return TemporalMatch(start: i, end: i + 5, meaning: .day(date))
    }

    private func adjacentWeekday(_ start: Int, _ end: Int) -> Int? {
        for k in [start - 1, start - 2, end, end + 1] where word(k) == .weekday { return tokens[k].value }
        return nil
    }
}
