import Testing
import DatelineModel
@testable import DatelineExtraction

/// With only a publication range, relative expressions resolve to the union over every possible day.
@Suite struct TemporalTaggerTestsPublicationRange {
    /// Known only from a copyright line: 2023-04-10 … 2023-12-31.
    static let copyrightYear = TemporalFixture.range("2023-04-10", "2023-12-31")
    /// Pinned to one week: Tuesday 2024-12-03 … Sunday 2024-12-08.
    static let oneWeek = TemporalFixture.range("2024-12-03", "2024-12-08")

    static let yearCases: [TemporalCase] = [
        .init("He was elected earlier this year.", "earlier this year", "2023-01-01", "2023-12-30", .year),
        .init("Relations soured late last year.", "late last year", "2022-09-01", "2022-12-31", .year),
        .init("A visit is planned in January.", "January", "2024-01-01", "2024-01-31", .month),
        .init("Drills were held in late March.", "late March", "2023-03-21", "2023-03-31", .month),
        .init("Trade fell last year.", "last year", "2022-01-01", "2022-12-31", .year),
        .init("Prices rose this year.", "this year", "2023-01-01", "2023-12-31", .year),
        .init("The treaty was signed on April 5, 2023.", "April 5, 2023", "2023-04-05", "2023-04-05", .day),
    ]

    static let weekCases: [TemporalCase] = [
        .init("The ban was announced this week.", "this week", "2024-12-02", "2024-12-08", .week),
        .init("Officials met last week.", "last week", "2024-11-25", "2024-12-01", .week),
        .init("Prices will rise next month.", "next month", "2025-01-01", "2025-01-31", .month),
        .init("The curbs were tightened on Tuesday.", "Tuesday", "2024-12-03", "2024-12-03", .day),
        .init("The ministry spoke on Monday.", "Monday", "2024-12-02", "2024-12-02", .day),
        .init("The ministry spoke on Friday.", "Friday", "2024-11-29", "2024-12-06", .day),
    ]

    @Test func aNearbyAnchorPinsAWeekday() throws {
        let xs = TemporalFixture.document(["Drills ran from Saturday through Monday, April 10.", "On Monday, the final day, jets flew."],
                                          publication: Self.copyrightYear)
        let monday = try #require(xs.last { $0.text == "Monday" })
        #expect(monday.span.earliest?.iso == "2023-04-10")
        #expect(monday.span.latest?.iso == "2023-04-10")
    }

    @Test("The weekday ending a run picks the month-day's year inside a publication range", arguments: [
        ("Drills ran from Saturday through Monday, April 10.", "Saturday through Monday, April 10", "2023-04-08", "2023-04-10"),
        ("Talks ran from Thursday to Saturday, March 4.", "Thursday to Saturday, March 4", "2023-03-02", "2023-03-04"),
    ])
    func aWeekdayRunPicksItsYear(_ sentence: String, _ text: String, _ earliest: String, _ latest: String) throws {
        // (Publication between April 5, 2023 and the year's end: April 10 alone could be 2022's or 2023's.)
        let xs = TemporalTagger().tag(text: sentence, publication: TemporalFixture.range("2023-04-05", "2023-12-31"))
        let run = try #require(xs.first { $0.text == text })
        #expect(run.span.earliest?.iso == earliest)
        #expect(run.span.latest?.iso == latest)
    }

    @Test("An anchored weekday lies on the side its clause's tense says", arguments: [
        ("Envoys will meet again on Friday.", "2023-04-14"),
        ("Envoys met again on Friday.", "2023-04-07"),
    ])
    func anAnchoredWeekdayFollowsTense(_ sentence: String, _ expected: String) throws {
        let xs = TemporalFixture.document(["Drills ended on Monday, April 10.", sentence], publication: Self.copyrightYear)
        let friday = try #require(xs.last { $0.text == "Friday" })
        #expect(friday.span.earliest?.iso == expected)
        #expect(friday.span.latest?.iso == expected)
    }

    @Test func anOldAnchorDoesNotPinAWeekday() throws {
        let xs = TemporalFixture.document(["The treaty was signed on May 3, 1999.", "On Monday, officials met."],
                                          publication: Self.oneWeek)
        let monday = try #require(xs.last { $0.text == "Monday" })
        #expect(monday.span.earliest?.iso == "2024-12-02")
    }

    @Test func anOffsetInAppositionDoesNotDate() throws {
        let xs = TemporalTagger().tag(text: "On Dec. 1, 2024, two days before this week's ban, firms hoarded stock.",
                                      publication: Self.oneWeek)
        let offset = try #require(xs.first { $0.text == "two days before" })
        #expect(!offset.datesEvents)
        #expect(xs.first { $0.text == "Dec. 1, 2024" }?.datesEvents == true)
    }

    @Test("An offset set off after the sentence's own day places its complement, not the main clause",
          arguments: ["The navy fired a missile on Tuesday, officials said, a day after resuming drills.",
                      "The envoy arrived on Tuesday, two days after the ceasefire took hold."])
    func anOffsetAfterTheSentencesDayDoesNotDate(_ sentence: String) throws {
        let xs = TemporalTagger().tag(text: sentence, publication: Self.oneWeek)
        let offset = try #require(xs.first { $0.text.hasSuffix(" after") })
        #expect(!offset.datesEvents, "\(offset.text) → \(offset.span)")
        #expect(xs.first { $0.text == "Tuesday" }?.datesEvents == true)
    }

    @Test(arguments: ["Drills began a day after Macron ended a visit.",
                      "Air defences downed drones over four regions a day after its attack on the capital.",
                      "Troops withdrew a week after their offensive stalled."])
    func anOffsetAfterAClauseIsAPlainDuration(_ sentence: String) throws {
        let xs = TemporalTagger().tag(text: sentence, publication: Self.oneWeek)
        let x = try #require(xs.first { $0.text.hasPrefix("a day") || $0.text.hasPrefix("a week") })
        #expect(!x.datesEvents, "\(x.text) → \(x.span)")
    }

    @Test(arguments: yearCases)
    func copyrightYearRange(_ c: TemporalCase) {
        #expect(TemporalFixture.problems(c, publication: Self.copyrightYear) == [])
    }

    @Test(arguments: weekCases)
    func oneWeekRange(_ c: TemporalCase) {
        #expect(TemporalFixture.problems(c, publication: Self.oneWeek) == [])
    }
}
