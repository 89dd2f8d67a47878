import DatelineModel
import Testing
@testable import DatelineExtraction

/// The analyzer's own decisions, seen through whole (invented) articles run by the driver.
@Suite struct DocumentAnalyzerTests {
    static let driver = try! ExtractionDriver(options: ExtractionOptions())

    static func timeline(_ text: String) -> Timeline {
        driver.build(records: [ArticleRecord(id: "t", path: "t.txt", text: text)])
    }

    @Test("A weekday known only within a range does not pin the next weekday to one day")
    func repeatedWeekdayUnderCopyrightYear() throws {
        let text = """
            Envoys regroup

            The envoy met his rivals on Friday in Vienna.

            (Wire) — The envoy met his rivals on Friday in Vienna, aides said.

            © 2021 Example Wire
            """
        let events = Self.timeline(text).events.filter { $0.when.isDated }
        let spans = events.flatMap(\.mentions).compactMap(\.when)
        #expect(spans.count == 2)
        for span in spans { #expect(span.earliest != span.latest, "a made-up day: \(span)") }
    }

    @Test("With no date line, a past day starts the reporting window; a past year alone dates nothing after it",
          arguments: [("Talks between the neighbours have stalled since 2011.", nil as String?),
                      ("Talks between the neighbours stalled in March 2011.", "2011-03-31"),
                      // The onset of a state that still holds is no recent happening.
                      ("The editor, who has been detained since March 2011, denied the charges.", nil),
                      ("Talks between the neighbours stalled on March 4, 2011.", "2011-03-04")])
    func reportingWindowNeedsAPastDayOrMonth(background: String, earliest: String?) throws {
        let text = "Leaders hold first summit in years\n\n" + background
            + " The two leaders held talks on Friday in the capital.\n"
        let timeline = Self.timeline(text)
        let published = timeline.documents.first?.published
        #expect(published?.earliest.iso == earliest)
        let friday = try #require(timeline.events.first { $0.summary.contains("Friday") })
        #expect(friday.when.isDated == (earliest != nil))
    }

    @Test("A dated caption taken for the headline still bounds publication")
    func headlineDateBoundsPublication() throws {
        let text = """
            The two ministers shake hands in Hanoi on May 7, 2023./ Source: Example Agency

            The two ministers held talks in Hanoi on Sunday and agreed to meet again.
            """
        let timeline = Self.timeline(text)
        let published = try #require(timeline.documents.first?.published)
        #expect(published.earliest == CalendarDate(year: 2023, month: 5, day: 7))
        let event = try #require(timeline.events.first)
        #expect(event.when.earliest == CalendarDate(year: 2023, month: 5, day: 7))
    }

    @Test("A dated wire photo caption bounds publication though it is page furniture")
    func dateInCaptionBoundsPublication() throws {
        let text = """
            Leaders agree to resume military talks

            The two presidents shake hands before talks near the capital, November 15, 2023. (Reuters/Jane Doe)

            The two presidents agreed on Wednesday to resume military talks, officials said.

            Military contacts were severed in August 2022.
            """
        let timeline = Self.timeline(text)
        let published = try #require(timeline.documents.first?.published)
        #expect(published.earliest == CalendarDate(year: 2023, month: 11, day: 15))
        #expect(!timeline.events.contains { $0.summary.contains("Reuters/") }, "a caption is no event")
    }

    @Test("Past days named by their weekday close the assumed window at the week of the latest one",
          arguments: [("Wednesday", "2023-11-15", "2023-11-21"), ("Friday", "2023-11-15", "2023-12-15")])
    func weekdayOfTheLatestDayClosesTheWindow(weekday: String, earliest: String, latest: String) throws {
        let text = """
            Leaders agree to resume military talks

            The two presidents agreed on \(weekday) to resume military talks, officials said.

            A photograph showed the two presidents at the estate on November 15, 2023.
            """
        let published = try #require(Self.timeline(text).documents.first?.published)
        #expect(published.earliest.iso == earliest)
        #expect(published.latest.iso == latest)
    }

    @Test("A quote attributed to 'she' goes to the person named just before")
    func pronounSpeakerIsTheLastPersonNamed() throws {
        let text = """
            Ministers agree to keep talking

            Published March 5, 2024

            Foreign Minister Lena Ortiz arrived in Seoul on Sunday for talks with her counterpart.

            "We agreed to strengthen our ties and to keep talking," she said after the talks on Monday.
            """
        let timeline = Self.timeline(text)
        let quote = try #require(timeline.events.flatMap(\.quotes).first)
        #expect(quote.speaker == "Lena Ortiz")
    }

    @Test("A clock time, with its 'local time', is no part of a title", arguments: [
        "The army said the missile was launched from the border area around 2:55 p.m. local time on Sunday.",
        "The missile was fired around 1:47 a.m. (5:47 p.m. Saturday GMT) and fell outside the zone.",
    ])
    func clockTimeLeavesTheTitle(sentence: String) throws {
        let text = "Missile launch reported\n\nPublished January 15, 2024\n\n" + sentence + "\n"
        let event = try #require(Self.timeline(text).events.first)
        #expect(!event.title.contains("around") && !event.title.contains("local time"), "\(event.title)")
        #expect(event.title.lowercased().contains("missile"), "\(event.title)")
    }

    @Test func localTimeAfterAClock() {
        let text = "around 2:55 p.m. Local Time on Sunday"
        #expect(DocumentAnalyzer.localTimeEnd(after: 16, in: text) == 27)
        #expect(DocumentAnalyzer.localTimeEnd(after: 27, in: text) == 27)
        #expect(DocumentAnalyzer.localTimeEnd(after: 100, in: text) == 100)
    }

    @Test("A wire dateline dates the article: its date is no event, its place no title",
          arguments: ["PARIS, Aug 24, 2022 (AFP) - ", "Paris, Aug 24, 2022 (AFP) - ", "PARIS, Aug 24, 2022 — "])
    func wireDatelineIsNoEventAndNoSubject(dateline: String) throws {
        let text = "Key dates in the war\n\n" + dateline + "The northern region erupted in violence in November 2020.\n"
        let timeline = Self.timeline(text)
        let published = try #require(timeline.documents.first?.published)
        #expect(published.earliest == CalendarDate(year: 2022, month: 8, day: 24))
        #expect(timeline.events.count == 1)
        let event = try #require(timeline.events.first)
        #expect(event.when.label == "Nov 2020")
        #expect(!event.title.uppercased().hasPrefix("PARIS"), "title: \(event.title)")
    }

    @Test("A day the publication range lets the text place bounds publication from below", arguments: [
        ("Drills ran from Saturday through Monday, April 10, around the island.", "copyright_year"),
        ("On Monday, April 10, the last of the ships sailed home.", "copyright_year"),
    ])
    func pinnedPastDayNarrowsPublication(_ sentence: String, _ basis: String) throws {
        let text = "Strait drills\n\nThe envoys met in Los Angeles on April 5, 2023. " + sentence + "\n\n© 2023 Example Wire\n"
        let published = try #require(Self.timeline(text).documents.first?.published)
        #expect(published.basis == basis)
        #expect(published.earliest == CalendarDate(year: 2023, month: 4, day: 10))
        #expect(published.latest == CalendarDate(year: 2023, month: 12, day: 31))
    }

    @Test("A year heading over timeline entries is no event; every event has a title")
    func yearHeadingIsNoEvent() throws {
        let text = "Key dates\n\n2018\n\nJan 22: The ministry imposes duties on solar panels.\n\n"
            + "March 8: The ministry raises duties on steel.\n\n2019\n\nAug 1: Envoys meet in Geneva.\n\n"
            + "Oct 11: The two sides sign a partial deal.\n\n1990s ?\n"
        let timeline = Self.timeline(text)
        #expect(!timeline.events.contains { $0.summary == "2018" || $0.summary == "2019" })
        #expect(timeline.events.contains { $0.when.earliest == CalendarDate(year: 2019, month: 8, day: 1) })
        #expect(timeline.events.allSatisfy { !$0.title.trimmingCharacters(in: .whitespaces).isEmpty })
    }

    @Test("A fronted phrase ending in the date does not become the title of an event without a trigger")
    func frontedDatePhraseIsNoTitle() throws {
        let text = "Border crisis\n\nPublished June 22, 2020\n\nOn the night of June 15, the army faced its worst crisis since the war in 1999.\n"
        let event = try #require(Self.timeline(text).events.first { $0.when.earliest == CalendarDate(year: 2020, month: 6, day: 15) })
        #expect(event.title.lowercased().contains("army faces"), "title: \(event.title)")
    }

    @Test("A future day never narrows publication")
    func futureDayDoesNotNarrow() throws {
        let text = "Strait drills\n\nThe envoys met in Los Angeles on April 5, 2023. They will meet again on Monday, April 10.\n\n© 2023 Example Wire\n"
        let published = try #require(Self.timeline(text).documents.first?.published)
        #expect(published.earliest == CalendarDate(year: 2023, month: 4, day: 5))
    }

    @Test("\"(c) 2021\" is a copyright line: it dates the article and is not an event")
    func parenthesisedCopyright() throws {
        let timeline = Self.timeline("Envoys regroup\n\nThe envoy met his rivals in Vienna on March 3, 2021.\n\n(c) 2021 Example Wire\n")
        #expect(timeline.documents.first?.published?.basis == "copyright_year")
        #expect(timeline.events.allSatisfy { !$0.summary.contains("Example Wire") })
    }

    @Test("Each event of a listing sentence keeps the issues of its own stretch")
    func listedEventsKeepTheirOwnIssues() throws {
        let text = """
            A rocky year

            Ties were strained by the minister's visit to Kyiv in May 2023 and the hacking incident in July 2023.

            © 2024 Example Wire
            """
        let events = Self.timeline(text).events
        let visit = try #require(events.first { $0.when.earliest?.month == 5 })
        let incident = try #require(events.first { $0.when.earliest?.month == 7 })
        #expect(visit.issues.contains("russia-ukraine"))
        #expect(incident.issues.contains("espionage"))
        #expect(!incident.issues.contains("russia-ukraine"), "\(incident.issueEvidence)")
        #expect(!visit.issues.contains("espionage"), "the later item's words are its own: \(visit.issueEvidence)")
    }

    @Test("A clause joined by a comma, not a list's 'and', still counts for the event before it")
    func aQualifyingClauseKeepsCounting() throws {
        let text = """
            Quiet channels

            Contacts stayed frozen through 2022, even as the navy held drills near Taiwan in June 2022.

            © 2023 Example Wire
            """
        let events = Self.timeline(text).events
        let frozen = try #require(events.first { $0.when.granularity == .year })
        #expect(frozen.issues.contains("taiwan"), "\(frozen.issueEvidence)")
    }

    @Test("A lead paragraph repeated by a wire copy does not make its side topic the article's topic")
    func repeatedLeadIsCountedOnce() throws {
        let lead = "The minister's trip was cancelled last year after a spy scandal."
        let text = """
            Minister to travel again

            \(lead)

            (Wire) — \(lead)

            Officials said the minister would meet her counterpart in Seoul on June 3, 2024.
            """
        let meeting = try #require(Self.timeline(text).events.first { $0.when.earliest?.month == 6 })
        #expect(!meeting.issues.contains("espionage"), "\(meeting.issueEvidence)")
    }
}

/// A date in a ", who …" clause with no trigger of its own tells the clause's event.
@Suite struct DocumentAnalyzerRelativeClauseTests {
    @Test func relativeClauseEventReadsAsItsOwnSentence() throws {
        let text = """
            Envoys meet without the minister

            Published March 20, 2024

            Foreign Minister Lee Min, who has not been seen in public since March 2, missed the talks in Geneva.
            """
        let events = DocumentAnalyzerTests.timeline(text).events
        let event = try #require(events.first { $0.when.isDated })
        #expect(event.when.earliest == CalendarDate(year: 2024, month: 3, day: 2))
        #expect(event.title.hasPrefix("Lee Min has not been seen"), "got \(event.title)")
    }
}

/// A short name used before the full name is introduced still resolves to it.
@Suite struct DocumentAnalyzerEarlyNameTests {
    @Test func aDeksShortNameResolvesToTheStorysFullName() throws {
        let text = """
            Envoy reschedules visit

            Published March 20, 2024

            Mr. Lindqvist abruptly cancelled a trip to Hanoi on March 2.

            Foreign Minister Erik Lindqvist will travel to Hanoi next week, officials said.
            """
        let events = DocumentAnalyzerTests.timeline(text).events
        let cancelled = try #require(events.first { $0.summary.contains("cancelled") })
        #expect(cancelled.actors.contains("Erik Lindqvist"), "got \(cancelled.actors)")
        #expect(!cancelled.actors.contains("Lindqvist"))
    }

    @Test func anAmbiguousShortNameStaysAsWritten() {
        var known = DocumentEntities()
        known.register(person: "Kim Jong Un")
        known.register(person: "Kim Yo Jong")
        #expect(known.resolveUniquely(person: "Kim") == nil)
        #expect(known.resolveUniquely(person: "Yo") == nil)
        #expect(known.resolveUniquely(person: "Un") == "Kim Jong Un")
        #expect(known.resolveUniquely(person: "Kim Jong Un") == nil)
    }
}
