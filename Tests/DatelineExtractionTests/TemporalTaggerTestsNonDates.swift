import Testing
import DatelineModel
@testable import DatelineExtraction

/// Numbers that are not dates, durations, sets and vague references.
@Suite struct TemporalTaggerTestsNonDates {
    /// Sentences in which nothing may be tagged as a DATE.
    static let decoys: [String] = [
        "Tariffs on $200 billion of goods stay in place.",
        "The levy was cut to 7.5 percent from 15 percent.",
        "Beijing blacklisted 140 companies and 2000 people.",
        "Taiwan ordered 66 F-16 fighters from the US.",
        "The probe was opened under Section 301 of the trade law.",
        "Delegates gathered at COP28 in Dubai.",
        "The 2+2 dialogue was cancelled.",
        "It marked the 10th anniversary of the initiative.",
        "The delegation met on the 16th floor of the ministry.",
        "The vote fell on the 3rd anniversary of the coup.",
        "China promoted its 12-point position paper.",
        "The yuan weakened past 7 per dollar.",
        "A J-11 fighter flew near a B-52 bomber.",
        "Temperatures hit 52.2 degrees Celsius in the valley.",
        "The jet came within 10 feet of the plane.",
        "The army fielded 1500 troops and 2024 vehicles.",
        "Room 1201 of the hotel was searched.",
        "The ship is 1200 meters long.",
        "Call 1-800-2024 for details.",
        "The EP-3 collided with a J-8 fighter.",
        "The fund holds 1,999 bonds worth $2,021 million.",
        "Flight 1549 landed safely.",
        "The minister told NBC's \"This Week\" that talks would go on.",
    ]

    @Test func aQuotedProgrammeTitleIsNotATime() {
        let xs = TemporalTagger().tag(text: "He said on CBS's \"60 Minutes\" that the talks failed.", publication: TemporalFixture.pub)
        #expect(xs.map(\.text) == [])
    }

    @Test func anAgeIsNotADuration() {
        let xs = TemporalTagger().tag(text: "The envoy, 52 years old, retired.", publication: TemporalFixture.pub)
        #expect(xs.map(\.text) == [])
    }

    @Test(arguments: decoys)
    func noDateIsTagged(_ sentence: String) {
        let dates = TemporalTagger().tag(text: sentence, publication: TemporalFixture.pub).filter { $0.kind == .date }
        #expect(dates.map(\.text) == [])
    }

    struct Expectation: CustomStringConvertible, Sendable {
        var sentence: String
        var expression: String
        var kind: TemporalExpression.Kind
        var value: String
        var datesEvents: Bool
        var description: String { expression }
    }

    static let kindsAndValues: [Expectation] = [
        .init(sentence: "Biden made a two-day trip to Hanoi.", expression: "two-day", kind: .duration, value: "P2D", datesEvents: false),
        .init(sentence: "The 18-month tariff war hurt farmers.", expression: "18-month", kind: .duration, value: "P18M", datesEvents: false),
        .init(sentence: "The delegation stayed four days in Beijing.", expression: "four days", kind: .duration, value: "P4D", datesEvents: false),
        .init(sentence: "It ended an 11-day standoff.", expression: "11-day", kind: .duration, value: "P11D", datesEvents: false),
        .init(sentence: "Officials have 60 days to respond.", expression: "60 days", kind: .duration, value: "P60D", datesEvents: false),
        .init(sentence: "He held the job for nearly a decade.", expression: "nearly a decade", kind: .duration, value: "P10Y", datesEvents: false),
        .init(sentence: "Talks lasted more than two hours.", expression: "more than two hours", kind: .duration, value: "PT2H", datesEvents: false),
        .init(sentence: "Trade grew over the past three years.", expression: "the past three years", kind: .duration, value: "P3Y", datesEvents: false),
        .init(sentence: "The forum meets every year in Bali.", expression: "every year", kind: .set, value: "P1Y", datesEvents: false),
        .init(sentence: "The committee meets weekly.", expression: "weekly", kind: .set, value: "P1W", datesEvents: false),
        .init(sentence: "Exports earn $5 billion a year.", expression: "a year", kind: .set, value: "P1Y", datesEvents: false),
        .init(sentence: "Officials meet each Monday.", expression: "each Monday", kind: .set, value: "XXXX-WXX-1", datesEvents: false),
        .init(sentence: "A deal could come soon.", expression: "soon", kind: .date, value: "FUTURE_REF", datesEvents: false),
        .init(sentence: "Talks are expected in the coming weeks.", expression: "the coming weeks", kind: .date, value: "FUTURE_REF", datesEvents: false),
        .init(sentence: "Incidents have multiplied in recent weeks.", expression: "recent weeks", kind: .date, value: "PAST_REF", datesEvents: false),
        .init(sentence: "The envoy recently visited Seoul.", expression: "recently", kind: .date, value: "PAST_REF", datesEvents: false),
        .init(sentence: "Relations are now at a low.", expression: "now", kind: .date, value: "PRESENT_REF", datesEvents: false),
        .init(sentence: "Such deals belong to the past.", expression: "the past", kind: .date, value: "PAST_REF", datesEvents: false),
        .init(sentence: "Output stayed near 2017 levels.", expression: "2017", kind: .date, value: "2017", datesEvents: false),
        .init(sentence: "The meeting started at 8:12 p.m. local time.", expression: "8:12 p.m.", kind: .time, value: "2024-04-24T20:12", datesEvents: false),
        .init(sentence: "Polls will close at 9 a.m. Tuesday.", expression: "9 a.m. Tuesday", kind: .time, value: "2024-04-30T09:00", datesEvents: true),
        // "later than" measures lateness.
        .init(sentence: "The loan arrived in 2021, two years later than promised.", expression: "two years", kind: .duration,
              value: "P2Y", datesEvents: false),
        // "until" ends a state or a term; nothing happens then.
        .init(sentence: "Austria holds the council chair until the end of the month.", expression: "the end of the month",
              kind: .date, value: "2024-04", datesEvents: false),
        .init(sentence: "The truce was extended until May 10.", expression: "May 10", kind: .date, value: "2024-05-10", datesEvents: false),
        // A comparison period is a yardstick.
        .init(sentence: "Tolls fell 40% compared with the same period in 2022.", expression: "2022", kind: .date, value: "2022", datesEvents: false),
        .init(sentence: "Exports fell 21% in March 2023 from a year earlier.", expression: "a year earlier", kind: .date, value: "2022-03",
              datesEvents: false),
        .init(sentence: "Talks opened in March 2023. A year earlier, the envoys had met.", expression: "A year earlier", kind: .date,
              value: "2022-03", datesEvents: true),
        // A bracketed zoned time converts the local one; its day does not date the event.
        .init(sentence: "The rocket lifted off at 6:10 a.m. (2110 GMT Monday) near the coast.", expression: "2110 GMT Monday",
              kind: .time, value: "2024-04-22T21:10", datesEvents: false),
        .init(sentence: "The ceasefire begins at 0600 GMT Friday, officials said.", expression: "0600 GMT Friday",
              kind: .time, value: "2024-04-26T06:00", datesEvents: true),
        .init(sentence: "The offer expires at 5 p.m. EST Nov. 9.", expression: "5 p.m. EST Nov. 9", kind: .time, value: "2024-11-09T17:00", datesEvents: true),
        .init(sentence: "The deadline passed at noon Saturday.", expression: "noon Saturday", kind: .time, value: "2024-04-20T12:00", datesEvents: true),
        .init(sentence: "The boy turned 6 last week; the 6-year-old smiled.", expression: "last week", kind: .date, value: "2024-W16", datesEvents: true),
        .init(sentence: "Rebels hold rallies daily in the capital.", expression: "daily", kind: .set, value: "P1D", datesEvents: false),
        .init(sentence: "Ferries run hourly services to the island.", expression: "hourly", kind: .set, value: "PT1H", datesEvents: false),
        .init(sentence: "The truce needs two more weeks to hold.", expression: "two more weeks", kind: .duration, value: "P2W", datesEvents: false),
        .init(sentence: "The mission won an additional year of funding.", expression: "an additional year", kind: .duration, value: "P1Y", datesEvents: false),
        .init(sentence: "The base will stay for at least 20 more years.", expression: "at least 20 more years", kind: .duration, value: "P20Y", datesEvents: false),
        .init(sentence: "Prices may rise over the next couple of years.", expression: "the next couple of years", kind: .duration, value: "P2Y", datesEvents: false),
        .init(sentence: "The fort was built in the 11th century.", expression: "the 11th century", kind: .date, value: "10", datesEvents: true),
        .init(sentence: "Such wars defined the 20th century.", expression: "the 20th century", kind: .date, value: "19", datesEvents: true),
        .init(sentence: "Pilgrims arrive each July from abroad.", expression: "each July", kind: .set, value: "XXXX-07", datesEvents: false),
        .init(sentence: "The market opens on Sundays near the port.", expression: "Sundays", kind: .set, value: "XXXX-WXX-7", datesEvents: false),
        .init(sentence: "Crowds gather Friday nights in the square.", expression: "Friday nights", kind: .set, value: "XXXX-WXX-5TNI", datesEvents: false),
        .init(sentence: "Dockers staged a day-long strike.", expression: "day-long", kind: .duration, value: "P1D", datesEvents: false),
        .init(sentence: "The ruling ends a decades-long feud.", expression: "decades-long", kind: .duration, value: "PXE", datesEvents: false),
        .init(sentence: "The port faces a several-year delay.", expression: "several-year", kind: .duration, value: "PXY", datesEvents: false),
        .init(sentence: "Sales rose in the current fiscal year.", expression: "the current fiscal year", kind: .date, value: "2024", datesEvents: true),
        .init(sentence: "Output fell in the latest fiscal year.", expression: "the latest fiscal year", kind: .date, value: "2023", datesEvents: true),
        .init(sentence: "Talks lasted 5 1/2 hours in the hall.", expression: "5 1/2 hours", kind: .duration, value: "PT5H30M", datesEvents: false),
        .init(sentence: "The siege lasted 2 1/2 years.", expression: "2 1/2 years", kind: .duration, value: "P2Y6M", datesEvents: false),
        .init(sentence: "Revenue rose in the year ended March 31.", expression: "the year", kind: .duration, value: "P1Y", datesEvents: false),
        .init(sentence: "Costs fell in the fiscal year ending June 30.", expression: "the fiscal year", kind: .duration, value: "P1Y", datesEvents: false),
        .init(sentence: "For the year, exports were flat.", expression: "the year", kind: .date, value: "2024", datesEvents: true),
        .init(sentence: "The firm grew fast in the '80s.", expression: "the '80s", kind: .date, value: "198", datesEvents: true),
        .init(sentence: "Sanctions bit hard in the nineties.", expression: "the nineties", kind: .date, value: "199", datesEvents: true),
        .init(sentence: "Profit rose in the first nine months.", expression: "the first nine months", kind: .duration, value: "P9M", datesEvents: false),
        .init(sentence: "Over the four days, envoys met twice.", expression: "the four days", kind: .duration, value: "P4D", datesEvents: false),
        .init(sentence: "The base closed almost two years ago.", expression: "almost two years ago", kind: .date, value: "2022", datesEvents: true),
        .init(sentence: "Profit beat the 2022 third quarter.", expression: "the 2022 third quarter", kind: .date, value: "2022-Q3", datesEvents: true),
        .init(sentence: "Exports slowed in the last half of 2021.", expression: "the last half of 2021", kind: .date, value: "2021-H2", datesEvents: true),
    ]

    @Test(arguments: kindsAndValues)
    func recognisedWithKindAndValue(_ e: Expectation) throws {
        let x = try #require(TemporalFixture.find(e.expression, in: e.sentence, publication: TemporalFixture.pub),
                             "found \(TemporalTagger().tag(text: e.sentence, publication: TemporalFixture.pub).map(\.text))")
        #expect(x.kind == e.kind)
        #expect(x.value == e.value)
        #expect(x.datesEvents == e.datesEvents)
    }

    @Test func yearAsModifierIsStillADate() throws {
        let x = try #require(TemporalFixture.find("1998", in: "They rely on a 1998 framework for safety.", publication: nil))
        #expect(x.kind == .date)
        #expect(x.datesEvents)
        let act = try #require(TemporalFixture.find("1979", in: "The 1979 Taiwan Relations Act governs ties.", publication: nil))
        #expect(act.value == "1979")
    }

    @Test func todayIsThePublicationDay() throws {
        let x = try #require(TemporalFixture.find("today", in: "The talks end today.", publication: TemporalFixture.pub))
        #expect(x.span == TimeSpan(earliest: TemporalFixture.day("2024-04-24"), latest: TemporalFixture.day("2024-04-24"),
                                   granularity: .day, basis: "relative to publication"))
        #expect(x.datesEvents)
    }

    @Test func emptyAndOddInputDoNotCrash() {
        for text in ["", " ", "—", "1", "May", "last", "the", "2024-", "06/03/", "12:", "$", "Q", "mid-", "\u{0}\u{1}", "🙂 2024 🙂"] {
            _ = TemporalTagger().tag(text: text, publication: TemporalFixture.pub)
            _ = TemporalTagger.tense(of: text, around: 0..<text.utf8.count)
        }
    }
}
