import DatelineModel

/// What a recognised expression says, before it is resolved against publication date, tense and anchors.
enum TemporalMeaning: Hashable, Sendable {
    typealias Unit = TemporalLexicon.Unit

    /// Which year a month, season, quarter or half belongs to.
    enum YearRef: Hashable, Sendable {
        case explicit(Int)
        /// "this year" 0, "last year" -1, "next year" +1.
        case relative(Int)
        /// No year: publication date plus tense (CONVENTIONS §6).
        case bare
        /// "last August": the latest one that ended before publication.
        case last
        /// "next August": the first one that starts after publication.
        case next
        /// "this summer": the one in the publication year.
        case this
        /// "of that year": the year of the discourse anchor.
        case anchored
    }

    /// Part of a period: "early", "mid", "late", "the end of", "earlier this", "later this", "since the start of".
    enum Part: Hashable, Sendable {
        case whole, early, mid, late, earlier, later, sinceStart
    }

    /// An exact day (explicit year).
    case day(CalendarDate)
    /// An explicit range of days.
    case dayRange(CalendarDate, CalendarDate)
    /// Month and day(s) without a year: "Sept. 1", "April 24–26", "March 30 to April 2".
    case monthDay(month: Int, day: Int, endMonth: Int, endDay: Int)
    /// "Saturday through Monday, April 10": the `daysBefore` days before a month-day, through it.
    case monthDayRun(month: Int, day: Int, daysBefore: Int)
    case month(Int, YearRef)
    case year(Int)
    case yearRange(Int, Int)
    /// First year of the decade ("the 1990s" → 1990).
    case decade(Int)
    case century(Int)
    /// Season 0 spring … 3 winter.
    case season(Int, YearRef)
    case quarter(Int, YearRef)
    case half(Int, YearRef)
    /// ISO weekday with optional part of day; `offset` 0 bare (tense decides), -1 "last", +1 "next", 2 "this".
    case weekday(Int, offset: Int, partOfDay: Int)
    /// "Thursday and Friday", "Saturday through Monday": resolved as a run ending on the last weekday.
    case weekdayRange(Int, Int)
    /// "this week" (0), "last month" (-1), "next year" (+1), "two years ago" (-2) relative to publication.
    case unitRelative(Unit, Int)
    /// "two years ago": like `unitRelative`, but "a year ago" after a quarter means that quarter a year before.
    case ago(Unit, Int)
    /// "on the 16th": a day of the month the context gives (the narrative's month, else publication's).
    case dayOfMonth(Int)
    /// "today" 0, "yesterday" -1, "tomorrow" +1, with optional part of day.
    case dayRelative(Int, partOfDay: Int)
    /// "the previous day" -1, "the following day" +1, "two days later" +2, relative to the anchor day.
    case anchorDays(Int)
    /// "two weeks later", "a year earlier", "that same week" (0), relative to the anchor.
    case anchorUnit(Unit, Int)
    /// "the following week" (+1), "the previous week" (-1): the Monday–Sunday week after (before)
    /// the anchor day's, not a day seven days away.
    case anchorWeek(Int)
    /// "the quarter" (0), "the year-earlier quarter" (-4): the discourse's quarter, else the latest ended one.
    case anchorQuarter(Int)
    /// "the previous Friday" (-1), "the following Monday" (+1): that weekday before/after the anchor day.
    case anchorWeekday(Int, Int)
    /// The fourth Thursday of November, year by tense like a month.
    case thanksgiving
    /// "that year" / "the same year".
    case anchorYear
    /// Vague reference: PRESENT_REF, PAST_REF, FUTURE_REF.
    case reference(String)
    /// DURATION with its TIMEX3 value ("P2D").
    case duration(String)
    /// SET with its TIMEX3 value ("P1Y").
    case set(String)
    /// Clock time "8:12 p.m." (minutes since midnight), on the day of the sentence's context.
    case clock(Int)
}

extension TemporalMeaning {
    /// True when the expression alone can date an event (CONVENTIONS §2, §6).
    var datesEvents: Bool {
        switch self {
        case .reference, .duration, .set, .clock: return false
        default: return true
        }
    }

    var kind: TemporalExpression.Kind {
        switch self {
        case .duration: return .duration
        case .set: return .set
        case .clock: return .time
        case .weekday(_, _, let part), .dayRelative(_, let part): return part > 0 ? .time : .date
        default: return .date
        }
    }
}
