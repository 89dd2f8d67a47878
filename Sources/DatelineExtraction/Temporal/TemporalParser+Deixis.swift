import DatelineModel

/// Expressions that start with "the": "the following day", "the 1990s", "the third quarter", "the summer of 2019".
extension TemporalParser {
    /// Expressions that start with "the".
    func determined(at i: Int) -> TemporalMatch? {
        let j = i + 1
        func at(_ end: Int, _ meaning: TemporalMeaning) -> TemporalMatch { TemporalMatch(start: i, end: end, meaning: meaning) }
        if let day = dayOfMonth(at: j) { return at(j + 1, .dayOfMonth(day)) }
        switch word(j) {
        case .past, .last, .coming, .next, .previous, .following:
            let forward = word(j) == .coming || word(j) == .next || word(j) == .following
            if word(j + 1) == .weekday, tokens[j + 1].isCapitalized, word(j) != .past, word(j) != .coming {
                return at(j + 2, .anchorWeekday(tokens[j + 1].value, forward ? 1 : -1))
            }
            // "the next morning", "the previous evening": the day after (before) the anchor day.
            if word(j + 1) == .partOfDay, tokens[j + 1].value <= 4, word(j) == .next || word(j) == .following || word(j) == .previous {
                return at(j + 2, .anchorDays(forward ? 1 : -1))
            }
            if word(j + 1) == .unit, !isPlural(j + 1) {
                let unit = unitOf(j + 1)
                if word(j) == .previous || word(j) == .following || word(j) == .next && word(j - 2) != .in {
                    if unit == .week { return at(j + 2, .anchorWeek(forward ? 1 : -1)) }
                    return at(j + 2, unit == .day ? .anchorDays(forward ? 1 : -1) : .anchorUnit(unit, forward ? 1 : -1))
                }
                return at(j + 2, .duration(Self.durationValue(1, unit)))
            }
            if word(j + 1) == .unit {
                return at(j + 2, .reference(forward ? "FUTURE_REF" : "PAST_REF"))
            }
            if let n = count(j + 1), word(j + 2) == .unit {
                return at(j + 3, .duration(Self.durationValue(n, unitOf(j + 2))))
            }
            if word(j + 1) == .few || word(j + 1) == .several || word(j + 1) == .couple {
                // "the next couple of years": two.
                let k = word(j + 2) == .of ? j + 3 : j + 2
                if word(k) == .unit {
                    return at(k + 1, .duration(Self.durationValue(word(j + 1) == .couple ? 2 : nil, unitOf(k))))
                }
            }
            // "the last half of 1989": the second half.
            if word(j) == .last, word(j + 1) == .half, var m = ordinalPeriod(at: i, number: 2, unitAt: j + 1) {
                m.start = i
                return m
            }
            if word(j) == .past { return at(j + 1, .reference("PAST_REF")) }
            return nil
        case .same:
            if word(j + 1) == .occasion, !isPlural(j + 1) { return at(j + 2, .anchorDays(0)) }
            guard word(j + 1) == .unit else { return nil }
            switch unitOf(j + 1) {
            case .day: return at(j + 2, .anchorDays(0))
            case .year: return at(j + 2, .anchorYear)
            case let unit: return at(j + 2, .anchorUnit(unit, 0))
            }
        case .future: return at(j + 1, .reference("FUTURE_REF"))
        case .near where word(j + 1) == .future || word(j + 1) == .term:
            return at(j + 2, .reference("FUTURE_REF"))
        case .short where word(j + 1) == .term, .long where word(j + 1) == .term:
            return at(j + 2, .reference("FUTURE_REF"))
        case .present: return word(j + 1) == .none || tokens.count <= j + 1 || tokens[j + 1].kind == .punct
            ? at(j + 1, .reference("PRESENT_REF")) : nil
        case .unit where unitOf(j) == .year && !isPlural(j) && Self.isEnding(tokens, j + 1),
             .fiscal where word(j + 1) == .unit && unitOf(j + 1) == .year && Self.isEnding(tokens, j + 2):
            // "the year ended March 31", "the fiscal year ending June 30": a twelve-month span named by its end.
            return at(word(j) == .fiscal ? j + 2 : j + 1, .duration("P1Y"))
        case .unit where unitOf(j) == .year && !isPlural(j) && (word(i - 1) == .for || word(i - 1) == .of)
            && (j + 1 >= tokens.count || tokens[j + 1].kind == .punct && tokens[j + 1].mark != UInt8(ascii: "-")):
            // "For the year, volume was flat", "the first nine months of the year.": the current year.
            return at(j + 1, .unitRelative(.year, 0))
        case .unit where unitOf(j) == .quarter && !isPlural(j):
            return at(j + 1, .anchorQuarter(0))
        case .latest where word(j + 1) == .unit && unitOf(j + 1) == .quarter:
            return at(j + 2, .unitRelative(.quarter, -1))
        case .latest where word(j + 1) == .period:
            // Results news: "the latest period" is the quarter being reported.
            return at(j + 2, .anchorQuarter(0))
        case .latest where word(j + 1) == .fiscal && word(j + 2) == .unit && unitOf(j + 2) == .year:
            return at(j + 3, .unitRelative(.year, -1))
        case .unit where unitOf(j) == .year && isMark(j + 1, "-") && (word(j + 2) == .earlier || word(j + 2) == .ago):
            // "the year-earlier quarter", "the year-ago period".
            let end = word(j + 3) == .unit || word(j + 3) == .period ? j + 4 : j + 3
            return at(end, .anchorQuarter(-4))
        case .unit where unitOf(j) == .year && spokenYear(at: j + 1) != nil:
            // "the year two thousand"
            guard let (y, end) = spokenYear(at: j + 1) else { return nil }
            return at(end, .year(y))
        case .current:
            // "the current fiscal year".
            let k = word(j + 1) == .fiscal ? j + 2 : j + 1
            guard word(k) == .unit else { return nil }
            return at(k + 1, .unitRelative(unitOf(k), 0))
        case .unit where (unitOf(j) == .week || unitOf(j) == .month || unitOf(j) == .year) && !isPlural(j)
            && (word(j + 1) == .before && word(j + 2) == .last || word(j + 1) == .after && word(j + 2) == .next):
            // "the week before last", "the month after next": two units from the present one.
            return at(j + 3, .unitRelative(unitOf(j), word(j + 1) == .before ? -2 : 2))
        case .unit where unitOf(j) == .day && (word(j + 1) == .before || word(j + 1) == .after):
            // "the day before yesterday", "the day after tomorrow": two days from publication.
            if word(j + 1) == .before, word(j + 2) == .yesterday { return at(j + 3, .dayRelative(-2, partOfDay: 0)) }
            if word(j + 1) == .after, word(j + 2) == .tomorrow { return at(j + 3, .dayRelative(2, partOfDay: 0)) }
            // "the day before the talks opened" is relative to an undated event: leave it.
            if j + 2 < tokens.count, tokens[j + 2].kind != .punct { return nil }
            return at(j + 2, .anchorDays(word(j + 1) == .before ? -1 : 1))
        case .ordinalWord:
            if let m = ordinalPeriod(at: i) { return m }
            // "the first nine months": TimeML takes the determiner and the ordinal into the duration.
            return word(j) == .ordinalWord && tokens[j].value == 1 ? determinedDuration(at: i, countAt: j + 1) : nil
        case .season:
            guard var m = seasonExpression(at: j, determined: true) else { return nil }
            m.start = i
            return m
        case .weekend:
            // "the weekend of January 13" is dated by its date, not by publication.
            if word(j + 1) == .of { return nil }
            return at(j + 1, .unitRelative(.weekend, 0))
        case .decadeWord:
            return at(j + 1, .decade(tokens[j].value))
        case .early, .mid, .late:
            guard var m = partOf(at: j) else { return nil }
            m.start = i
            return m
        case .latest where count(j + 1) != nil:
            return determinedDuration(at: i, countAt: j + 1)
        case .numberWord:
            return determinedDuration(at: i, countAt: j)
        default:
            if let m = determinedDuration(at: i, countAt: j) { return m }
            // "the '80s"
            let k = isMark(j, "'") && j + 1 < tokens.count && tokens[j + 1].kind == .number ? j + 1 : j
            guard k < tokens.count, tokens[k].kind == .number, var m = numeric(at: k) else { return nil }
            if case .decade = m.meaning { m.start = i; return m }
            if case .century = m.meaning { m.start = i; return m }
            if case .quarter = m.meaning { m.start = i; return m }
            if case .half = m.meaning { m.start = i; return m }
            return nil
        }
    }

    /// "the nine months", "the four days": a counted duration with its determiner ("the two-day summit" keeps
    /// only the adjective).
    func determinedDuration(at i: Int, countAt k: Int) -> TemporalMatch? {
        guard count(k) != nil, year(k) == nil, word(k + 1) == .unit, var m = counted(at: k),
              case .duration = m.meaning, m.mod == nil else { return nil }
        m.start = i
        return m
    }

    // (Literal hashes, checked against `TemporalLexicon.hash` by TemporalSpeedHelperTests.)
    static let endedHash: UInt64 = 0x34BB_12BE_FE88_EB1B /* "ended" */, endingHash: UInt64 = 0xBA07_5A8A_4714_4F76 /* "ending" */

    /// "ended" or "ending" at `i`.
    static func isEnding(_ tokens: [TemporalToken], _ i: Int) -> Bool {
        i < tokens.count && tokens[i].kind == .word && (tokens[i].hash == endedHash || tokens[i].hash == endingHash)
    }

    func isPlural(_ i: Int) -> Bool { i < tokens.count && tokens[i].kind == .word && tokens[i].detail & 2 != 0 }

    /// "the third quarter of 2023", "the first half", "the fourth quarter of last year".
    func ordinalPeriod(at i: Int, number: Int? = nil, unitAt: Int? = nil) -> TemporalMatch? {
        let n = number ?? tokens[i + 1].value
        let j = unitAt ?? i + 2
        if let m = weekOfMonth(at: i, ordinal: n, unitAt: j) { return m }
        let isQuarter = word(j) == .unit && unitOf(j) == .quarter && (1...4).contains(n)
        let isHalf = word(j) == .half && (1...2).contains(n)
        guard isQuarter || isHalf else { return nil }
        var end = j + 1
        var ref: TemporalMeaning.YearRef = .bare
        // "the last half of the '80s": the late (or early) part of that decade.
        if isHalf, word(end) == .of, end + 1 < tokens.count, var m = core(at: end + 1), case .decade = m.meaning {
            m.start = i
            m.part = n == 1 ? .early : .late
            m.mod = n == 1 ? "START" : "END"
            return m
        }
        if word(end) == .of {
            if let y = year(end + 1) { ref = .explicit(y); end += 2 }
            else if word(end + 1) == .this || word(end + 1) == .last || word(end + 1) == .next, word(end + 2) == .unit,
                    unitOf(end + 2) == .year {
                ref = .relative(word(end + 1) == .this ? 0 : word(end + 1) == .last ? -1 : 1)
                end += 3
            } else if word(end + 1) == .the, word(end + 2) == .unit, unitOf(end + 2) == .year { end += 3 }
            else if word(end + 1) == .that, word(end + 2) == .unit, unitOf(end + 2) == .year { ref = .anchored; end += 3 }
            else if word(end + 1) == .fiscal, let y = year(end + 2) { ref = .explicit(y); end += 3 }
        } else if isMark(end, ","), let y = year(end + 1) {
            ref = .explicit(y); end += 2
        }
        return TemporalMatch(start: i, end: end, meaning: isQuarter ? .quarter(n, ref) : .half(n, ref))
    }

    /// "the first week of March" (days 1–7), "the third week of May 2023" (days 15–21): weeks counted
    /// from the month's first day, the first four only (the fifth is partial, the last depends on the year).
    func weekOfMonth(at i: Int, ordinal n: Int, unitAt j: Int) -> TemporalMatch? {
        guard (1...4).contains(n), word(j) == .unit, unitOf(j) == .week, !isPlural(j), word(j + 1) == .of,
              word(j + 2) == .month, tokens[j + 2].isCapitalized else { return nil }
        let month = tokens[j + 2].value, first = 7 * (n - 1) + 1
        // ("Sept." keeps its dot; a sentence's full stop after "March" is not the expression's.)
        let length = tokens[j + 2].end - tokens[j + 2].start
        let abbreviated = length == 3 && month != 5 || length == 4 && month == 9
        let afterMonth = abbreviated ? skipDot(j + 3) : j + 3
        var end = afterMonth
        if isMark(end, ","), year(end + 1) != nil { end += 1 }
        if let y = year(end), let a = CalendarDate(year: y, month: month, day: first),
           let b = CalendarDate(year: y, month: month, day: first + 6) {
            return TemporalMatch(start: i, end: end + 1, meaning: .dayRange(a, b))
        }
        return TemporalMatch(start: i, end: afterMonth, meaning: .monthDay(month: month, day: first, endMonth: month, endDay: first + 6))
    }

    /// "summer 2022", "the fall of 2021", "the summer", "last summer" (the last comes from `relative`).
    func seasonExpression(at i: Int, determined: Bool) -> TemporalMatch? {
        let season = tokens[i].value
        if word(i + 1) == .of {
            if let (y, end) = anyYear(i + 2) { return TemporalMatch(start: i, end: end, meaning: .season(season, .explicit(y))) }
            if word(i + 2) == .that, word(i + 3) == .unit, unitOf(i + 3) == .year {
                return TemporalMatch(start: i, end: i + 4, meaning: .season(season, .anchored))
            }
            if word(i + 2) == .this || word(i + 2) == .last || word(i + 2) == .next, word(i + 3) == .unit, unitOf(i + 3) == .year {
                let offset = word(i + 2) == .this ? 0 : word(i + 2) == .last ? -1 : 1
                return TemporalMatch(start: i, end: i + 4, meaning: .season(season, .relative(offset)))
            }
        }
        if let (y, end) = anyYear(i + 1) { return TemporalMatch(start: i, end: end, meaning: .season(season, .explicit(y))) }
        let k = determined ? i - 2 : i - 1
        switch word(k) {
        case .in, .during, .since, .until, .by, .through, .over, .before, .after, .this, .last, .next, .early, .late:
            // "fall" is also a verb and a noun ("the fall of Kabul"): only with a year or as a time ("in the fall").
            if word(i + 1) == .of { return nil }
            return TemporalMatch(start: i, end: i + 1, meaning: .season(season, .bare))
        default: return nil
        }
    }

    /// "on the 16th" (Korean and Japanese wire style): an ordinal 1–31 after "on the", ending its
    /// phrase ("the 16th floor", "the 16th anniversary" and "the 16th of March" are not this).
    func dayOfMonth(at j: Int) -> Int? {
        guard word(j - 2) == .on, j < tokens.count, tokens[j].kind == .number, tokens[j].detail <= 2,
              tokens[j].suffix == .th || tokens[j].suffix == .st || tokens[j].suffix == .nd || tokens[j].suffix == .rd,
              (1...31).contains(tokens[j].value), !isMark(j + 1, "-") else { return nil }
        let next = j + 1
        let closing: Bool
        switch word(next) {
        case .in, .at, .and, .to, .after, .before, .for, .that: closing = true
        default: closing = next >= tokens.count || (tokens[next].kind == .punct && !isMark(next, "-"))
        }
        guard closing else { return nil }
        return tokens[j].value
    }
}
