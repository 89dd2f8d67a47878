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
}
