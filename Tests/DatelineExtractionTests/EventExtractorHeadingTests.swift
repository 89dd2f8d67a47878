import DatelineModel
import Testing
@testable import DatelineExtraction

/// Timeline entries dated by the heading above them.
@Suite struct EventExtractorHeadingTests {
    static let driver = try! ExtractionDriver(options: ExtractionOptions())

    static func events(_ text: String) -> [Event] {
        driver.build(records: [ArticleRecord(id: "t", path: "t.txt", text: text)]).events
    }

    static let intro = "Border crisis: a timeline\n\nPublished June 15, 2023\n\nHere are the main developments since the crisis began.\n\n"

    @Test("A bare date heading ('April 17:') dates the entry on the line below",
          arguments: ["April 17:\nThe agency announces it will suspend its operations in the country.\n",
                      "April 17:\n\nThe agency announces it will suspend its operations in the country.\n"])
    func bareHeadingDatesTheEntry(entry: String) throws {
        let events = Self.events(Self.intro + entry)
        let event = try #require(events.first { $0.summary.contains("agency") })
        #expect(event.when.earliest == CalendarDate(year: 2023, month: 4, day: 17))
        #expect(event.when.latest == CalendarDate(year: 2023, month: 4, day: 17))
        #expect(events.count == 1, "no event for the heading itself: \(events.map(\.title))")
    }

    @Test("A labelled heading ('- March 22: Capital responds -') dates its entry and gives way to it")
    func labelledHeadingGivesWayToItsEntry() throws {
        let text = Self.intro + """
            - March 22: Capital responds -

            The government responds with a list of 128 products on which it will impose duties.

            - May 19: Signs of a thaw -

            The two countries announce a draft deal a day after negotiations resume.
            """
        let events = Self.events(text)
        #expect(events.count == 2, "\(events.map(\.title))")
        let duties = try #require(events.first { $0.summary.contains("128 products") })
        #expect(duties.when.earliest == CalendarDate(year: 2023, month: 3, day: 22))
        #expect(!duties.title.contains("Capital responds"))
        // An anchor the text cannot place ("a day after negotiations resume") leaves the heading's date.
        let deal = try #require(events.first { $0.summary.contains("draft deal") })
        #expect(deal.when.earliest == CalendarDate(year: 2023, month: 5, day: 19))
    }

    @Test("A heading whose entry retells its date in full is not a second event", arguments: [
        "April 15: Fighting erupts\n\nOn April 15, heavy gunfire and explosions rock the capital, and troops clash.\n",
        "April 2023: Fighting erupts\n\nExplosions rock the capital on April 15, 2023, as troops clash.\n",
    ])
    func retoldHeadingGivesWay(entry: String) throws {
        let events = Self.events(Self.intro + entry)
        #expect(!events.contains { $0.summary.hasPrefix("April") }, "\(events.map(\.summary))")
        #expect(events.contains { $0.summary.contains("Explosions") || $0.summary.contains("explosions") })
    }

    @Test("A dated sentence is no heading, and an entry's own date wins over its heading's")
    func ownDatesWin() throws {
        let text = Self.intro + """
            March 22: Envoys meet in Geneva for talks.

            The two sides signed a truce a day after negotiations resumed.

            - May 19: Signs of a thaw -

            The ministers met again in Oslo on May 20.
            """
        let events = Self.events(text)
        let exchange = try #require(events.first { $0.summary.contains("truce") })
        #expect(!exchange.when.isDated, "dated by a sentence that is no heading: \(exchange.when)")
        let oslo = try #require(events.first { $0.summary.contains("Oslo") })
        #expect(oslo.when.earliest == CalendarDate(year: 2023, month: 5, day: 20))
    }
}
