import DatelineModel

/// Calendar arithmetic for `TemporalResolver`: choosing years by tense, weeks, seasons, quarters, parts.
extension TemporalResolver {
    static let seasonCodes = ["SP", "SU", "FA", "WI"]

    /// Year for a month-day without one (CONVENTIONS §6): past → latest on/before pub, future → first
    /// on/after pub (or after an earlier date in the same sentence), otherwise the nearest.
    func pickYear(month: Int, day: Int) -> Int? {
        // CONVENTIONS §6: a clause anchored to an earlier date ("In October last year … from Dec. 1") takes
        // the first such date after it; a past clause only while that stays on/before publication.
        if let anchor = sentenceAnchor, anchor.granularity == .day || anchor.granularity == .month,
           let a = anchor.earliest, pub.map({ a <= $0 }) ?? true {
            for y in [a.year, a.year + 1] {
                guard let c = CalendarDate(year: y, month: month, day: day), c >= a else { continue }
                if tense == .future || pub.map({ c <= $0 }) ?? true { return y }
                break
            }
        }
        // "At last year's summit on Sept. 9-10", "In 2019, talks opened on March 3": a clause dated to
        // one calendar year holds the day, unless that would put a past event after publication.
        if let anchor = sentenceAnchor, anchor.granularity == .year, let a = anchor.earliest, anchor.latest?.year == a.year,
           let c = CalendarDate(year: a.year, month: month, day: day), tense == .future || pub.map({ c <= $0 }) ?? true {
            return a.year
        }
        // A chronology's entry follows the one before it: the first such day on or after it.
        if let a = chronologyAnchor {
            for y in [a.year, a.year + 1] {
                guard let c = CalendarDate(year: y, month: month, day: day), c >= a else { continue }
                if tense == .future || pub.map({ c <= $0 }) ?? true { return y }
                break
            }
        }
        guard let pub else { return nil }
        var candidates = [pub.year - 1, pub.year, pub.year + 1].compactMap { y in
            CalendarDate(year: y, month: month, day: day).map { (y, $0) }
        }
        if let wd = weekdayHint {
            let agreeing = candidates.filter { $0.1.weekday == wd }
            if agreeing.count == 1 { return agreeing[0].0 }
            if !agreeing.isEmpty { candidates = agreeing }
        }
        switch tense {
        case .past: return candidates.last { $0.1 <= pub }?.0
        case .future: return candidates.first { $0.1 >= pub }?.0
        case .present, .unknown:
            // News mostly reports what happened: a date ahead must be clearly nearer to win.
            return candidates.min { Self.newsDistance($0.1, pub) < Self.newsDistance($1.1, pub) }?.0
        }
    }

    /// In a chronology, the start of the latest dated entry when it lies on or before publication:
    /// what a date without a year continues from.
    var chronologyAnchor: CalendarDate? {
        guard discourse.isChronology, let a = discourse.entryStart, pub.map({ a <= $0 }) ?? true else { return nil }
        return a
    }

    /// Distance from publication with days ahead counted double (for an unknown tense).
    static func newsDistance(_ d: CalendarDate, _ pub: CalendarDate) -> Int {
        d > pub ? 2 * (d.dayNumber - pub.dayNumber) : pub.dayNumber - d.dayNumber
    }

    /// Year of a named month, with whether the publication date decided it.
    func monthYear(_ month: Int, _ ref: TemporalMeaning.YearRef) -> (Int, Bool)? {
        periodYear(firstMonth: month, months: 1, ref)
    }

    /// Year of a period that starts in `firstMonth` and lasts `months` (may run into the next year).
    func periodYear(firstMonth: Int, months: Int, _ ref: TemporalMeaning.YearRef) -> (Int, Bool)? {
        func bounds(_ y: Int) -> (CalendarDate, CalendarDate) {
            (CalendarDate.monthBounds(year: y, month: firstMonth).first,
             CalendarDate.monthBounds(year: y, month: firstMonth + months - 1).last)
        }
        switch ref {
        case .explicit(let y): return (y, false)
        case .anchored:
            if let y = discourse.anchorYear { return (y, false) }
            return periodYear(firstMonth: firstMonth, months: months, .bare)
        default: break
        }
        if tense == .future, case .bare = ref, let anchor = sentenceAnchor, let a = anchor.earliest,
           pub.map({ a <= $0 }) ?? true {
            return (bounds(a.year).1 >= a ? a.year : a.year + 1, false)
        }
        // "disbanded in April last year after Russia vetoed it in March": a past month in a clause
        // already dated within one year takes that year, not the latest before publication.
        if tense == .past, case .bare = ref, let anchor = sentenceAnchor,
           anchor.granularity == .day || anchor.granularity == .month || anchor.granularity == .year,
           let a = anchor.earliest, anchor.latest?.year == a.year, pub.map({ bounds(a.year).0 <= $0 }) ?? true {
            return (a.year, false)
        }
        if case .bare = ref, let a = chronologyAnchor {
            for y in [a.year, a.year + 1] where bounds(y).1 >= a {
                if tense == .future || pub.map({ bounds(y).0 <= $0 }) ?? true { return (y, false) }
                break
            }
        }
        guard let pub else { return nil }
        let years = [pub.year - 2, pub.year - 1, pub.year, pub.year + 1]
        switch ref {
        case .relative(let n): return (pub.year + n, true)
        case .this: return (pub.year, true)
        case .last: return (years.last { bounds($0).1 < pub } ?? pub.year - 1, true)
        case .next: return (years.first { bounds($0).0 > pub } ?? pub.year + 1, true)
        default:
            let past = years.last { bounds($0).0 <= pub } ?? pub.year
            let future = years.first { bounds($0).1 >= pub } ?? pub.year
            switch tense {
            case .past: return (past, true)
            case .future: return (future, true)
            case .present, .unknown:
                if past == future { return (past, true) }
                let toPast = pub.dayNumber - bounds(past).1.dayNumber
                let toFuture = bounds(future).0.dayNumber - pub.dayNumber
                return (toFuture * 2 < toPast ? future : past, true)
            }
        }
    }

    func season(_ s: Int, _ ref: TemporalMeaning.YearRef) -> TemporalResolution? {
        let first = [3, 6, 9, 12][s]
        guard let (y, relative) = periodYear(firstMonth: first, months: 3, ref) else { return nil }
        return make2(CalendarDate.monthBounds(year: y, month: first).first,
                     CalendarDate.monthBounds(year: y, month: first + 2).last, .season,
                     Self.pad(y, 4) + "-" + Self.seasonCodes[s], relative)
    }

    func quarter(_ q: Int, _ ref: TemporalMeaning.YearRef) -> TemporalResolution? {
        let first = q * 3 - 2
        var ref = ref
        // A bare quarter in reporting is the latest one begun (results are reported after the fact).
        if case .bare = ref, let pub {
            // Future talk of a quarter just ended ("will report third-quarter results") still means it.
            let recent = pub.adding(days: tense == .future ? -92 : 0)
            ref = .explicit(tense == .future
                ? (first + 2 >= recent.month ? recent.year : recent.year + 1)
                : (first <= pub.month ? pub.year : pub.year - 1))
            guard let (y, _) = periodYear(firstMonth: first, months: 3, ref) else { return nil }
            return quarterSpan(q, y, true)
        }
        guard let (y, relative) = periodYear(firstMonth: first, months: 3, ref) else { return nil }
        return quarterSpan(q, y, relative)
    }

    private func quarterSpan(_ q: Int, _ y: Int, _ relative: Bool) -> TemporalResolution {
        make2(CalendarDate.monthBounds(year: y, month: q * 3 - 2).first, CalendarDate.monthBounds(year: y, month: q * 3).last,
              .quarter, "\(Self.pad(y, 4))-Q\(q)", relative)
    }

    private func make2(_ e: CalendarDate, _ l: CalendarDate, _ g: Granularity, _ v: String, _ relative: Bool) -> TemporalResolution {
        TemporalResolution(span: TimeSpan(earliest: e, latest: l, granularity: g, basis: relative ? "relative to publication" : nil),
                           value: v, relative: relative)
    }

    /// A weekday near publication: offset 0 by tense, -1 "last", +1 "next", 2 "this" (same week),
    /// 3 "of last week" and 4 "of next week" (the Monday–Sunday week before or after publication's).
    func weekday(_ wd: Int, offset: Int) -> CalendarDate? {
        guard let pub else { return nil }
        let back = (pub.weekday - wd + 7) % 7
        let forward = (wd - pub.weekday + 7) % 7
        switch offset {
        case -1: return pub.adding(days: back == 0 ? -7 : -back)
        case 1: return pub.adding(days: forward == 0 ? 7 : forward)
        case 2: return pub.adding(days: wd - pub.weekday)
        case 3: return pub.adding(days: wd - pub.weekday - 7)
        case 4: return pub.adding(days: wd - pub.weekday + 7)
        default: return tense == .future ? pub.adding(days: forward) : pub.adding(days: -back)
        }
    }

    /// "this week", "last month", "next year", "two years ago": periods counted from publication.
    func unitRelative(_ unit: Unit, _ n: Int, clip: Bool) -> TemporalResolution? {
        guard let pub else { return nil }
        guard var r = Self.shifted(pub, unit, n) else { return nil }
        r.relative = true
        r.span.basis = "relative to publication"
        // "this week/month" clip by tense (CONVENTIONS §6).
        if clip, n == 0, unit == .week || unit == .month, let e = r.span.earliest, let l = r.span.latest {
            if tense == .past { r.span.earliest = e; r.span.latest = max(e, min(l, pub)) }
            if tense == .future { r.span.earliest = min(l, max(e, pub)); r.span.latest = l }
        }
        if unit == .weekend, n == 0, tense == .past, pub.weekday < 6 { return Self.shifted(pub, .weekend, -1).map { var x = $0; x.relative = true; return x } }
        return r
    }

    /// The period of `unit` containing `base`, moved `n` units.
    static func shifted(_ base: CalendarDate, _ unit: Unit, _ n: Int) -> TemporalResolution? {
        func r(_ e: CalendarDate, _ l: CalendarDate, _ g: Granularity, _ v: String) -> TemporalResolution {
            TemporalResolution(span: TimeSpan(earliest: e, latest: l, granularity: g), value: v, relative: false)
        }
        switch unit {
        case .day: let d = base.adding(days: n); return r(d, d, .day, Self.isoDay(d))
        case .week, .fortnight:
            let monday = base.adding(days: 1 - base.weekday + 7 * n * (unit == .fortnight ? 2 : 1))
            return r(monday, monday.adding(days: 6), .week, isoWeek(monday))
        case .weekend:
            let saturday = base.adding(days: 6 - base.weekday + 7 * n)
            return r(saturday, saturday.adding(days: 1), .week, isoWeek(saturday) + "-WE")
        case .month:
            let (a, b) = CalendarDate.monthBounds(year: base.year, month: base.month + n)
            return r(a, b, .month, iso(a.year, a.month))
        case .quarter:
            let first = (base.month - 1) / 3 * 3 + 1 + 3 * n
            let (a, _) = CalendarDate.monthBounds(year: base.year, month: first)
            let (_, b) = CalendarDate.monthBounds(year: base.year, month: first + 2)
            return r(a, b, .quarter, "\(pad(a.year, 4))-Q\((a.month - 1) / 3 + 1)")
        case .year:
            let (a, b) = CalendarDate.yearBounds(base.year + n)
            return r(a, b, .year, pad(base.year + n, 4))
        case .decade:
            let y = base.year / 10 * 10 + 10 * n
            return r(CalendarDate.yearBounds(y).first, CalendarDate.yearBounds(y + 9).last, .decade, String(y / 10))
        case .century, .hour, .minute, .season: return nil
        }
    }

    /// The same period `n` years away, in the same unit (day, month, season, quarter or year).
    static func shiftedYears(_ span: TimeSpan, _ n: Int) -> TemporalResolution? {
        guard let e = span.earliest, let l = span.latest else { return nil }
        let a = e.adding(months: 12 * n), b = l.adding(months: 12 * n)
        let value: String
        switch span.granularity {
        case .day where a == b: value = Self.isoDay(a)
        case .month where a.month == b.month: value = iso(a.year, a.month)
        case .quarter: value = "\(pad(a.year, 4))-Q\((a.month - 1) / 3 + 1)"
        case .season: value = pad(a.year, 4) + "-" + seasonCodes[[3, 3, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3][a.month - 1]]
        default: return shifted(e, .year, n)
        }
        let last = b.month == 2 && l.day == CalendarDate.daysInMonth(year: l.year, month: 2)
            ? CalendarDate.monthBounds(year: b.year, month: 2).last : b
        return TemporalResolution(span: TimeSpan(earliest: a, latest: last, granularity: span.granularity), value: value, relative: false)
    }

    /// Narrows a resolved period to its early/mid/late part, or clips it around publication.
    func apply(_ part: TemporalMeaning.Part, _ e: CalendarDate, _ l: CalendarDate, _ g: Granularity) -> (CalendarDate, CalendarDate) {
        switch part {
        case .whole: return (e, l)
        case .earlier:
            guard let pub, pub > e else { return (e, l) }
            return (e, min(l, pub.adding(days: -1)))
        case .later:
            guard let pub, pub < l else { return (e, l) }
            return (max(e, pub.adding(days: 1)), l)
        case .sinceStart:
            guard let pub, pub >= e else { return (e, l) }
            return (e, min(l, pub))
        case .early, .mid, .late:
            let index = part == .early ? 0 : part == .mid ? 1 : 2
            if g == .month, e.day == 1, e.year == l.year, e.month == l.month {
                let starts = [1, 11, 21], ends = [10, 20, l.day]
                return (e.adding(days: starts[index] - 1), e.adding(days: ends[index] - 1))
            }
            if g == .year, e.month == 1, e.day == 1, l.month == 12, l.day == 31, l.year == e.year {
                let first = 1 + 4 * index
                return (CalendarDate.monthBounds(year: e.year, month: first).first,
                        CalendarDate.monthBounds(year: e.year, month: first + 3).last)
            }
            if g == .decade, l.year == e.year + 9 {
                let ranges = [(0, 3), (4, 6), (7, 9)]
                return (CalendarDate.yearBounds(e.year + ranges[index].0).first, CalendarDate.yearBounds(e.year + ranges[index].1).last)
            }
            let width = l.dayNumber - e.dayNumber + 1
            let a = e.adding(days: width * index / 3)
            let b = index == 2 ? l : e.adding(days: width * (index + 1) / 3 - 1)
            return (a, b)
        }
    }

    static func partCode(_ part: Int) -> String {
        switch part {
        case 1: return "TMO"
        case 2: return "TAF"
        case 3: return "TEV"
        case 4: return "TNI"
        case 5: return "T12:00"
        case 6: return "T24:00"
        default: return ""
        }
    }

    static func iso(_ y: Int, _ m: Int) -> String { pad(y, 4) + "-" + pad(m, 2) }

    /// ISO 8601 week of a day: `2024-W18`.
    static func isoWeek(_ d: CalendarDate) -> String {
        let thursday = d.adding(days: 4 - d.weekday)
        let week = (thursday.dayNumber - CalendarDate.yearBounds(thursday.year).first.dayNumber) / 7 + 1
        return pad(thursday.year, 4) + "-W" + pad(week, 2)
    }

}

extension TemporalResolver {
    /// Day `d` of the month the context gives: publication's month or, by tense, the month before
    /// (past: the latest such day on or before publication) or after (future); with no publication
    /// date, or in a chronology, the month of the narrative's day just told ("on March 3 … on the
    /// 16th" → March 16).
    func dayOfMonth(_ d: Int) -> CalendarDate? {
        if pub == nil || discourse.isChronology, let anchor = discourse.anchorDay {
            return CalendarDate(year: anchor.year, month: anchor.month, day: d)
        }
        guard let pub else { return nil }
        let this = CalendarDate(year: pub.year, month: pub.month, day: d)
        let previousMonth = pub.month == 1 ? (pub.year - 1, 12) : (pub.year, pub.month - 1)
        let nextMonth = pub.month == 12 ? (pub.year + 1, 1) : (pub.year, pub.month + 1)
        let before = CalendarDate(year: previousMonth.0, month: previousMonth.1, day: d)
        let after = CalendarDate(year: nextMonth.0, month: nextMonth.1, day: d)
        switch tense {
        case .future: return this.flatMap { $0 >= pub ? $0 : nil } ?? after
        case .past: return this.flatMap { $0 <= pub ? $0 : nil } ?? before
        case .present, .unknown: return this ?? before
        }
    }
}
