/// Expressions led by a single trigger word: relative words, vague references, sets, holidays, quarters.
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
            case .unit where unitOf(i + 1) == .year && isMark(i + 2, "'") && word(i + 3) == .s
                && word(i + 4) == .ordinalWord && word(i + 5) == .unit && unitOf(i + 5) == .quarter:
                // "this year's third quarter"
                let n = tokens[i + 4].value
                guard (1...4).contains(n), word(i) != .past, word(i) != .coming else { return nil }
                return at(i + 6, .quarter(n, .relative(offset)))
            case .unit where !isPlural(i + 1):
                let unit = unitOf(i + 1)
                if word(i) == .past || word(i) == .coming { return at(i + 2, .duration(Self.durationValue(1, unit))) }
                if unit == .day { return nil }
                return at(i + 2, .unitRelative(unit, offset))
            case .unit:
                return word(i) == .past || word(i) == .coming || word(i) == .next
                    ? at(i + 2, .reference(offset > 0 ? "FUTURE_REF" : "PAST_REF")) : nil
            case .month where tokens[i + 1].isCapitalized && word(i) != .past && word(i) != .coming:
                if var m = monthExpression(at: i + 1), case .monthDay = m.meaning, offset != 0 {
                    m.start = i
                    m.tense = offset < 0 ? .past : .future
                    return m
                }
                let ref: TemporalMeaning.YearRef = offset < 0 ? .last : offset > 0 ? .next : .this
                return at(i + 2, .month(tokens[i + 1].value, ref))
            case .season:
                let ref: TemporalMeaning.YearRef = offset < 0 ? .last : offset > 0 ? .next : .this
                return at(i + 2, .season(tokens[i + 1].value, ref))
            case .weekend:
                return at(i + 2, .unitRelative(.weekend, offset))
            case .partOfDay where word(i) == .this:
                return at(i + 2, .dayRelative(0, partOfDay: tokens[i + 1].value))
            case .partOfDay where word(i) == .last && tokens[i + 1].value == 4:
                return at(i + 2, .dayRelative(-1, partOfDay: 4))
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
        case .several, .many, .few:
            // "a several-year delay".
            if word(i) == .several, isMark(i + 1, "-"), !tokens[i + 1].gapBefore, word(i + 2) == .unit {
                return at(i + 3, .duration(Self.durationValue(nil, unitOf(i + 2))))
            }
            guard next == .unit, isPlural(i + 1) else { return nil }
            if word(i + 2) == .ago { return at(i + 3, .reference("PAST_REF")) }
            return at(i + 2, .duration(Self.durationValue(nil, unitOf(i + 1))))
        case .partOfDay where tokens[i].value >= 5:
            // "noon Thursday", "midnight Friday".
            guard next == .weekday, tokens[i + 1].isCapitalized else { return nil }
            var m = at(i + 2, .weekday(tokens[i + 1].value, offset: 0, partOfDay: 0))
            m.minutes = tokens[i].value == 5 ? 12 * 60 : 24 * 60
            return m
        case .unit where isPlural(i) && word(i - 1) == .for:
            // "for years": an unstated count.
            return at(i + 1, .duration(Self.durationValue(nil, unitOf(i))))
        case .unit where isMark(i + 1, "-") && !tokens[i + 1].gapBefore && word(i + 2) == .long:
            // "a day-long strike", "decades-long feud".
            return at(i + 3, .duration(Self.durationValue(isPlural(i) ? nil : 1, unitOf(i))))
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
            // "annual meeting", "monthly figures": an adjective, not a time; but the short periods keep
            // their frequency as adjectives too ("daily rallies", "weekly flights", as TimeML tags them).
            let unit = Unit(rawValue: tokens[i].value) ?? .year
            if unit != .day, unit != .week, unit != .hour, i + 1 < tokens.count, tokens[i + 1].kind == .word, next != .and {
                return nil
            }
            return at(i + 1, .set(Self.durationValue(1, Unit(rawValue: tokens[i].value) ?? .year)))
        case .every, .each, .per:
            if next == .unit { return at(i + 2, .set(Self.durationValue(1, unitOf(i + 1)))) }
            if word(i) != .per, next == .weekday, tokens[i + 1].isCapitalized {
                return at(i + 2, .set("XXXX-WXX-\(tokens[i + 1].value)"))
            }
            // "each July", "every spring".
            if word(i) != .per, next == .month, tokens[i + 1].isCapitalized {
                return at(i + 2, .set("XXXX-" + TemporalResolver.pad(tokens[i + 1].value, 2)))
            }
            if word(i) != .per, next == .season { return at(i + 2, .set("XXXX-" + TemporalResolver.seasonCodes[tokens[i + 1].value])) }
            if word(i) == .every, let n = count(i + 1), word(i + 2) == .unit {
                return at(i + 3, .set(Self.durationValue(n, unitOf(i + 2))))
            }
            return nil
        case .holiday where tokens[i].isCapitalized:
            var end = i + 1
            if word(end) == .unit, unitOf(end) == .day, tokens[end].isCapitalized { end += 1 }
            let code = tokens[i].value
            if code == 0 { return at(end, .thanksgiving) }
            if word(end) == .eve, tokens[end].isCapitalized {
                return at(end + 1, .monthDay(month: code / 100, day: code % 100 - 1, endMonth: code / 100, endDay: code % 100 - 1))
            }
            return at(end, .monthDay(month: code / 100, day: code % 100, endMonth: code / 100, endDay: code % 100))
        case .new where tokens[i].isCapitalized && word(i + 1) == .unit && unitOf(i + 1) == .year && tokens[i + 1].isCapitalized
            && isMark(i + 2, "'") && word(i + 3) == .s:
            // "New Year's Day", "New Year's Eve"
            if word(i + 4) == .eve { return at(i + 5, .monthDay(month: 12, day: 31, endMonth: 12, endDay: 31)) }
            guard word(i + 4) == .unit, unitOf(i + 4) == .day else { return nil }
            return at(i + 5, .monthDay(month: 1, day: 1, endMonth: 1, endDay: 1))
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
        case .unit where unitOf(i) == .year && isMark(i + 1, "-") && (word(i + 2) == .earlier || word(i + 2) == .ago):
            // "year-earlier profit": the same period a year before.
            return at(i + 3, .anchorQuarter(-4))
        case .ordinalWord:
            // "third-quarter", "third quarter", "first-half".
            let k = isMark(i + 1, "-") ? i + 2 : i + 1
            let n = tokens[i].value
            if word(k) == .unit, unitOf(k) == .quarter, (1...4).contains(n) { return at(k + 1, .quarter(n, .bare)) }
            if word(k) == .half, (1...2).contains(n), isMark(i + 1, "-") { return at(k + 1, .half(n, .bare)) }
            return nil
        default:
            return nil
        }
    }
}
