import DatelineModel

/// Numbers, counted units, determiners and relative words: "two days later", "the previous day",
/// "last week", "Q3 2023", "every year", "8:12 p.m.".
extension TemporalParser {
    func numeric(at i: Int) -> TemporalMatch? {
        if let m = numericDate(at: i) { return m }
        if let m = clock(at: i) { return m }
        if let day = dayNumber(i) {
            var j = i + 1
            var endDay = day
            // Day-first ranges within a month: "15-16 June", "from 6 to 9 June", "between 10 and 12 May".
            if isRangeLink(j) || word(j) == .and && word(i - 1) == .between, let d2 = dayNumber(j + 1), d2 > day,
               word(j + 2) == .month, tokens[j + 2].isCapitalized {
                endDay = d2
                j += 2
            }
            if word(j) == .of, word(j + 1) == .month { j += 1 }
            if word(j) == .month, tokens[j].isCapitalized {
                let month = tokens[j].value
                var endMonth = month
                var k = skipDot(j + 1)
                var end = j + 1
                // Across months: "30 June to 2 July".
                if endDay == day, isRangeLink(k), let d2 = dayNumber(k + 1), word(k + 2) == .month,
                   tokens[k + 2].isCapitalized, tokens[k + 2].value != month {
                    endMonth = tokens[k + 2].value
                    endDay = d2
                    k = skipDot(k + 3)
                    end = k
                }
                if isMark(k, ","), year(k + 1) != nil { k += 1 }
                if let y = year(k) {
                    guard let a = CalendarDate(year: y, month: month, day: day) else { return nil }
                    let lastYear = endMonth < month ? y + 1 : y
                    guard let b = CalendarDate(year: lastYear, month: endMonth, day: endDay) else { return nil }
                    return TemporalMatch(start: i, end: k + 1, meaning: a == b ? .day(a) : .dayRange(a, b))
                }
                return TemporalMatch(start: i, end: end, meaning: .monthDay(month: month, day: day, endMonth: endMonth, endDay: endDay))
            }
        }
        let t = tokens[i]
        // "the 20th century", "19th-century": the century's first two digits.
        if t.detail <= 2, t.suffix == .th || t.suffix == .st || t.suffix == .nd || t.suffix == .rd, (1...21).contains(t.value) {
            let k = isMark(i + 1, "-") ? i + 2 : i + 1
            if word(k) == .unit, unitOf(k) == .century, !isPlural(k) {
                return TemporalMatch(start: i, end: k + 1, meaning: .century(t.value - 1))
            }
        }
        // "the '80s": a two-digit decade after an apostrophe, in the 1900s from the '30s on.
        if t.detail == 2, t.suffix == .s, t.value % 10 == 0, i > 0, isMark(i - 1, "'"), !t.gapBefore {
            return TemporalMatch(start: i - 1, end: i + 1, meaning: .decade((t.value >= 30 ? 1900 : 2000) + t.value))
        }
        if t.detail == 4, t.suffix == .s, (1000...2199).contains(t.value), t.value % 10 == 0, !isQuantityOrCode(i) {
            return TemporalMatch(start: i, end: i + 1, meaning: .decade(t.value))
        }
        if let y = year(i) {
            if isMark(i + 1, "-"), !tokens[i + 1].gapBefore, i + 2 < tokens.count, !tokens[i + 2].gapBefore {
                if digits(i + 2) == 4, let y2 = number(i + 2), y2 > y, y2 < 2200 { return TemporalMatch(start: i, end: i + 3, meaning: .yearRange(y, y2)) }
                if digits(i + 2) == 2, let short = number(i + 2), y / 100 * 100 + short > y {
                    return TemporalMatch(start: i, end: i + 3, meaning: .yearRange(y, y / 100 * 100 + short))
                }
            }
            // "the 1988 third quarter", "1989 first half".
            if word(i + 1) == .ordinalWord {
                let n = tokens[i + 1].value
                let k = isMark(i + 2, "-") ? i + 3 : i + 2
                if word(k) == .unit, unitOf(k) == .quarter, (1...4).contains(n) {
                    return TemporalMatch(start: i, end: k + 1, meaning: .quarter(n, .explicit(y)))
                }
                if word(k) == .half, (1...2).contains(n) { return TemporalMatch(start: i, end: k + 1, meaning: .half(n, .explicit(y))) }
            }
            var m = TemporalMatch(start: i, end: i + 1, meaning: .year(y))
            if word(i + 1) == .baselineWord || isMark(i + 1, "-") && word(i + 2) == .baselineWord { m.datesEvents = false }
            // "compared with the same period in 2023", "the period of 2019": a yardstick, not a happening.
            if word(i - 2) == .period, word(i - 1) == .in || word(i - 1) == .of { m.datesEvents = false }
            return m
        }
        return counted(at: i)
    }

    /// "8:12 p.m. ET", "16:40 BST", "9 a.m.".
    /// A word or dash joining the two ends of a range: "-", "to", "through", "until".
    func isRangeLink(_ i: Int) -> Bool {
        isMark(i, "-") || word(i) == .to || word(i) == .through || word(i) == .until
    }

    func clock(at i: Int) -> TemporalMatch? {
        // Wire copy's zoned 24-hour times: "2240 GMT", "0130 UTC".
        if digits(i) == 4, let hhmm = number(i), hhmm / 100 < 24, hhmm % 100 < 60,
           word(i + 1) == .timeZone, tokens[i + 1].isCapitalized {
            return dayOfClock(start: i, end: i + 2, minutes: hhmm / 100 * 60 + hhmm % 100, zoned: true)
        }
        guard let h = number(i), digits(i) <= 2, h <= 24 else { return nil }
        var j = i + 1
        var minutes = h * 60
        if isMark(j, ":") || isMark(j, "."), !tokens[j].gapBefore, let mm = number(j + 1), digits(j + 1) == 2,
           mm < 60, !tokens[j + 1].gapBefore {
            minutes += mm
            j += 2
        }
        let hasMinutes = j > i + 1
        var meridiem: TemporalWord = .none
        if word(j) == .am || word(j) == .pm {
            meridiem = word(j)
            j += 1
        } else if word(j) == .a || word(j) == .p, isMark(j + 1, "."), word(j + 2) == .m {
            meridiem = word(j) == .a ? .am : .pm
            j += 3
            if isMark(j, "."), !tokens[j].gapBefore { j += 1 }
        }
        if meridiem == .pm, h < 12 { minutes += 720 }
        if meridiem == .am, h == 12 { minutes -= 720 }
        let zoned = word(j) == .timeZone && tokens[j].isCapitalized
        if zoned { j += 1 }
        guard meridiem != .none || hasMinutes && (zoned || word(i - 1) == .at) else { return nil }
        if hasMinutes, isMark(i + 1, "."), meridiem == .none, !zoned { return nil }
        return dayOfClock(start: i, end: j, minutes: minutes, zoned: zoned)
    }

    /// A clock time, extended by the named day after it: "9 a.m. Tuesday", "5 p.m. EST Nov. 9". In
    /// brackets with a time zone ("(2240 GMT Sunday)") it converts the local time told before it, so
    /// its day does not date the events.
    func dayOfClock(start i: Int, end j: Int, minutes: Int, zoned: Bool) -> TemporalMatch {
        var k = j
        if isMark(k, ",") { k += 1 }
        if k < tokens.count, word(k) == .weekday || word(k) == .month || word(k) == .today || word(k) == .tomorrow
            || word(k) == .yesterday, var day = core(at: k) {
            switch day.meaning {
            case .day, .monthDay, .weekday(_, _, 0), .dayRelative(_, 0):
                day.start = i
                day.minutes = minutes
                if zoned, isMark(i - 1, "(") { day.datesEvents = false }
                return day
            default: break
            }
        }
        return TemporalMatch(start: i, end: j, meaning: .clock(minutes))
    }

    /// Counted units: "two-day", "18 months", "two years ago", "two days later", "a year earlier".
    func counted(at i: Int) -> TemporalMatch? {
        var n: Int?
        var j = i + 1
        let article = word(i) == .a || word(i) == .an
        if article {
            if count(i + 1) != nil, word(i + 1) != .a { return nil }  // "an 11-day standoff": the count starts it
            if word(j) == .few || word(j) == .couple {
                if word(j) == .couple { n = 2 }
                j += 1
                if word(j) == .of { j += 1 }
            } else {
                n = 1
            }
        } else {
            n = count(i)
            guard n != nil else { return nil }
        }
        // "5 1/2 hours", "2 1/2 years": a half unit more.
        if !article, let whole = n, number(j) == 1, isMark(j + 1, "/"), number(j + 2) == 2, !tokens[j + 1].gapBefore,
           !tokens[j + 2].gapBefore, word(j + 3) == .unit, let value = Self.halfDurationValue(whole, unitOf(j + 3)) {
            return TemporalMatch(start: i, end: j + 4, meaning: .duration(value))
        }
        // "two more weeks", "an additional year", "a further six months": the count is the duration.
        if word(j) == .more || word(j) == .additional, word(j + 1) == .unit { j += 1 }
        if article, word(j) == .additional, count(j + 1) != nil, word(j + 2) == .unit {
            n = count(j + 1)
            j += 2
        }
        // "two-day", "18-month": an adjective; always a duration.
        if isMark(j, "-"), !tokens[j].gapBefore, word(j + 1) == .unit, let n {
            // "6-year-old" is an age; "three-quarters of" a fraction.
            if isMark(j + 2, "-"), word(j + 3) == .old { return nil }
            if unitOf(j + 1) == .quarter, word(j + 2) == .of { return nil }
            return TemporalMatch(start: i, end: j + 2, meaning: .duration(Self.durationValue(n, unitOf(j + 1))))
        }
        guard word(j) == .unit else { return nil }
        // "a day-long strike": the article is not a count; the unit starts the expression.
        if article, isMark(j + 1, "-"), word(j + 2) == .long { return nil }
        let unit = unitOf(j)
        j += 1
        // "37 years old": an age, which TimeML does not tag.
        if word(j) == .old { return nil }
        guard let n else {
            return TemporalMatch(start: i, end: j, meaning: .duration(Self.durationValue(nil, unit)))
        }
        switch word(j) {
        case .ago:
            let meaning: TemporalMeaning = unit == .day ? .dayRelative(-n, partOfDay: 0) : .ago(unit, n)
            return TemporalMatch(start: i, end: j + 1, meaning: meaning)
        case .later, .earlier, .after, .before:
            // "two years later than promised": how late, not when.
            if word(j) == .later || word(j) == .earlier, word(j + 1) == .than {
                return TemporalMatch(start: i, end: j, meaning: .duration(Self.durationValue(n, unit)))
            }
            let sign = word(j) == .later || word(j) == .after ? 1 : -1
            // "a decade before him", "a day after Washington unveiled …": a clause or a person, not a dated
            // event we can find; leave a plain duration.
            if word(j) == .after || word(j) == .before {
                var k = j + 1
                if [.the, .a, .an, .that, .this].contains(word(k)) { k += 1 }
                if k >= tokens.count || tokens[k].kind != .word || word(k) == .pronoun || tokens[k].isCapitalized { break }
            }
            let meaning: TemporalMeaning = unit == .day ? .anchorDays(sign * n) : .anchorUnit(unit, sign * n)
            if word(j) == .after || word(j) == .before {
                var m = TemporalMatch(start: i, end: j + 1, meaning: meaning)
                m.durationValue = Self.durationValue(n, unit)
                var k = j + 1
                if [.the, .a, .an, .that, .this, .pronoun].contains(word(k)) { k += 1 }
                if k < tokens.count, tokens[k].kind == .word, tokens[k].end - tokens[k].start >= 4 { m.eventWord = k }
                return m
            }
            return TemporalMatch(start: i, end: j + 1, meaning: meaning)
        case .from where word(j + 1) == .now:
            let meaning: TemporalMeaning = unit == .day ? .dayRelative(n, partOfDay: 0) : .unitRelative(unit, n)
            return TemporalMatch(start: i, end: j + 2, meaning: meaning)
        default: break
        }
        // "$5 billion a year": a rate, not a span.
        if article, i > 0, tokens[i - 1].kind == .number || word(i - 1) == .measureWord {
            return TemporalMatch(start: i, end: j, meaning: .set(Self.durationValue(1, unit)))
        }
        return TemporalMatch(start: i, end: j, meaning: .duration(Self.durationValue(n, unit)))
    }

    /// TIMEX3 value of N and a half units (`PT5H30M`, `P2Y6M`, `P3DT12H`), for units that split evenly.
    static func halfDurationValue(_ n: Int, _ unit: Unit) -> String? {
        switch unit {
        case .hour: return "PT\(n)H30M"
        case .minute: return "PT\(n)M30S"
        case .day: return "P\(n)DT12H"
        case .year: return "P\(n)Y6M"
        case .decade: return "P\(n * 10 + 5)Y"
        default: return nil
        }
    }

    /// TIMEX3 duration value: `P2D`, `P18M`, `PT3H`, `PXY` when the count is vague.
    static func durationValue(_ n: Int?, _ unit: Unit) -> String {
        let count = n.map(String.init) ?? "X"
        switch unit {
        case .day: return "P\(count)D"
        case .week: return "P\(count)W"
        case .month: return "P\(count)M"
        case .quarter: return "P\(n.map { String($0 * 3) } ?? "X")M"
        case .year: return "P\(count)Y"
        case .decade: return n.map { "P\($0 * 10)Y" } ?? "PXE"
        case .century: return n.map { "P\($0 * 100)Y" } ?? "PXC"
        case .hour: return "PT\(count)H"
        case .minute: return "PT\(count)M"
        case .fortnight: return "P\(n.map { String($0 * 2) } ?? "X")W"
        case .weekend: return "P\(count)WE"
        case .season: return "P\(count)SE"
        }
    }
}
