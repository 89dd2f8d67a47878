import Testing
import DatelineModel
@testable import DatelineExtraction

/// Publication-relative expressions, with publication on Wednesday 2024-04-24 (week Apr 22–28).
@Suite struct TemporalTaggerTestsRelative {
    static let cases: [TemporalCase] = [
        // Weekdays: past → latest on/before pub, future → first on/after pub.
        .init("The minister resigned on Friday.", "Friday", "2024-04-19", "2024-04-19", .day, value: "2024-04-19"),
        .init("The minister spoke on Wednesday in Paris.", "Wednesday", "2024-04-24", "2024-04-24", .day),
        .init("The envoy will arrive on Friday for talks.", "Friday", "2024-04-26", "2024-04-26", .day),
        // A choice of days is a prospect, however far the verb ("are likely to hold …").
        .init("Leaders are likely to hold a meeting on the sidelines of the summit in the northern city of Oslo either Friday or Saturday.",
              "Friday", "2024-04-26", "2024-04-26", .day),
        .init("Leaders are likely to hold a meeting on the sidelines of the summit in the northern city of Oslo either Friday or Saturday.",
              "Saturday", "2024-04-27", "2024-04-27", .day),
        .init("The delegation is departing Friday for Tokyo.", "Friday", "2024-04-26", "2024-04-26", .day),
        .init("The vote is scheduled for Monday next door.", "Monday", "2024-04-29", "2024-04-29", .day),
        .init("Police said the ship was seized last Friday.", "last Friday", "2024-04-19", "2024-04-19", .day),
        .init("They will meet next Tuesday in Geneva.", "next Tuesday", "2024-04-30", "2024-04-30", .day),
        .init("A jet flew close to the bomber on Tuesday night.", "Tuesday night", "2024-04-23", "2024-04-23", .day, value: "2024-04-23TNI"),
        .init("He had called on Sunday evening.", "Sunday evening", "2024-04-21", "2024-04-21", .day, value: "2024-04-21TEV"),
        .init("The two sides held talks on Thursday and Friday.", "Thursday and Friday", "2024-04-18", "2024-04-19", .day),
        .init("Drills ran from Saturday through Monday near the island.", "Saturday through Monday", "2024-04-20", "2024-04-22", .day),
        .init("Talks will run Monday to Wednesday next door.", "Monday to Wednesday", "2024-04-29", "2024-05-01", .day),
        // A run under way at publication is this week's; one already over is the latest that ended.
        .init("Joint drills run from Monday to Friday off the coast.", "Monday to Friday", "2024-04-22", "2024-04-26", .day),
        .init("The exercises run Tuesday through Thursday near the strait.", "Tuesday through Thursday", "2024-04-23", "2024-04-25", .day),
        .init("Drills ran from Monday to Friday off the coast.", "Monday to Friday", "2024-04-15", "2024-04-19", .day),
        .init("Inspections are held on Monday and Tuesday at the port.", "Monday and Tuesday", "2024-04-22", "2024-04-23", .day),
        // A weekday of last, next or this week.
        .init("The envoys met on Tuesday last week in Oslo.", "Tuesday last week", "2024-04-16", "2024-04-16", .day, value: "2024-04-16"),
        .init("The envoys met on Friday of last week in Oslo.", "Friday of last week", "2024-04-19", "2024-04-19", .day),
        .init("The envoys will meet on Monday next week in Oslo.", "Monday next week", "2024-04-29", "2024-04-29", .day),
        .init("The envoys met on Monday this week in Oslo.", "Monday this week", "2024-04-22", "2024-04-22", .day),
        // Weeks.
        .init("The ministry issued the rules this week.", "this week", "2024-04-22", "2024-04-24", .week, value: "2024-W17"),
        .init("The ministry will issue the rules this week.", "this week", "2024-04-24", "2024-04-28", .week),
        .init("Xi hosted the forum last week in Beijing.", "last week", "2024-04-15", "2024-04-21", .week, value: "2024-W16"),
        .init("Advisers arrived in the week before last, officials said.", "the week before last", "2024-04-08", "2024-04-14", .week, value: "2024-W15"),
        .init("The envoy will return the month after next.", "the month after next", "2024-06-01", "2024-06-30", .month, value: "2024-06"),
        .init("Xi will host the forum next week in Beijing.", "next week", "2024-04-29", "2024-05-05", .week, value: "2024-W18"),
        .init("The ban was announced earlier this week.", "earlier this week", "2024-04-22", "2024-04-23", .week),
        .init("The bill passed earlier in the week.", "earlier in the week", "2024-04-22", "2024-04-23", .week),
        .init("The envoy arrived the day before yesterday.", "the day before yesterday", "2024-04-22", "2024-04-22", .day, value: "2024-04-22"),
        .init("The envoy leaves the day after tomorrow.", "the day after tomorrow", "2024-04-26", "2024-04-26", .day, value: "2024-04-26"),
        // "on the 16th" (Asian wire style): a day of publication's month, or of the month before or after by tense.
        .init("The ministers met on the 16th in Seoul.", "the 16th", "2024-04-16", "2024-04-16", .day, value: "2024-04-16"),
        .init("The ministers met on the 26th in Seoul.", "the 26th", "2024-03-26", "2024-03-26", .day),
        .init("The envoy will travel to Seoul on the 28th.", "the 28th", "2024-04-28", "2024-04-28", .day),
        .init("The envoy will travel to Seoul on the 2nd.", "the 2nd", "2024-05-02", "2024-05-02", .day),
        // "the weekend of" a date is dated by that date, not by publication.
        .init("Over the weekend of April 13, forces launched strikes.", "April 13", "2024-04-13", "2024-04-13", .day),
        .init("A vote is expected later this week.", "later this week", "2024-04-25", "2024-04-28", .week),
        // Months.
        .init("Exports slumped this month on weak demand.", "this month", "2024-04-01", "2024-04-24", .month, value: "2024-04"),
        .init("Exports will slump this month on weak demand.", "this month", "2024-04-24", "2024-04-30", .month),
        .init("Beijing tightened the rules last month.", "last month", "2024-03-01", "2024-03-31", .month, value: "2024-03"),
        .init("Beijing will tighten the rules next month.", "next month", "2024-05-01", "2024-05-31", .month, value: "2024-05"),
        .init("The agency charged three firms earlier this month.", "earlier this month", "2024-04-01", "2024-04-23", .month),
        .init("The agency will rule later this month.", "later this month", "2024-04-25", "2024-04-30", .month),
        .init("At the start of the month, prosecutors filed charges.", "the start of the month", "2024-04-01", "2024-04-10", .month),
        .init("Inflation eased late last month, data showed.", "late last month", "2024-03-21", "2024-03-31", .month),
        // Years.
        .init("Purchases rose this year after the truce.", "this year", "2024-01-01", "2024-12-31", .year, value: "2024"),
        .init("Trade fell last year amid tariffs.", "last year", "2023-01-01", "2023-12-31", .year, value: "2023"),
        .init("Trade will recover next year, analysts said.", "next year", "2025-01-01", "2025-12-31", .year),
        .init("He was promoted earlier this year.", "earlier this year", "2024-01-01", "2024-04-23", .year, value: "2024"),
        .init("A summit is planned for later this year.", "later this year", "2024-04-25", "2024-12-31", .year),
        .init("The phase-one deal was signed early last year.", "early last year", "2023-01-01", "2023-04-30", .year),
        .init("Relations soured late last year.", "late last year", "2023-09-01", "2023-12-31", .year),
        .init("Prices have tripled since the start of the year.", "the start of the year", "2024-01-01", "2024-04-24", .year),
        // Counted offsets.
        .init("The port opened two years ago.", "two years ago", "2022-01-01", "2022-12-31", .year, value: "2022"),
        .init("Protests erupted three months ago.", "three months ago", "2024-01-01", "2024-01-31", .month),
        .init("The ship sank two weeks ago.", "two weeks ago", "2024-04-08", "2024-04-14", .week),
        .init("The ship sank five days ago.", "five days ago", "2024-04-19", "2024-04-19", .day),
        .init("The ship sank a year ago.", "a year ago", "2023-01-01", "2023-12-31", .year),
        // Days.
        .init("The ministry confirmed the visit today.", "today", "2024-04-24", "2024-04-24", .day, value: "2024-04-24"),
        .init("The ministry confirmed the visit yesterday.", "yesterday", "2024-04-23", "2024-04-23", .day, value: "2024-04-23"),
        .init("The ministry will confirm the visit tomorrow.", "tomorrow", "2024-04-25", "2024-04-25", .day),
        .init("The minister spoke this morning.", "this morning", "2024-04-24", "2024-04-24", .day, value: "2024-04-24TMO"),
        // Seasons and months relative to publication.
        .init("The drills took place last summer.", "last summer", "2023-06-01", "2023-08-31", .season, value: "2023-SU"),
        .init("The drills will take place this summer.", "this summer", "2024-06-01", "2024-08-31", .season),
        .init("The talks collapsed last winter.", "last winter", "2023-12-01", "2024-02-29", .season),
        .init("The embassy reopened last August.", "last August", "2023-08-01", "2023-08-31", .month, value: "2023-08"),
        .init("In August this year, exports fell.", "August this year", "2024-08-01", "2024-08-31", .month),
        .init("In October last year, Beijing announced curbs.", "October last year", "2023-10-01", "2023-10-31", .month),
    ]

    @Test(arguments: cases)
    func resolves(_ c: TemporalCase) {
        #expect(TemporalFixture.problems(c, publication: TemporalFixture.pub) == [])
    }

    @Test func theWeekendOfADateIsNotAlsoThisWeekend() {
        let texts = TemporalTagger().tag(text: "Over the weekend of April 13, forces launched strikes.",
                                         publication: TemporalFixture.pub).map(\.text)
        #expect(texts == ["April 13"])
    }

    @Test func relativeExpressionsNeedAPublicationDate() throws {
        let x = try #require(TemporalFixture.find("last week", in: "They met last week.", publication: nil))
        #expect(x.span == .undated)
        #expect(!x.datesEvents)
        let y = try #require(TemporalFixture.find("last week", in: "They met last week.", publication: TemporalFixture.pub))
        #expect(y.isRelativeToPublication)
        #expect(y.datesEvents)
    }

    @Test func lastSummerInsideSummerIsThePreviousYear() {
        let pub = PublicationDate(exactly: TemporalFixture.day("2024-07-10"), basis: "metadata")
        let c = TemporalCase("The drills took place last summer.", "last summer", "2023-06-01", "2023-08-31", .season)
        #expect(TemporalFixture.problems(c, publication: pub) == [])
    }

    @Test func thisWeekOnAMondayInThePast() {
        let pub = PublicationDate(exactly: TemporalFixture.day("2024-06-03"), basis: "metadata")
        let c = TemporalCase("Officials met this week.", "this week", "2024-06-03", "2024-06-03", .week)
        #expect(TemporalFixture.problems(c, publication: pub) == [])
    }
}
