/// Deictic and anaphoric expressions: "last week", "the following day", "that same week", "the 1990s",
/// "the third quarter", "every year", "now".
extension TemporalParser {
    /// Expressions that start with "the".
    func determined(at i: Int) -> TemporalMatch? {
        let j = i + 1
        func at(_ end: Int, _ meaning: TemporalMeaning) -> TemporalMatch { TemporalMatch(start: i, end: end, meaning: meaning) }
        switch word(j) {
        case .past, .last, .coming, .next, .previous, .following:
            let forward = word(j) == .coming || word(j) == .next || word(j) == .following
            if word(j + 1) == .unit, !isPlural(j + 1) {
                let unit = unitOf(j + 1)
                if word(j) == .previous || word(j) == .following || word(j) == .next && word(j - 2) != .in {
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
            if word(j + 1) == .few || word(j + 1) == .several || word(j + 1) == .couple, word(j + 2) == .unit {
                return at(j + 3, .duration(Self.durationValue(nil, unitOf(j + 2))))
            }
            if word(j) == .past { return at(j + 1, .reference("PAST_REF")) }
            return nil
        case .same:
            guard word(j + 1) == .unit else { return nil }
            switch unitOf(j + 1) {
            case .day: return at(j + 2, .anchorDays(0))
            case .year: return at(j + 2, .anchorYear)
            case let unit: return at(j + 2, .anchorUnit(unit, 0))
            }
        case .future: return at(j + 1, .reference("FUTURE_REF"))
        case .present: return word(j + 1) == .none || tokens.count <= j + 1 || tokens[j + 1].kind == .punct
            ? at(j + 1, .reference("PRESENT_REF")) : nil
        case .current:
            guard word(j + 1) == .unit else { return nil }
            return at(j + 2, .unitRelative(unitOf(j + 1), 0))
        case .unit where unitOf(j) == .day && (word(j + 1) == .before || word(j + 1) == .after):
            // "the day before the talks opened" is relative to an undated event: leave it.
            if j + 2 < tokens.count, tokens[j + 2].kind != .punct { return nil }
            return at(j + 2, .anchorDays(word(j + 1) == .before ? -1 : 1))
        case .ordinalWord:
            return ordinalPeriod(at: i)
        case .season:
            guard var m = seasonExpression(at: j, determined: true) else { return nil }
            m.start = i
            return m
        case .weekend:
            return at(j + 1, .unitRelative(.weekend, 0))
        case .early, .mid, .late:
            guard var m = partOf(at: j) else { return nil }
            m.start = i
            return m
        default:
            guard j < tokens.count, tokens[j].kind == .number, var m = numeric(at: j) else { return nil }
            if case .decade = m.meaning { m.start = i; return m }
            return nil
        }
    }

    func isPlural(_ i: Int) -> Bool { i < tokens.count && tokens[i].kind == .word && tokens[i].detail & 2 != 0 }

    /// "the third quarter of 2023", "the first half", "the fourth quarter of last year".
    func ordinalPeriod(at i: Int) -> TemporalMatch? {
        let n = tokens[i + 1].value
        let j = i + 2
        let isQuarter = word(j) == .unit && unitOf(j) == .quarter && (1...4).contains(n)
        let isHalf = word(j) == .half && (1...2).contains(n)
        guard isQuarter || isHalf else { return nil }
        var end = j + 1
        var ref: TemporalMeaning.YearRef = .bare
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

    /// "summer 2022", "the fall of 2021", "the summer", "last summer" (the last comes from `relative`).
    func seasonExpression(at i: Int, determined: Bool) -> TemporalMatch? {
        let season = tokens[i].value
        if word(i + 1) == .of {
            if let y = year(i + 2) { return TemporalMatch(start: i, end: i + 3, meaning: .season(season, .explicit(y))) }
            if word(i + 2) == .that, word(i + 3) == .unit, unitOf(i + 3) == .year {
                return TemporalMatch(start: i, end: i + 4, meaning: .season(season, .anchored))
            }
            if word(i + 2) == .this || word(i + 2) == .last || word(i + 2) == .next, word(i + 3) == .unit, unitOf(i + 3) == .year {
                let offset = word(i + 2) == .this ? 0 : word(i + 2) == .last ? -1 : 1
                return TemporalMatch(start: i, end: i + 4, meaning: .season(season, .relative(offset)))
            }
        }
        if let y = year(i + 1) { return TemporalMatch(start: i, end: i + 2, meaning: .season(season, .explicit(y))) }
        let k = determined ? i - 2 : i - 1
        switch word(k) {
        case .in, .during, .since, .until, .by, .through, .over, .before, .after, .this, .last, .next, .early, .late:
            // "fall" is also a verb and a noun ("the fall of Kabul"): only with a year or as a time ("in the fall").
            if word(i + 1) == .of { return nil }
            return TemporalMatch(start: i, end: i + 1, meaning: .season(season, .bare))
        default: return nil
        }
    }
}

extension TemporalParser {
    /// Expressions led by a relative or vague word: "last Friday", "this week", "next month",
    /// "yesterday", "now", "recently", "that same week", "every year", "Q3 2023", "fiscal 1998".
    func relative(at i: Int) -> TemporalMatch? {
        func at(_ end: Int, _ meaning: TemporalMeaning) -> TemporalMatch { TemporalMatch(start: i, end: end, meaning: meaning) }
        let next = word(i + 1)
        switch word(i) {
        case .last, .next, .this, .past, .coming:
            let offset = word(i) == .last || word(i) == .past ? -1 : word(i) == .this ? 0 : 1
            if word(i) == .this, word(i + 1) == .past || word(i + 1) == .coming, let m = relative(at: i + 1) {
                return TemporalMatch(start: i, end: m.end, meaning: m.meaning)
            }
            switch next {
            case .weekday where tokens[i + 1].isCapitalized:
                var end = i + 2
                var part = 0
                if word(end) == .partOfDay { part = tokens[end].value; end += 1 }
                return at(end, .weekday(tokens[i + 1].value, offset: offset == 0 ? 2 : offset, partOfDay: part))
            case .unit where !isPlural(i + 1):
                let unit = unitOf(i + 1)
                if word(i) == .past || word(i) == .coming { return at(i + 2, .duration(Self.durationValue(1, unit))) }
                if unit == .day { return nil }
                return at(i + 2, .unitRelative(unit, offset))
            case .unit:
                return word(i) == .past || word(i) == .coming || word(i) == .next
                    ? at(i + 2, .reference(offset > 0 ? "FUTURE_REF" : "PAST_REF")) : nil
            case .month where tokens[i + 1].isCapitalized:
                let ref: TemporalMeaning.YearRef = offset < 0 ? .last : offset > 0 ? .next : .this
                return at(i + 2, .month(tokens[i + 1].value, ref))
            case .season:
                let ref: TemporalMeaning.YearRef = offset < 0 ? .last : offset > 0 ? .next : .this
                return at(i + 2, .season(tokens[i + 1].value, ref))
            case .weekend:
                return at(i + 2, .unitRelative(.weekend, offset))
            case .partOfDay where word(i) == .this:
                return at(i + 2, .dayRelative(0, partOfDay: tokens[i + 1].value))
            case .few, .several, .couple:
                guard word(i + 2) == .unit else { return nil }
                return at(i + 3, .duration(Self.durationValue(nil, unitOf(i + 2))))
            default:
                if let n = count(i + 1), word(i + 2) == .unit, isPlural(i + 2) || n == 1 {
                    return at(i + 3, .duration(Self.durationValue(n, unitOf(i + 2))))
                }
                return nil
            }
        case .today, .tonight, .yesterday, .tomorrow:
            let offset = word(i) == .yesterday ? -1 : word(i) == .tomorrow ? 1 : 0
            if word(i) == .tonight { return at(i + 1, .dayRelative(0, partOfDay: 4)) }
            if next == .partOfDay { return at(i + 2, .dayRelative(offset, partOfDay: tokens[i + 1].value)) }
            return at(i + 1, .dayRelative(offset, partOfDay: 0))
        case .now, .currently:
            return at(i + 1, .reference("PRESENT_REF"))
        case .recently:
            return at(i + 1, .reference("PAST_REF"))
        case .soon:
            return at(i + 1, .reference("FUTURE_REF"))
        case .recent:
            guard next == .unit, isPlural(i + 1) else { return nil }
            return at(i + 2, .reference("PAST_REF"))
        case .upcoming:
            guard next == .unit, isPlural(i + 1) else { return nil }
            return at(i + 2, .reference("FUTURE_REF"))
        case .that:
            var k = i + 1
            if word(k) == .same { k += 1 }
            guard word(k) == .unit, !isPlural(k) else { return nil }
            switch unitOf(k) {
            case .day: return at(k + 1, .anchorDays(0))
            case .year: return at(k + 1, .anchorYear)
            case .week, .month: return at(k + 1, .anchorUnit(unitOf(k), 0))
            default: return nil
            }
        case .setWord:
            return at(i + 1, .set(Self.durationValue(1, Unit(rawValue: tokens[i].value) ?? .year)))
        case .every, .each, .per:
            if next == .unit { return at(i + 2, .set(Self.durationValue(1, unitOf(i + 1)))) }
            if word(i) != .per, next == .weekday, tokens[i + 1].isCapitalized {
                return at(i + 2, .set("XXXX-WXX-\(tokens[i + 1].value)"))
            }
            if word(i) == .every, let n = count(i + 1), word(i + 2) == .unit {
                return at(i + 3, .set(Self.durationValue(n, unitOf(i + 2))))
            }
            return nil
        case .q:
            guard tokens[i].isCapitalized, let n = number(i + 1), (1...4).contains(n), !tokens[i + 1].gapBefore
            else { return nil }
            if let y = year(i + 2) { return at(i + 3, .quarter(n, .explicit(y))) }
            if isMark(i + 2, ","), let y = year(i + 3) { return at(i + 4, .quarter(n, .explicit(y))) }
            return at(i + 2, .quarter(n, .bare))
        case .fiscal:
            var k = i + 1
            if word(k) == .unit, unitOf(k) == .year { k += 1 }
            guard let y = year(k) else { return nil }
            return at(k + 1, .year(y))
        case .season:
            return seasonExpression(at: i, determined: false)
        case .weekend:
            return nil
        default:
            return nil
        }
    }
}
