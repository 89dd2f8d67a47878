import DatelineModel

/// Anchors offered by the document so far, for anaphoric expressions ("the following day", "that year").
///
/// The anchor day is the most recent day-precision date in the discourse (including anaphoric ones, so
/// chains work); the anchor span is the most recent dated expression of any precision.
struct TemporalDiscourse: Sendable {
    var anchorDay: CalendarDate?
    var anchorSpan: TimeSpan?
    var anchorYear: Int?
    /// The document is a list of dated entries (`TemporalTagger.isChronology`): a date without a
    /// year follows the latest one, not publication.
    var isChronology = false
    /// The document is a list of dated entries, written years or not (`TemporalTagger.isDateList`):
    /// an entry's opening date is past even in the present tense ("April 15 – fighting erupts").
    var isDateList = false
    /// In a chronology, the start of the latest entry's opening date (day or month precision).
    /// Dates inside an entry ("…, Amnesty says soldiers killed hundreds in November") may look
    /// back, so only the dates that open entries carry the narrative on.
    var entryStart: CalendarDate?
    /// Sentences that carried a day-precision date, with that day, most recent last (at most 64).
    var dayHistory: [(sentence: String, day: CalendarDate)] = []

    /// The latest day whose sentence has a word starting with `stem` (lower-case ASCII), e.g. "sign"
    /// for "30 days after signing" finds "signed … on Wednesday". O(history × sentence bytes).
    func day(mentioning stem: [UInt8]) -> CalendarDate? {
        let stems = [stem] + (Self.irregular[String(decoding: stem, as: UTF8.self)].map { [Array($0.utf8) + [0x20]] } ?? [])
        for entry in dayHistory.reversed() {
            for stem in stems {
                if Self.contains(entry.sentence, stem) { return entry.day }
            }
        }
        return nil
    }

    /// Past forms that do not share the stem ("the meeting" ← "met"); a trailing space asks for the whole word.
    static let irregular: [String: String] = [
        "meet": "met", "hold": "held", "sell": "sold", "fight": "fought", "seek": "sought", "send": "sent",
    ]

    /// Whether a word of `sentence` starts with `stem` (lower-case ASCII; a final space = word end).
    static func contains(_ sentence: String, _ stem: [UInt8]) -> Bool {
        var text = sentence
        let whole = stem.last == 0x20
        let needle = whole ? Array(stem.dropLast()) : stem
        return text.withUTF8 { bytes -> Bool in
            guard bytes.count >= needle.count, !needle.isEmpty else { return false }
            var i = 0
            while i + needle.count <= bytes.count {
                let atWordStart = i == 0 || !TemporalTokenizer.isLetter(bytes[i - 1])
                let atWordEnd = i + needle.count == bytes.count || !TemporalTokenizer.isLetter(bytes[i + needle.count])
                if atWordStart, !whole || atWordEnd, (0..<needle.count).allSatisfy({ bytes[i + $0] | 0x20 == needle[$0] }) {
                    return true
                }
                i += 1
            }
            return false
        }
    }
}

/// A resolved expression: interval, TIMEX3 value, and whether the publication date was needed.
struct TemporalResolution: Sendable {
    var span: TimeSpan
    var value: String
    var relative: Bool
    /// The span is a union over an uncertain publication date (the ends resolved differently): it
    /// says where the day may lie, not which day it is, so it anchors nothing.
    var isUnion = false
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
    /// A weekday written next to a month-day; the year where they agree wins.
    var weekdayHint: Int? = nil
    /// With only a publication range, a bare weekday next to a dated discourse is read near its anchor day.
    var publicationRange: ClosedRange<CalendarDate>? = nil
    /// False when only spans are wanted (the publication-date pass): the common TIMEX3 values are
    /// then left empty instead of written.
    var wantsValue = true

    func resolve(_ m: TemporalMatch) -> TemporalResolution {
        guard var r = resolveWhole(m.meaning, clip: m.part == .whole) else {
            return TemporalResolution(span: .undated, value: wantsValue ? unresolvedValue(m.meaning) : "", relative: false)
        }
        if m.part != .whole, let e = r.span.earliest, let l = r.span.latest {
            let (a, b) = apply(m.part, e, l, r.span.granularity)
            r.span.earliest = a
            r.span.latest = b
            if m.part == .earlier || m.part == .later || m.part == .sinceStart { r.relative = true }
        }
        return r
    }

    private func make(_ e: CalendarDate, _ l: CalendarDate, _ g: Granularity, _ value: @autoclosure () -> String,
                      relative: Bool) -> TemporalResolution {
        TemporalResolution(span: TimeSpan(earliest: e, latest: l, granularity: g,
                                          basis: relative ? "relative to publication" : nil),
                           value: wantsValue ? value() : "", relative: relative)
    }

    private func day(_ d: CalendarDate, relative: Bool, partOfDay: Int = 0) -> TemporalResolution {
        make(d, d, .day, Self.isoDay(d) + Self.partCode(partOfDay), relative: relative)
    }

    /// "They met in July. … A week later, …": with no anchor day and an anchor coarser than the unit,
    /// the offset moves the anchor's whole span (July 8 – August 7), never its first day's week.
    /// After a season, a year or longer ("their first summit in 2013. … A week later") there is
    /// no honest date: `.some(nil)`. Nil when there is a day to count from or no anchor.
    private func widenedFromCoarseAnchor(days: Int, unit: Unit) -> TemporalResolution?? {
        guard discourse.anchorDay == nil, let span = discourse.anchorSpan, let e = span.earliest, let l = span.latest,
              span.granularity > (unit == .day ? .day : .week) else { return nil }
        guard span.granularity <= .month else { return .some(nil) }
        let start = e.adding(days: days), end = l.adding(days: days)
        return make(start, end, .week, Self.isoDay(start), relative: false)
    }

    func resolveWhole(_ meaning: TemporalMeaning, clip: Bool) -> TemporalResolution? {
        switch meaning {
        case .day(let d): return day(d, relative: false)
        case .dayRange(let a, let b): return make(a, b, .day, Self.isoDay(a), relative: false)
        case .monthDay(let month, let d, let endMonth, let endDay):
            guard let y = pickYear(month: month, day: d) else { return nil }
            guard let a = CalendarDate(year: y, month: month, day: d),
                  let b = CalendarDate(year: endMonth < month ? y + 1 : y, month: endMonth, day: endDay) else { return nil }
            return make(a, b, .day, Self.isoDay(a), relative: true)
        case .dayOfMonth(let d):
            guard let c = dayOfMonth(d) else { return nil }
            return make(c, c, .day, Self.isoDay(c), relative: pub != nil && !discourse.isChronology)
        case .monthDayRun(let month, let d, let back):
            guard let y = pickYear(month: month, day: d), let b = CalendarDate(year: y, month: month, day: d) else { return nil }
            let a = b.adding(days: -back)
            return make(a, b, .day, Self.isoDay(a), relative: true)
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
            // CONVENTIONS §6: another anchor can pin a weekday when publication is uncertain.
            if let range = publicationRange, offset == 0, let anchor = discourse.anchorDay,
               anchor >= range.lowerBound.adding(days: -14), anchor <= range.upperBound {
                let back = (anchor.weekday - wd + 7) % 7, forward = (wd - anchor.weekday + 7) % 7
                // The clause's tense decides the side ("will resume on Friday" after a Monday is
                // that week's Friday, "met on Friday" the one before); without one, the nearer.
                let d: CalendarDate
                switch tense {
                case .future: d = anchor.adding(days: forward)
                case .past: d = anchor.adding(days: -back)
                default: d = back <= 3 ? anchor.adding(days: -back) : anchor.adding(days: forward)
                }
                return day(d, relative: false, partOfDay: part)
            }
            guard let d = weekday(wd, offset: offset) else { return nil }
            return day(d, relative: true, partOfDay: part)
        case .weekdayRange(let w1, let w2):
            // Past runs end on/before publication; future runs start on/after it.
            let length = (w2 - w1 + 7) % 7
            if tense == .future {
                guard let start = weekday(w1, offset: 0) else { return nil }
                return make(start, start.adding(days: length), .day, Self.isoDay(start), relative: true)
            }
            // A run under way at publication ("drills running from Monday to Friday", read on the
            // Wednesday) is this week's: its first day is the latest such weekday on or before
            // publication (CONVENTIONS §6), and its last day is not yet past.
            if tense != .past, let start = weekday(w1, offset: 0), let pub, start.adding(days: length) >= pub {
                return make(start, start.adding(days: length), .day, Self.isoDay(start), relative: true)
            }
            guard let end = weekday(w2, offset: 0) else { return nil }
            let start = end.adding(days: -length)
            return make(start, end, .day, Self.isoDay(start), relative: true)
        case .unitRelative(let unit, let n): return unitRelative(unit, n, clip: clip)
        case .ago(let unit, let n):
            if unit == .year, let span = discourse.anchorSpan, span.granularity == .quarter {
                return Self.shiftedYears(span, -n)
            }
            return unitRelative(unit, -n, clip: false)
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
            // "a year earlier" keeps the anchor's unit: the same quarter, month or day a year before.
            if unit == .year, let span = discourse.anchorSpan {
                // A day or week a year away is only known to the year: "a year earlier" is not that precise.
                if span.granularity == .day || span.granularity == .week, let e = span.earliest {
                    return Self.shifted(e, .year, n)
                }
                return Self.shiftedYears(span, n)
            }
            if unit == .day || unit == .week, let widened = widenedFromCoarseAnchor(days: unit == .day ? n : 7 * n, unit: unit) {
                return widened
            }
            let anchored = unit == .day || unit == .week ? discourse.anchorDay ?? discourse.anchorSpan?.earliest
                : discourse.anchorSpan?.earliest ?? discourse.anchorDay
            guard let base = anchored ?? pub else { return nil }
            guard var r = Self.shifted(base, unit, n) else { return nil }
            r.relative = anchored == nil
            return r
        case .anchorWeek(let n):
            if let widened = widenedFromCoarseAnchor(days: 7 * n, unit: .week) { return widened }
            // A week, never a made-up day: the calendar week after (before) the anchor day's.
            let anchored = discourse.anchorDay ?? discourse.anchorSpan?.earliest
            guard let base = anchored ?? pub, var r = Self.shifted(base, .week, n) else { return nil }
            r.relative = anchored == nil
            return r
        case .anchorQuarter(let n):
            if let span = discourse.anchorSpan, let e = span.earliest, span.granularity == .quarter {
                return Self.shifted(e, .quarter, n)
            }
            // "the quarter ended Sept. 30 … the year-ago quarter": the quarter holding that day or month,
            // when it has ended (a quarter is reported after the fact).
            if let span = discourse.anchorSpan, let e = span.earliest, let w = span.width, w <= 31,
               span.granularity == .day || span.granularity == .month,
               let own = Self.shifted(e, .quarter, 0)?.span.latest, pub.map({ own < $0 }) ?? true {
                return Self.shifted(e, .quarter, n)
            }
            if n == 0 {
                guard let pub, var r = Self.shifted(pub, .quarter, -1) else { return nil }
                r.relative = true
                return r
            }
            // Otherwise the latest quarter ended before publication, moved: results news reports it.
            guard let pub, var r = Self.shifted(pub, .quarter, n - 1) else { return nil }
            r.relative = true
            return r
        case .anchorWeekday(let wd, let direction):
            guard let base = discourse.anchorDay ?? pub else { return nil }
            let back = (base.weekday - wd + 7) % 7, forward = (wd - base.weekday + 7) % 7
            let d = direction < 0 ? base.adding(days: back == 0 ? -7 : -back) : base.adding(days: forward == 0 ? 7 : forward)
            return day(d, relative: discourse.anchorDay == nil)
        case .thanksgiving:
            guard let (y, relative) = monthYear(11, .bare) else { return nil }
            let first = CalendarDate.monthBounds(year: y, month: 11).first
            let d = first.adding(days: (4 - first.weekday + 7) % 7 + 21)
            return day(d, relative: relative)
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
            return make(d, d, .day, Self.isoDay(d) + time, relative: context == nil)
        }
    }

    /// The value when nothing can be resolved: X-filled TIMEX3 forms, or the literal value.
    func unresolvedValue(_ meaning: TemporalMeaning) -> String {
        switch meaning {
        case .monthDay(let m, let d, _, _), .monthDayRun(let m, let d, _): return "XXXX-\(Self.pad(m, 2))-\(Self.pad(d, 2))"
        case .month(let m, _): return "XXXX-\(Self.pad(m, 2))"
        case .weekday(let wd, _, _): return "XXXX-WXX-\(wd)"
        case .dayOfMonth(let d): return "XXXX-XX-\(Self.pad(d, 2))"
        case .reference(let r), .duration(let r), .set(let r): return r
        case .season(let s, _): return "XXXX-" + Self.seasonCodes[s]
        case .quarter(let q, _): return "XXXX-Q\(q)"
        case .ago: return "PAST_REF"
        case .unitRelative(_, let n), .anchorUnit(_, let n), .anchorDays(let n), .dayRelative(let n, _), .anchorWeek(let n):
            return n < 0 ? "PAST_REF" : n > 0 ? "FUTURE_REF" : "PRESENT_REF"
        default: return "XXXX"
        }
    }
}
