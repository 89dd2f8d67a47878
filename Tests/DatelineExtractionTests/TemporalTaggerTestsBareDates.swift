import Testing
import DatelineModel
@testable import DatelineExtraction

/// Months and month-days without a year take it from publication (2024-04-24) and tense (CONVENTIONS §6).
@Suite struct TemporalTaggerTestsBareDates {
    static let cases: [TemporalCase] = [
        .init("The tariff was imposed on Sept. 1 on imports.", "Sept. 1", "2023-09-01", "2023-09-01", .day, value: "2023-09-01"),
        .init("The tariff will rise on Sept. 1 on imports.", "Sept. 1", "2024-09-01", "2024-09-01", .day),
        .init("The envoy arrived on April 20 in Seoul.", "April 20", "2024-04-20", "2024-04-20", .day),
        .init("The envoy arrived on April 28 in Seoul.", "April 28", "2023-04-28", "2023-04-28", .day),
        .init("The envoy will arrive on April 20 in Seoul.", "April 20", "2025-04-20", "2025-04-20", .day),
        .init("The envoy met the premier on Jan. 19 for an hour.", "Jan. 19", "2024-01-19", "2024-01-19", .day),
        .init("Officials said the rules took effect Dec. 13.", "Dec. 13", "2023-12-13", "2023-12-13", .day),
        .init("The new rules take effect on July 1.", "July 1", "2024-07-01", "2024-07-01", .day),
        .init("The forum opens on 12 May in Vienna.", "12 May", "2024-05-12", "2024-05-12", .day),
        .init("The talks were held April 15–17 in Rome.", "April 15–17", "2024-04-15", "2024-04-17", .day),
        .init("The talks were held from March 29 to 31 in Rome.", "March 29 to 31", "2024-03-29", "2024-03-31", .day),
        .init("The fair will run from May 30 to June 2 in Rome.", "May 30 to June 2", "2024-05-30", "2024-06-02", .day),
        // A numbered week of a month: its days, counted from the 1st.
        .init("The talks were held in the first week of March.", "the first week of March", "2024-03-01", "2024-03-07", .day),
        .init("Envoys will meet in the third week of July.", "the third week of July", "2024-07-15", "2024-07-21", .day),
        .init("The drills ran in the second week of May 2023.", "the second week of May 2023", "2023-05-08", "2023-05-14", .day),
        .init("Ships sailed in the fourth week of Sept. last year.", "the fourth week of Sept.", "2023-09-22", "2023-09-28", .day),
        // A past month in a clause dated within one year takes that year.
        .init("The office was shut in November 2022 after auditors flagged it in March.", "March", "2022-03-01", "2022-03-31", .month),
        .init("The mission closed in June last year after a vote in February.", "February", "2023-02-01", "2023-02-28", .month),
        // A year in the same phrase holds the day; across a comma it does not.
        .init("At last year's forum in Oslo on May 9, envoys noted the gap.", "May 9", "2023-05-09", "2023-05-09", .day),
        .init("Talks opened in 2021 on March 3 in Vienna.", "March 3", "2021-03-03", "2021-03-03", .day),
        .init("Under a plan approved in 2019 that set no cap, lenders had drawn funds through March 3.", "March 3",
              "2024-03-03", "2024-03-03", .day),
        .init("Ministers met between 10 and 12 May in Accra.", "10 and 12 May", "2023-05-10", "2023-05-12", .day),
        // A year naming a thing ("the 2015 accord") anchors no month after it.
        .init("A clause of the 2015 accord expires in October.", "October", "2024-10-01", "2024-10-31", .month),
        .init("Leaders will meet on 25-26 May in Lisbon.", "25-26 May", "2024-05-25", "2024-05-26", .day),
        .init("Polls were open from 4 to 7 April across the bloc.", "4 to 7 April", "2024-04-04", "2024-04-07", .day),
        .init("Drills were held from Saturday through Monday, April 8, near the coast.", "Saturday through Monday, April 8", "2024-04-06", "2024-04-08", .day),
        // The weekday ending the run names the year's: April 10 was a Monday in 2023, not 2024.
        .init("Drills were held from Saturday through Monday, April 10, near the coast.", "Saturday through Monday, April 10", "2023-04-08", "2023-04-10", .day),
        .init("From Friday through Sunday, April 21, ferries carried pilgrims to the island.", "Friday through Sunday, April 21", "2024-04-19", "2024-04-21", .day),
        .init("From Friday through Sunday, April 28, ferries will carry pilgrims to the island.", "Friday through Sunday, April 28", "2024-04-26", "2024-04-28", .day),
        // "since" marks an onset, which lies in the past whatever the verb; states are no timetable.
        .init("Tensions remain high since July along the border.", "July", "2023-07-01", "2023-07-31", .month),
        .init("Both men remain in custody after their arrest in October.", "October", "2023-10-01", "2023-10-31", .month),
        // A date inside an inserted clause does not anchor the main clause.
        .init("Malta, invited in June 2022, will join the zone on Jan. 1 next to Cyprus.", "Jan. 1", "2025-01-01", "2025-01-01", .day),
        // No tense: a date ahead must be clearly nearer than the one behind (news reports the past).
        .init("Inquiry into the October bombing of the embassy.", "October", "2023-10-01", "2023-10-31", .month),
        .init("Inquiry into the Oct. 20 bombing of the embassy.", "Oct. 20", "2023-10-20", "2023-10-20", .day),
        .init("Her scheduled tour in June would have profited from the new visa rules.", "June", "2023-06-01", "2023-06-30", .month),
        .init("Her scheduled tour in June will profit from the new visa rules.", "June", "2024-06-01", "2024-06-30", .month),
        // An event noun after a determiner and a modifier is no timetable verb ("a failed visit").
        .init("The envoy, keen to mend ties after a failed visit to Oslo in March, met officials.", "March", "2024-03-01", "2024-03-31", .month),
        .init("After a state visit to Lima in February, the envoy met officials.", "February", "2024-02-01", "2024-02-29", .month),
        .init("The ministers visit Oslo in June for the first time.", "June", "2024-06-01", "2024-06-30", .month),
        .init("The army withdrew in March, and citizens elect a new parliament in February.", "February", "2025-02-01", "2025-02-28", .month),
        .init("Exports fell in May after the curbs.", "May", "2023-05-01", "2023-05-31", .month, value: "2023-05"),
        .init("Exports fell in April after the curbs.", "April", "2024-04-01", "2024-04-30", .month),
        .init("Exports fell in March after the curbs.", "March", "2024-03-01", "2024-03-31", .month),
        .init("Elections will be held in November nationwide.", "November", "2024-11-01", "2024-11-30", .month, value: "2024-11"),
        .init("Elections will be held in January nationwide.", "January", "2025-01-01", "2025-01-31", .month),
        .init("The curbs will be reviewed in April by the ministry.", "April", "2024-04-01", "2024-04-30", .month),
        .init("He vanished in late June after a trip.", "late June", "2023-06-21", "2023-06-30", .month, value: "2023-06"),
        .init("He vanished in mid-July after a trip.", "mid-July", "2023-07-11", "2023-07-20", .month),
        .init("Talks stalled in early April over tariffs.", "early April", "2024-04-01", "2024-04-10", .month),
        .init("Talks were suspended in late December over tariffs.", "late December", "2023-12-21", "2023-12-31", .month),
        .init("He was appointed at the end of December last year.", "the end of December last year", "2023-12-21", "2023-12-31", .month),
        .init("He was appointed by the end of December.", "the end of December", "2023-12-21", "2023-12-31", .month),
        .init("The pact was renewed in the summer.", "the summer", "2023-06-01", "2023-08-31", .season),
        .init("Sales fell in the third quarter on weak demand.", "the third quarter", "2023-07-01", "2023-09-30", .quarter, value: "2023-Q3"),
        .init("Sales fell in the first quarter on weak demand.", "the first quarter", "2024-01-01", "2024-03-31", .quarter),
        .init("Talks broke down at end of December.", "end of December", "2023-12-21", "2023-12-31", .month),
        .init("Drills took place in summer of 2022.", "summer of 2022", "2022-06-01", "2022-08-31", .season),
        .init("The truce collapsed on Christmas Day.", "Christmas Day", "2023-12-25", "2023-12-25", .day),
        .init("Troops will be home by Christmas.", "Christmas", "2024-12-25", "2024-12-25", .day),
        .init("Fireworks were banned on New Year's Eve.", "New Year's Eve", "2023-12-31", "2023-12-31", .day),
        .init("The ferry sank on Thanksgiving Day.", "Thanksgiving Day", "2023-11-23", "2023-11-23", .day),
        .init("Sales were weak in this year's first quarter.", "this year's first quarter", "2024-01-01", "2024-03-31", .quarter),
    ]

    @Test(arguments: cases)
    func resolves(_ c: TemporalCase) {
        #expect(TemporalFixture.problems(c, publication: TemporalFixture.pub) == [])
    }

    @Test func bareDatesWithoutPublicationAreRecognisedButUndated() throws {
        let x = try #require(TemporalFixture.find("Sept. 1", in: "The tariff was imposed on Sept. 1.", publication: nil))
        #expect(x.span == .undated)
        #expect(x.value == "XXXX-09-01")
        #expect(!x.datesEvents)
    }

    @Test func futureMonthDayFollowsAnEarlierDateInTheSentence() {
        let pub = PublicationDate(exactly: TemporalFixture.day("2024-12-05"), basis: "metadata")
        let c = TemporalCase("In October last year, the ministry said it would require permits from Dec. 1.",
                             "Dec. 1", "2023-12-01", "2023-12-01", .day)
        #expect(TemporalFixture.problems(c, publication: pub) == [])
    }

    @Test func pastMonthDayAfterAnEarlierDateInTheClause() {
        let pub = PublicationDate(exactly: TemporalFixture.day("2024-12-05"), basis: "metadata")
        let c = TemporalCase("In October last year it added graphite, with permits required from Dec. 1.",
                             "Dec. 1", "2023-12-01", "2023-12-01", .day)
        #expect(TemporalFixture.problems(c, publication: pub) == [])
    }

    @Test func monthOfThatYearUsesTheDiscourseYear() {
        let xs = TemporalFixture.document(["The governor toured the region in the summer of 2019.",
                                           "In August of that year, he resigned."], publication: TemporalFixture.pub)
        let august = xs.first { $0.text == "August of that year" }
        #expect(august?.span.earliest?.iso == "2019-08-01")
        #expect(august?.span.latest?.iso == "2019-08-31")
        #expect(august?.span.granularity == .month)
    }
}

extension TemporalTaggerTestsBareDates {
    @Test func aWeekdayBesideAMonthDayPicksTheYear() {
        // Published Friday 2024-04-26: Saturday, April 27 is 2024 even in a past-tense sentence.
        let pub = PublicationDate(exactly: TemporalFixture.day("2024-04-26"), basis: "metadata")
        let c = TemporalCase("The paper said in an editorial on Saturday, April 27: no.", "Saturday, April 27",
                             "2024-04-27", "2024-04-27", .day)
        #expect(TemporalFixture.problems(c, publication: pub) == [])
    }
}
