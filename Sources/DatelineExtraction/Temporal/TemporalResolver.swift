import DatelineModel

/// Anchors offered by the document so far, for anaphoric expressions ("the following day", "that year").
///
/// The anchor day is the most recent day-precision date in the discourse (including anaphoric ones, so
/// chains work); the anchor span is the most recent dated expression of any precision.
struct TemporalDiscourse: Sendable {
    var anchorDay: CalendarDate?
    var anchorSpan: TimeSpan?
    var anchorYear: Int?
}

/// A resolved expression: interval, TIMEX3 value, and whether the publication date was needed.
struct TemporalResolution: Sendable {
    var span: TimeSpan
    var value: String
    var relative: Bool
}

/// Resolves a `TemporalMatch` against one possible publication day, the tense and the discourse
/// (CONVENTIONS §6). Pure date arithmetic; O(1) per expression.
struct TemporalResolver {
    typealias Unit = TemporalLexicon.Unit
    let pub: CalendarDate?
    let tense: Tense
    let discourse: TemporalDiscourse
    /// An earlier dated expression in the same sentence, for "In October last year … from Dec. 1".
    let sentenceAnchor: TimeSpan?

    func resolve(_ m: TemporalMatch) -> TemporalResolution {
        guard var r = resolveWhole(m.meaning, clip: m.part == .whole) else {
            return TemporalResolution(span: .undated, value: unresolvedValue(m.meaning), relative: false)
        }
        if m.part != .whole, let e = r.span.earliest, let l = r.span.latest {
            let (a, b) = apply(m.part, e, l, r.span.granularity)
            r.span.earliest = a
            r.span.latest = b
            if m.part == .earlier || m.part == .later || m.part == .sinceStart { r.relative = true }
        }
        return r
    }

    private func make(_ e: CalendarDate, _ l: CalendarDate, _ g: Granularity, _ value: String, relative: Bool) -> TemporalResolution {
        TemporalResolution(span: TimeSpan(earliest: e, latest: l, granularity: g,
                                          basis: relative ? "relative to publication" : nil),
                           value: value, relative: relative)
    }

    private func day(_ d: CalendarDate, relative: Bool, partOfDay: Int = 0) -> TemporalResolution {
        make(d, d, .day, d.iso + Self.partCode(partOfDay), relative: relative)
    }

    func resolveWhole(_ meaning: TemporalMeaning, clip: Bool) -> TemporalResolution? {
        switch meaning {
        case .day(let d): return day(d, relative: false)
        case .dayRange(let a, let b): return make(a, b, .day, a.iso, relative: false)
        case .monthDay(let month, let d, let endMonth, let endDay):
            guard let y = pickYear(month: month, day: d) else { return nil }
            guard let a = CalendarDate(year: y, month: month, day: d),
                  let b = CalendarDate(year: endMonth < month ? y + 1 : y, month: endMonth, day: endDay) else { return nil }
            return make(a, b, .day, a.iso, relative: true)
        case .monthDayRun(let month, let d, let back):
            guard let y = pickYear(month: month, day: d), let b = CalendarDate(year: y, month: month, day: d) else { return nil }
            let a = b.adding(days: -back)
            return make(a, b, .day, a.iso, relative: true)
        case .month(let month, let ref):
            guard let (y, relative) = monthYear(month, ref) else { return nil }
            let (a, b) = CalendarDate.monthBounds(year: y, month: month)
            return make(a, b, .month, Self.iso(y, month), relative: relative)
        case .year(let y):
            let (a, b) = CalendarDate.yearBounds(y)
            return make(a, b, .year, Self.pad(y, 4), relative: false)
        case .yearRange(let y1, let y2):
            return make(CalendarDate.yearBounds(y1).first, CalendarDate.yearBounds(y2).last, .year, Self.pad(y1, 4), relative: false)
        case .decade(let y):
            return make(CalendarDate.yearBounds(y).first, CalendarDate.yearBounds(y + 9).last, .decade, String(y / 10), relative: false)
        case .century(let c):
            return make(CalendarDate.yearBounds(c * 100).first, CalendarDate.yearBounds(c * 100 + 99).last, .decade, String(c), relative: false)
        case .season(let s, let ref): return season(s, ref)
        case .quarter(let q, let ref): return quarter(q, ref)
        case .half(let h, let ref):
            guard let (y, relative) = periodYear(firstMonth: h == 1 ? 1 : 7, months: 6, ref) else { return nil }
            return make(CalendarDate.monthBounds(year: y, month: h == 1 ? 1 : 7).first,
                        CalendarDate.monthBounds(year: y, month: h == 1 ? 6 : 12).last, .year, "\(Self.pad(y, 4))-H\(h)", relative: relative)
        case .weekday(let wd, let offset, let part):
            guard let d = weekday(wd, offset: offset) else { return nil }
            return day(d, relative: true, partOfDay: part)
        case .weekdayRange(let w1, let w2):
            // Past runs end on/before publication; future runs start on/after it.
            let length = (w2 - w1 + 7) % 7
            if tense == .future {
                guard let start = weekday(w1, offset: 0) else { return nil }
                return make(start, start.adding(days: length), .day, start.iso, relative: true)
            }
            guard let end = weekday(w2, offset: 0) else { return nil }
            let start = end.adding(days: -length)
            return make(start, end, .day, start.iso, relative: true)
        case .unitRelative(let unit, let n): return unitRelative(unit, n, clip: clip)
        case .dayRelative(let n, let part):
            guard let pub else { return nil }
            return day(pub.adding(days: n), relative: true, partOfDay: part)
        case .anchorDays(let n):
            guard let base = discourse.anchorDay ?? pub else { return nil }
            return day(base.adding(days: n), relative: discourse.anchorDay == nil)
        case .anchorUnit(let unit, let n):
            // Days and weeks count from the anchor day ("two weeks later" is plain date arithmetic).
            if n != 0, unit == .week || unit == .fortnight, let base = discourse.anchorDay {
                return day(base.adding(days: n * (unit == .week ? 7 : 14)), relative: false)
            }
            let anchored = unit == .day || unit == .week ? discourse.anchorDay ?? discourse.anchorSpan?.earliest
                : discourse.anchorSpan?.earliest ?? discourse.anchorDay
            guard let base = anchored ?? pub else { return nil }
            guard var r = Self.shifted(base, unit, n) else { return nil }
            r.relative = anchored == nil
            return r
        case .anchorYear:
            guard let y = discourse.anchorYear else { return nil }
            return resolveWhole(.year(y), clip: clip)
        case .reference(let r):
            guard r == "PRESENT_REF", let pub else { return nil }
            return TemporalResolution(span: .day(pub), value: r, relative: true)
        case .duration, .set: return nil
        case .clock(let minutes):
            let context = sentenceAnchor.flatMap { $0.granularity == .day && $0.width == 1 ? $0.earliest : nil }
            guard let d = context ?? pub else { return nil }
            let time = "T" + Self.pad(minutes / 60, 2) + ":" + Self.pad(minutes % 60, 2)
            return make(d, d, .day, d.iso + time, relative: context == nil)
        }
    }

    /// The value when nothing can be resolved: X-filled TIMEX3 forms, or the literal value.
    func unresolvedValue(_ meaning: TemporalMeaning) -> String {
        switch meaning {
        case .monthDay(let m, let d, _, _), .monthDayRun(let m, let d, _): return "XXXX-\(Self.pad(m, 2))-\(Self.pad(d, 2))"
        case .month(let m, _): return "XXXX-\(Self.pad(m, 2))"
        case .weekday(let wd, _, _): return "XXXX-WXX-\(wd)"
        case .reference(let r), .duration(let r), .set(let r): return r
        case .season(let s, _): return "XXXX-" + Self.seasonCodes[s]
        case .quarter(let q, _): return "XXXX-Q\(q)"
        case .unitRelative(_, let n), .anchorUnit(_, let n), .anchorDays(let n), .dayRelative(let n, _):
            return n < 0 ? "PAST_REF" : n > 0 ? "FUTURE_REF" : "PRESENT_REF"
        default: return "XXXX"
        }
    }
}
