import Testing
import DatelineModel
@testable import DatelineExtraction

/// A chronology's dates without a year continue its narrative, not publication, which may come years later.
@Suite struct TemporalTaggerTestsChronology {
    /// Published long after the dispute it lists: Friday, September 15, 2023.
    static let pub = PublicationDate(exactly: TemporalFixture.day("2023-09-15"), basis: "metadata")

    static let chronology = [
        "Key dates in the grain dispute",
        "On October 2, 2021, the ministry orders a halt to grain exports after a poor harvest.",
        "Traders blame the port authority, which has run the docks since 2015.",
        "Ten days later, neighbouring states protest at the regional council.",
        "On November 20, the council declares the halt unlawful, but shipments stay blocked.",
        "In February 2022, an inquiry says officials took bribes in December.",
        "On March 14, the minister admits the halt was a mistake, then resigns.",
        "The ports reopen in late June, before the new harvest.",
        "On July 8, the first ship in nine months sails for the coast.",
    ]

    static func expression(_ text: String, in sentences: [String], publication: PublicationDate) throws -> TemporalExpression {
        try #require(TemporalFixture.document(sentences, publication: publication).first { $0.text == text })
    }

    @Test("An entry without a year follows the entry before it", arguments: [
        ("November 20", "2021-11-20", "2021-11-20"),
        ("March 14", "2022-03-14", "2022-03-14"),
        ("late June", "2022-06-21", "2022-06-30"),
        ("July 8", "2022-07-08", "2022-07-08"),
    ])
    func entryFollowsNarrative(_ text: String, _ earliest: String, _ latest: String) throws {
        let x = try Self.expression(text, in: Self.chronology, publication: Self.pub)
        #expect(x.span.earliest?.iso == earliest)
        #expect(x.span.latest?.iso == latest)
    }

    /// Entries with no written year at all, in the historical present; published on 2023-09-15.
    static let yearlessList = [
        "Timeline of the port dispute",
        "October 2 - The ministry orders a halt to grain exports after a poor harvest.",
        "October 12 - Neighbouring states protest at the regional council.",
        "November 20 - The council declares the halt unlawful.",
        "December 1 - The minister resigns over the halt.",
    ]

    @Test("A list's entries in the present tense are past", arguments: [
        ("October 2", "2022-10-02"), ("November 20", "2022-11-20"), ("December 1", "2022-12-01"),
    ])
    func yearlessEntriesArePast(_ text: String, _ day: String) throws {
        let x = try Self.expression(text, in: Self.yearlessList, publication: Self.pub)
        #expect(x.span.earliest?.iso == day)
    }

    @Test("A dated list's entries bound publication from below, whatever their verb's tense")
    func listEntriesAreReportedPast() {
        let list = [
            "How the pact came together",
            "May 2021 - The prime minister presents the proposal to the security committee.",
            "June 2021 - Leaders meet on the sidelines of the summit and agree to a deal.",
            "December 2022 - Ministers meet their counterparts in Washington.",
            "March 2023 - The three leaders unveil the plan.",
        ]
        let tagger = TemporalTagger()
        let observations = tagger.datedObservations(parsed: list.map { TemporalTagger.ParsedSentence($0) })
        #expect(observations.count == 4)
        #expect(observations.allSatisfy { $0.tense != .future }, "\(observations.map(\.tense))")
        #expect(PublicationBounds(observations).earliest?.iso == "2023-03-31")
        #expect(PublicationBounds(observations).latest == nil)
    }

    @Test("Outside a list, a present-tense date ahead of publication stays ahead")
    func presentTenseOutsideAListLooksAhead() throws {
        let x = try Self.expression("October 2", in: ["Ministers gather", "October 2 - The ministers gather for the summit."],
                                    publication: Self.pub)
        #expect(x.span.earliest?.iso == "2023-10-02")
    }

    @Test("Year headings set the year of the entries under them, even with no publication date", arguments: [
        ("Jan 22", "2018-01-22"), ("Sept 24", "2018-09-24"), ("Aug 1", "2019-08-01"), ("Oct 11", "2019-10-11"),
    ])
    func yearHeadings(_ text: String, _ day: String) throws {
        let sentences = ["Here is a timeline of the dispute:", "2018", "• Jan 22: The ministry imposes duties on solar panels.",
                         "• Sept 24: Duties on farm goods take effect.", "2019", "• Aug 1: Envoys meet in Geneva.",
                         "• Oct 11: The two sides announce a partial deal."]
        #expect(TemporalTagger.isChronology(sentences.map { TemporalTagger.ParsedSentence($0) }))
        let x = try #require(TemporalFixture.document(sentences, publication: nil).first { $0.text == text })
        #expect(x.span.earliest?.iso == day)
        #expect(x.span.latest?.iso == day)
    }

    @Test func itIsAChronology() {
        let parsed = Self.chronology.map { TemporalTagger.ParsedSentence($0) }
        #expect(TemporalTagger.isChronology(parsed))
    }

    @Test("News that opens a few sentences with dates is no chronology", arguments: [
        // Three openers only.
        ["On October 2, 2021, the ministry halted exports.", "On November 20, the council objected.",
         "On March 14, the minister resigned.", "Traders were relieved.", "Prices fell."],
        // Weekdays and deictic openers are ordinary news.
        ["On Monday, the ministry halted exports.", "On Tuesday, the council objected.", "Last week, traders protested.",
         "On Friday, the minister resigned.", "This week, ports reopened."],
        // Written years that run backwards: dated asides, not a list of entries.
        ["On September 26, 2021, officials met.", "On Apr. 5, ministers spoke.", "In September 2019, envoys met.",
         "On Feb. 15, talks resumed.", "In early October, a deal was signed."],
        // No written year to set the narrative's.
        ["On May 5, troops clashed.", "On May 9, they clashed again.", "On May 18, the ministry protested.",
         "On May 21, envoys met.", "On June 2, talks opened."],
        // Four openers among twenty sentences.
        ["On October 2, 2021, the ministry halted exports.", "On November 20, the council objected.",
         "On March 14, the minister resigned.", "In June, ports reopened."]
            + Array(repeating: "Traders said the decision hurt farmers.", count: 16),
    ])
    func notAChronology(_ sentences: [String]) {
        #expect(!TemporalTagger.isChronology(sentences.map { TemporalTagger.ParsedSentence($0) }))
    }

    @Test func ordinaryNewsCountsFromPublication() throws {
        // An old date, then a recent one without a year: publication decides, not the old date.
        let sentences = ["The treaty was signed on May 3, 1999.", "On April 26, the ministers met in Geneva.",
                         "They will meet again next month."]
        let x = try Self.expression("April 26", in: sentences, publication: Self.pub)
        #expect(x.span.earliest?.iso == "2023-04-26")
    }

    @Test func aDateInsideAnEntryDoesNotMoveTheNarrative() throws {
        // "…took bribes in December" looks back from February 2022; the next entry still follows February.
        let x = try Self.expression("March 14", in: Self.chronology, publication: Self.pub)
        #expect(x.span.earliest?.year == 2022)
    }

    @Test func anEntryNeverLandsAfterPublication() throws {
        // Published in May 2022: a past "July 8" after the March entry would lie ahead; publication decides.
        let pub = PublicationDate(exactly: TemporalFixture.day("2022-05-02"), basis: "metadata")
        let sentences = Array(Self.chronology.prefix(7)) + ["On July 8, the first ship in nine months sailed for the coast."]
        let x = try Self.expression("July 8", in: sentences, publication: pub)
        #expect(x.span.earliest?.iso == "2021-07-08")
    }
}
