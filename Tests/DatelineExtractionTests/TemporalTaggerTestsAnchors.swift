import Testing
import DatelineModel
@testable import DatelineExtraction

/// Anaphoric expressions count from the most recent day-precision date earlier in the document.
@Suite struct TemporalTaggerTestsAnchors {
    struct Chain: CustomStringConvertible, Sendable {
        var sentences: [String]
        var expression: String
        var earliest: String
        var latest: String
        var granularity: Granularity
        var description: String { expression }
    }

    static let chains: [Chain] = [
        .init(sentences: ["Kerry arrived on Tuesday evening.", "The previous day, he met the premier."],
              expression: "The previous day", earliest: "2024-04-22", latest: "2024-04-22", granularity: .day),
        .init(sentences: ["The envoys met on April 5, 2023.", "The following day, drills began."],
              expression: "The following day", earliest: "2023-04-06", latest: "2023-04-06", granularity: .day),
        .init(sentences: ["The envoys met on April 5, 2023.", "Two days after the meeting, drills began."],
              expression: "Two days after", earliest: "2023-04-07", latest: "2023-04-07", granularity: .day),
        .init(sentences: ["The deal was signed on Jan. 15, 2020.", "Tariffs will be cut 30 days after signing."],
              expression: "30 days after", earliest: "2020-02-14", latest: "2020-02-14", granularity: .day),
        .init(sentences: ["On March 14, 2023, the assembly removed the defence minister.", "The same session stripped a former envoy of his post."],
              expression: "The same session", earliest: "2023-03-14", latest: "2023-03-14", granularity: .day),
        .init(sentences: ["The regulator opened a review on March 31, 2023.", "That same week, police raided an office."],
              expression: "That same week", earliest: "2023-03-27", latest: "2023-04-02", granularity: .week),
        .init(sentences: ["The call took place on April 2, 2024.", "Two weeks later, on April 16, they spoke again."],
              expression: "Two weeks later", earliest: "2024-04-16", latest: "2024-04-16", granularity: .day),
        .init(sentences: ["The cut was announced on Dec. 13, 2019.", "Two days later, tariffs were suspended."],
              expression: "Two days later", earliest: "2019-12-15", latest: "2019-12-15", granularity: .day),
        .init(sentences: ["The ban was announced on Dec. 3, 2024.", "The same day, Beijing retaliated."],
              expression: "The same day", earliest: "2024-12-03", latest: "2024-12-03", granularity: .day),
        .init(sentences: ["The envoys met on April 5, 2023.", "The following day, drills began.", "The next day, they ended."],
              expression: "The next day", earliest: "2023-04-07", latest: "2023-04-07", granularity: .day),
        .init(sentences: ["Talks opened on May 3, 2022.", "A week later, they collapsed."],
              expression: "A week later", earliest: "2022-05-10", latest: "2022-05-10", granularity: .day),
        // "The following week" is a calendar week, not a day seven days on.
        .init(sentences: ["Talks opened on Thursday, May 5, 2022.", "The following week, they collapsed."],
              expression: "The following week", earliest: "2022-05-09", latest: "2022-05-15", granularity: .week),
        .init(sentences: ["Talks opened on May 5, 2022.", "The previous week, envoys had met in Oslo."],
              expression: "The previous week", earliest: "2022-04-25", latest: "2022-05-01", granularity: .week),
        // The complement's own day, not the previous sentence's, starts the count.
        .init(sentences: ["The envoys met on Jan. 9.", "The strike came two days after the rebels shelled a port on Saturday."],
              expression: "two days after", earliest: "2024-04-22", latest: "2024-04-22", granularity: .day),
        .init(sentences: ["The envoys met on Jan. 9.", "Troops withdrew a day before the two sides signed a truce on April 18."],
              expression: "a day before", earliest: "2024-04-17", latest: "2024-04-17", granularity: .day),
        .init(sentences: ["The treaty was signed in 2015.", "A year later, it was ratified."],
              expression: "A year later", earliest: "2016-01-01", latest: "2016-12-31", granularity: .year),
        .init(sentences: ["The strike began in March 2021.", "That year, wages rose."],
              expression: "That year", earliest: "2021-01-01", latest: "2021-12-31", granularity: .year),
    ]

    @Test(arguments: chains)
    func resolvesFromTheAnchor(_ chain: Chain) throws {
        let xs = TemporalFixture.document(chain.sentences, publication: TemporalFixture.pub)
        let x = try #require(xs.first { $0.text == chain.expression }, "found \(xs.map(\.text))")
        #expect(x.span.earliest?.iso == chain.earliest)
        #expect(x.span.latest?.iso == chain.latest)
        #expect(x.span.granularity == chain.granularity)
        #expect(!x.isRelativeToPublication)
    }

    @Test func offsetFromAnEventDatesAndWritesAsATimeMLDuration() throws {
        let xs = TemporalFixture.document(["The envoys met on April 5, 2023.", "Two days after the meeting, drills began."],
                                          publication: TemporalFixture.pub)
        let x = try #require(xs.first { $0.text == "Two days after" })
        #expect(x.kind == .date)
        #expect(x.value == "2023-04-07")
        #expect(x.offset?.value == "P2D")
        #expect(x.datesEvents)
        let sentence = "Two days after the meeting, drills began."
        let tagged = TemporalTagger().tag(text: sentence, publication: nil)
        #expect(TimeMLWriter.timeML(text: sentence, expressions: tagged)
            == "<TIMEX3 tid=\"t1\" type=\"DURATION\" value=\"P2D\">Two days</TIMEX3> after the meeting, drills began.")
    }

    @Test func anOffsetAfterAnEventWordCountsFromThatEvent() throws {
        let xs = TemporalFixture.document(["The two leaders signed the pact on Jan. 15, 2020.",
                                           "Tariffs imposed on Sept. 1, 2019 stay in place.",
                                           "Cuts take effect 30 days after signing."], publication: TemporalFixture.pub)
        let x = try #require(xs.first { $0.text == "30 days after" })
        #expect(x.span.earliest?.iso == "2020-02-14")
    }

    @Test func anOffsetCountsFromTheDatedEventNotTheLatestDay() throws {
        let xs = TemporalFixture.document(["The two governments ratified the accord on March 3, 2024.",
                                           "Inspectors visited the port on April 2, 2024.",
                                           "The quota applies 60 days after ratification."], publication: TemporalFixture.pub)
        let x = try #require(xs.first { $0.text == "60 days after" })
        #expect(x.span.earliest?.iso == "2024-05-02")
    }

    @Test func anOffsetFromAnUndatedEventIsNeverCountedFromPublication() throws {
        let xs = TemporalFixture.document(["The quota applies 60 days after ratification."], publication: TemporalFixture.pub)
        let x = try #require(xs.first { $0.text == "60 days after" })
        #expect(!x.span.isDated)
        #expect(!x.datesEvents)
        #expect(x.offset?.value == "P60D")
    }

    @Test func anOffsetFromAMonthMovesTheWholeMonth() throws {
        let xs = TemporalFixture.document(["The envoys met in July 2023.", "A week later, they spoke by video link."],
                                          publication: TemporalFixture.pub)
        let x = try #require(xs.first { $0.text == "A week later" })
        #expect(x.span.earliest?.iso == "2023-07-08")
        #expect(x.span.latest?.iso == "2023-08-07")
        #expect(x.span.granularity == .week)
    }

    @Test func anOffsetFromAYearDatesNothing() throws {
        for sentence in ["A week later, they spoke by video link.", "The following week, they spoke by video link."] {
            let xs = TemporalFixture.document(["The leaders held their first summit in 2013.", sentence],
                                              publication: TemporalFixture.pub)
            let x = try #require(xs.first { $0.text == "A week later" || $0.text == "The following week" })
            #expect(!x.span.isDated, "\(sentence) → \(x.span)")
        }
    }

    @Test func theNextMorningIsTheDayAfterTheAnchor() throws {
        let xs = TemporalFixture.document(["Troops crossed the border on March 3, 2024.", "The next morning, talks began."],
                                          publication: TemporalFixture.pub)
        #expect(xs.first { $0.text == "The next morning" }?.span.earliest?.iso == "2024-03-04")
    }

    @Test func theYearAgoQuarterFollowsTheQuarterEndDay() throws {
        let xs = TemporalFixture.document(["Net fell in the three months ended Sept. 30, 2023.", "Sales beat the year-ago quarter."],
                                          publication: TemporalFixture.pub)
        #expect(xs.first { $0.text == "the year-ago quarter" }?.value == "2022-Q3")
        let alone = TemporalFixture.document(["Sales beat the year-earlier quarter."], publication: TemporalFixture.pub)
        #expect(alone.first { $0.text == "the year-earlier quarter" }?.value == "2023-Q1")
    }

    @Test func theLatestPeriodIsTheReportedQuarter() throws {
        let xs = TemporalFixture.document(["Profit doubled in the third quarter of 2023.", "Sales in the latest period rose."],
                                          publication: TemporalFixture.pub)
        #expect(xs.first { $0.text == "the latest period" }?.value == "2023-Q3")
    }

    @Test func theMeetingFindsTheDayTheyMet() throws {
        let xs = TemporalFixture.document(["Tsai met the speaker on April 5, 2023, in California.",
                                           "She had landed in Los Angeles on April 4.",
                                           "Two days after the meeting, Beijing announced sanctions.",
                                           "The following day, drills began."], publication: TemporalFixture.pub)
        #expect(xs.first { $0.text == "Two days after" }?.span.earliest?.iso == "2023-04-07")
        #expect(xs.first { $0.text == "The following day" }?.span.earliest?.iso == "2023-04-08")
    }

    @Test func anEarlierDateInAnotherClauseDoesNotSetTheYear() {
        let c = TemporalCase("The party lost ground late last year, and voters choose a successor in January, as rivals will watch.",
                             "January", "2025-01-01", "2025-01-31", .month)
        #expect(TemporalFixture.problems(c, publication: TemporalFixture.pub) == [])
    }

    @Test func comparisonsDoNotBecomeAnchors() throws {
        let xs = TemporalFixture.document(["Profit rose in the third quarter of 2023.", "It was lower a year earlier.",
                                           "Sales in the quarter doubled."], publication: TemporalFixture.pub)
        #expect(xs.first { $0.text == "a year earlier" }?.value == "2022-Q3")
        #expect(xs.first { $0.text == "the quarter" }?.value == "2023-Q3")
    }

    @Test func withoutAnAnchorThePreviousDayCountsFromPublication() throws {
        let x = try #require(TemporalFixture.find("The previous day", in: "The previous day, talks failed.", publication: TemporalFixture.pub))
        #expect(x.span.earliest?.iso == "2024-04-23")
        #expect(x.isRelativeToPublication)
    }

    @Test func sinceGivesTheOnsetDate() throws {
        let x = try #require(TemporalFixture.find("June 25", in: "He has not been seen in public since June 25.", publication: TemporalFixture.pub))
        #expect(x.span.earliest?.iso == "2023-06-25")
        #expect(x.span.latest?.iso == "2023-06-25")
    }

    @Test("With no publication date, 'on the 16th' is a day of the narrative's month")
    func dayOfTheNarrativeMonth() throws {
        let x = try #require(TemporalFixture.document(["The envoys met on March 3, 2022.", "The ministers followed on the 16th in Seoul."],
                                                      publication: nil).first { $0.text == "the 16th" })
        #expect(x.span.earliest?.iso == "2022-03-16")
        #expect(!x.isRelativeToPublication)
    }
}
