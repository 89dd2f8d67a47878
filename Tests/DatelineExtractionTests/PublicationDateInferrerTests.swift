import DatelineModel
import Testing
@testable import DatelineExtraction

@Suite struct PublicationDateInferrerTests {
    static let parser = ArticleLayoutParser(boilerplate: (try? BoilerplateLexicon.bundled()) ?? BoilerplateLexicon(parsing: ""))
    private let inferrer = PublicationDateInferrer()

    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso) ?? CalendarDate(dayNumber: 0) }
    static func past(_ iso: String) -> DatedObservation { DatedObservation(span: .day(day(iso)), tense: .past) }
    static func future(_ iso: String) -> DatedObservation { DatedObservation(span: .day(day(iso)), tense: .future) }
    static func year(_ y: Int, _ tense: Tense) -> DatedObservation {
        let (first, last) = CalendarDate.yearBounds(y)
        return DatedObservation(span: TimeSpan(earliest: first, latest: last, granularity: .year), tense: tense)
    }
    static func month(_ y: Int, _ m: Int, _ tense: Tense) -> DatedObservation {
        let (first, last) = CalendarDate.monthBounds(year: y, month: m)
        return DatedObservation(span: TimeSpan(earliest: first, latest: last, granularity: .month), tense: tense)
    }

    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var text: String
        var dateString: String? = nil
        var observations: [DatedObservation] = [.init(span: .undated, tense: .unknown)]
        /// "earliest..latest basis", or nil.
        var expected: String?
        var description: String { name }
    }

    static let headline = "Ministers agree to keep talking after long day\n\n"
    static let body = "Officials from both governments said talks would continue.\n"

    static let cases: [Case] = [
        Case(name: "ISO metadata with zone", text: body, dateString: "2023-05-22T08:05:00+08:00", expected: "2023-05-22..2023-05-22 metadata"),
        Case(name: "news-please metadata", text: body, dateString: "2017-07-17 17:03:00", expected: "2017-07-17..2017-07-17 metadata"),
        Case(name: "RFC 2822 metadata", text: body, dateString: "Mon, 17 Jul 2017 17:03:00 +0000", expected: "2017-07-17..2017-07-17 metadata"),
        Case(name: "prose metadata", text: body, dateString: "July 4, 2019", expected: "2019-07-04..2019-07-04 metadata"),
        Case(name: "month-only metadata is the month", text: body, dateString: "July 2019", expected: "2019-07-01..2019-07-31 metadata"),
        Case(name: "metadata beats a published line", text: headline + "Published 2 May 2022, 08:10 BST\n\n" + body,
             dateString: "2022-05-01", expected: "2022-05-01..2022-05-01 metadata"),
        Case(name: "published line day-month", text: headline + "Published: Tuesday 4 June 2024, 10.20 GMT\n\n" + body,
             expected: "2024-06-04..2024-06-04 published_line"),
        Case(name: "published line without weekday", text: headline + "Published 2 May 2022, 08:10 BST\n\n" + body,
             expected: "2022-05-02..2022-05-02 published_line"),
        Case(name: "byline date line", text: headline + "Nov. 3, 2022 | 6:45 a.m. ET\n\n" + body,
             expected: "2022-11-03..2022-11-03 byline_date"),
        Case(name: "ISO timestamp line", text: headline + "2022-11-03T06:45:00Z\n\n" + body,
             expected: "2022-11-03..2022-11-03 byline_date"),
        Case(name: "byline with date", text: headline + "By Jane Roe | March 4, 2021\n\n" + body,
             expected: "2021-03-04..2021-03-04 byline_date"),
        Case(name: "byline run into the posted stamp", text: headline + "By Kim Min-ji Posted : March 6, 2021, 18:49 Updated : March 7, 2021, 08:10\n\n" + body,
             expected: "2021-03-06..2021-03-06 published_line"),
        Case(name: "numeric date: weekday picks month-first", text: headline + "Posted Tuesday 04/06/2021 07:30 ET\n\n" + body,
             expected: "2021-04-06..2021-04-06 published_line"),
        Case(name: "numeric date: weekday picks day-first", text: headline + "Posted Saturday 05/03/2022 07:30 ET\n\n" + body,
             expected: "2022-03-05..2022-03-05 published_line"),
        Case(name: "numeric date: text bounds pick", text: headline + "Posted 02/08/2023 09:00\n\n" + body,
             observations: [past("2023-05-10")], expected: "2023-08-02..2023-08-02 published_line"),
        Case(name: "numeric date: undecided gives both", text: headline + "Posted 02/08/2023 09:00\n\n" + body,
             expected: "2023-02-08..2023-08-02 published_line"),
        Case(name: "published line with an ISO timestamp", text: headline + "Posted: 2024-03-04T09:12:00Z\n\n" + body,
             expected: "2024-03-04..2024-03-04 published_line"),
        Case(name: "published line with a zoned ISO timestamp", text: headline + "Published 2023-11-30T22:05:00+01:00\n\n" + body,
             expected: "2023-11-30..2023-11-30 published_line"),
        Case(name: "numeric date: the page's month-first date picks", text: headline + "Posted 03/04/2023 11:00 ET\n\n"
                 + "A panel report released on 2/17/2023 said exports slowed.\n", expected: "2023-03-04..2023-03-04 published_line"),
        Case(name: "numeric date: the page's day-first date picks", text: headline + "Posted 03/04/2023 11:00\n\n"
                 + "A panel report released on 17/2/2023 said exports slowed.\n", expected: "2023-04-03..2023-04-03 published_line"),
        Case(name: "numeric date: a page showing both orders decides nothing", text: headline + "Posted 03/04/2023\n\n"
                 + "Reports dated 17/2/2023 and 2/18/2023 differ.\n", expected: "2023-03-04..2023-04-03 published_line"),
        Case(name: "updated line when nothing else", text: headline + "Updated 9:41 a.m. ET, Sat March 2, 2024\n\n" + body,
             expected: "2024-03-02..2024-03-02 published_line"),
        Case(name: "published beats updated", text: headline + "Updated 3 May 2022\nPublished 2 May 2022\n\n" + body,
             expected: "2022-05-02..2022-05-02 published_line"),
        Case(name: "dateline: year before the future one", text: headline + "GENEVA, March 9 (Reuters) - Envoys met on Thursday.\n",
             observations: [month(2016, 11, .past), year(2018, .future)], expected: "2017-03-09..2017-03-09 dateline"),
        Case(name: "dateline: first year after the latest past event", text: "BEIJING, June 19 (AP) — Delegates met again on Monday.\n",
             observations: [past("2022-08-01"), year(2010, .past)], expected: "2023-06-19..2023-06-19 dateline"),
        Case(name: "dateline date after the dash", text: headline + "TAIPEI, Taiwan — April 3 — Officials said the drills ended.\n",
             observations: [past("2024-01-13")], expected: "2024-04-03..2024-04-03 dateline"),
        Case(name: "dateline after a summary line", text: headline + "Talks between the two sides are set to continue\n\nSEOUL, Sept. 14 (Yonhap) -- Envoys met.\n",
             observations: [past("2021-10-01")], expected: "2022-09-14..2022-09-14 dateline"),
        Case(name: "a stamp with its source's name is a date line", text: headline + "Xinhua) 11:07, December 06, 2024\n\nBEIJING, Dec. 5 (Xinhua) -- Officials spoke on Thursday.\n",
             expected: "2024-12-06..2024-12-06 byline_date"),
        Case(name: "a stamp with the clock first: its minutes are no day",
             text: headline + "10:27 December 08, 2019\n\nSEOUL, Dec. 8 (Yonhap) -- Officials spoke on Sunday.\n",
             expected: "2019-12-08..2019-12-08 byline_date"),
        Case(name: "a year-first slashed stamp", text: headline + "2025/01/22\n\n" + body,
             expected: "2025-01-22..2025-01-22 byline_date"),
        Case(name: "a stamp with its place is a date line", text: headline + "Tuesday 4 June 2024 15:45, UK\n\n" + body,
             expected: "2024-06-04..2024-06-04 byline_date"),
        Case(name: "dateline ending in a colon", text: "BALI, 09 July 2022, (TON): Envoys met for the first talks since October.\n",
             expected: "2022-07-09..2022-07-09 dateline"),
        Case(name: "dateline with year", text: "BEIJING, June 19, 2023 (Xinhua) -- Talks opened on Monday.\n",
             expected: "2023-06-19..2023-06-19 dateline"),
        Case(name: "dateline without any year evidence", text: "LIMA, Nov 3 (Reuters) - Leaders met on Sunday.\n", expected: nil),
        Case(name: "dateline year from copyright", text: "LIMA, Nov 3 (Reuters) - Leaders met on Sunday.\n\n© 2016 Example Wire\n",
             expected: "2016-11-03..2016-11-03 dateline"),
        Case(name: "dateline from explicit years in the text", text: "LONDON, Feb 2 (Reuters) - Exports fell sharply in 2019, officials said. The plan covers this year and 2021.\n",
             observations: [], expected: "2020-02-02..2020-02-02 dateline"),
        Case(name: "not a dateline: sentence with a dash", text: "Officials met on May 4 - and agreed to meet again.\n",
             observations: [past("2020-01-01"), future("2021-01-01")], expected: "2020-01-01..2020-12-31 text_bounds"),
        Case(name: "copyright narrowed by past event", text: headline + body + "\n© 2023 Example Media. All rights reserved.\n",
             observations: [past("2023-04-10"), year(2019, .past)], expected: "2023-04-10..2023-12-31 copyright_year"),
        Case(name: "copyright year alone", text: headline + body + "\nCopyright 2021 Example News\n", expected: "2021-01-01..2021-12-31 copyright_year"),
        Case(name: "copyright range takes the last year", text: headline + body + "\nCopyright 2019-2022 Example News\n",
             expected: "2022-01-01..2022-12-31 copyright_year"),
        Case(name: "copyright contradicted by bounds stays the year", text: headline + body + "\n© 2020 Example\n",
             observations: [past("2021-03-01")], expected: "2020-01-01..2020-12-31 copyright_year"),
        Case(name: "text bounds from past and future", text: headline + body,
             observations: [past("2024-12-01"), past("2024-11-20"), future("2025-01-15"), future("2025-03-01")],
             expected: "2024-12-01..2025-01-14 text_bounds"),
        Case(name: "only a lower bound: no date", text: headline + body, observations: [past("2024-12-01")], expected: nil),
        Case(name: "contradicting future mention is dropped", text: headline + body,
             observations: [past("2024-12-01"), future("2024-06-01")], expected: nil),
        Case(name: "present and unknown tense bound nothing", text: headline + body,
             observations: [DatedObservation(span: .day(day("2024-01-01")), tense: .present)], expected: nil),
        Case(name: "nothing at all", text: headline + body, expected: nil),
        Case(name: "published-looking prose is not a date line", text: headline + "Published reports in 2019 said talks had stalled.\n", expected: nil),
    ]

    @Test(arguments: cases)
    func infers(_ c: Case) {
        let record = ArticleRecord(id: "t", path: "t.txt", text: c.text, dateString: c.dateString)
        let layout = Self.parser.parse(c.text)
        let result = inferrer.infer(record: record, layout: layout, observations: c.observations)
        #expect(result.map { "\($0.earliest)..\($0.latest) \($0.basis)" } == c.expected)
    }

    @Test(arguments: [
        ("2023-05-22T08:05:00+08:00", "2023-05-22"), ("2017-07-17 17:03:00", "2017-07-17"), ("2017/07/17", "2017-07-17"),
        ("Mon, 17 Jul 2017 17:03:00 +0000", "2017-07-17"), ("July 17, 2017", "2017-07-17"), ("17 July 2017", "2017-07-17"),
        ("Sept. 1, 2024", "2024-09-01"), ("the 20th of March, 2021", "2021-03-20"), ("07/17/2017", "2017-07-17"),
        ("17.07.2017", "2017-07-17"), ("Saturday 05/03/2022", "2022-03-05"), ("06/03/2024", "2024-06-03"),
    ])
    func parsesDateStrings(_ s: String, _ iso: String) {
        #expect(inferrer.parseDateString(s)?.iso == iso)
    }

    @Test(arguments: ["", "yesterday", "2017", "13/13/2020", "February 30, 2021", "May 2021", "it may 5 2020"])
    func rejectsNonDays(_ s: String) {
        #expect(inferrer.parseDateString(s) == nil)
    }

    @Test(arguments: [
        (1, 15, [month(2018, 7, .past), year(2021, .future)], nil as Int?, 2020 as Int?),
        (1, 15, [year(2019, .past)], nil, 2020),
        (12, 30, [past("2019-12-01")], nil, 2019),
        (2, 29, [past("2021-01-01")], nil, 2024),
        (6, 1, [past("2020-01-01"), year(2030, .future)], nil, 2020),
        (6, 1, [past("2020-01-01")], 2022, 2022),
        (6, 1, [], nil, nil),
    ])
    func datelineYearRule(_ month: Int, _ day: Int, _ obs: [DatedObservation], _ copyright: Int?, _ expected: Int?) {
        #expect(inferrer.datelineYear(month: month, day: day, bounds: PublicationBounds(obs), copyrightYear: copyright) == expected)
    }

    /// March 16 fell on a Wednesday in 2022, a Thursday in 2023 and a Saturday in 2024 (ISO weekdays
    /// 3, 4, 6); years before 2020 cannot be, after 2019 was reported past.
    @Test(arguments: [
        ([4], [year(2019, .past)], 2023 as Int?),      // "… agreed on Thursday": that day
        ([3], [year(2019, .past)], 2022),
        ([5], [year(2020, .past)], 2024),               // "… on Friday": the day before a Saturday
        ([4, 5], [year(2017, .past)], 2018),            // the earliest consistent year
        ([], [year(2019, .past)], 2020),                // no weekday: the earliest year
        ([4], [past("2021-01-01"), year(2022, .future)], 2021),  // none consistent: the rule as before
    ])
    func datelineYearFollowsTheLeadWeekday(_ weekdays: [Int], _ obs: [DatedObservation], _ expected: Int?) {
        #expect(inferrer.datelineYear(month: 3, day: 16, bounds: PublicationBounds(obs), copyrightYear: nil,
                                      leadWeekdays: weekdays) == expected)
    }

    @Test func aDatedAgencyCreditIsADateline() throws {
        let text = "Kyiv, Ukraine, (Example Point / Example News - 15th May, 2023 ) :An envoy will arrive on Tuesday.\n"
        let source = try #require(inferrer.dateline(in: text))
        #expect(source.readings == [PartialDate(year: 2023, month: 5, day: 15)])
    }

    @Test func datelineCarriesTheLeadWeekdays() throws {
        let text = "TOKYO, March 16 (Wire) — The two leaders agreed on Thursday to resume visits, last held in 2011.\n"
        let source = try #require(inferrer.dateline(in: text))
        #expect(source.weekdays == [4])
    }

    @Test(arguments: [
        ("Imports fell sharply in 2019.", ["2019-01-01..2019-12-31 past"]),
        ("Talks will resume in 2026.", ["2026-01-01..2026-12-31 future"]),
        ("Emissions should peak by 2030.", ["2030-01-01..2030-12-31 future"]),
        ("In 2010, shipments were halted.", ["2010-01-01..2010-12-31 past"]),
        ("The rule took effect on Dec. 1, 2024.", ["2024-12-01..2024-12-01 past"]),
        ("It began in July 2018 and ended later.", ["2018-07-01..2018-07-31 past"]),
        ("Purchases of $50 billion this year and $70 billion in 2021.", ["2021-01-01..2021-12-31 future"]),
        ("Output rose above 2017 levels, costing $2019 each, up 2019% on 2019-20.", []),
        ("The 1979 law remains the basis.", ["1979-01-01..1979-12-31 unknown"]),
    ])
    func explicitYearScanner(_ text: String, _ expected: [String]) {
        let got = ExplicitYearScanner.observations(in: text).map { o in
            "\(o.span.earliest.map(\.iso) ?? "-")..\(o.span.latest.map(\.iso) ?? "-") \(o.tense.rawValue)"
        }
        #expect(got == expected)
    }

    @Test func observationsFromTheTaggerKeepAbsoluteDatesOnly() {
        let text = "Talks began on March 3, 2021. They resumed last week."
        let sentences = SentenceSplitter(abbreviations: AbbreviationLexicon(parsing: "")).split(text, paragraphs: [0..<text.utf8.count])
        let tagged = TemporalTagger().tag(sentences: sentences, publication: nil)
        let observations = DatedObservation.fromTagger(sentences: sentences, expressions: tagged)
        #expect(observations.map(\.span.earliest) == [Self.day("2021-03-03")])
        #expect(observations.first?.tense == .past)
    }

    @Test func explicitEvidenceListsEverySource() {
        let text = "Ministers agree to keep talking after long day\nPublished 2 May 2022\nUpdated 3 May 2022\n\nBERLIN, May 2 (dpa) - Talks ended.\n\n© 2022 Example\n"
        let record = ArticleRecord(id: "t", path: "t.txt", text: text, dateString: "2022-05-02")
        let evidence = inferrer.explicitEvidence(record: record, layout: Self.parser.parse(text))
        #expect(evidence.metadata?.readings == [PartialDate(year: 2022, month: 5, day: 2)])
        #expect(evidence.publishedLine?.text == "Published 2 May 2022")
        #expect(evidence.updatedLine?.readings == [PartialDate(year: 2022, month: 5, day: 3)])
        #expect(evidence.dateline?.readings == [PartialDate(year: nil, month: 5, day: 2)])
        #expect(evidence.copyrightYear == 2022)
        #expect(evidence.bylineDate == nil)
    }

    @Test func aMetaLineOfFieldsIsDatedByItsCreationStamp() {
        let text = "Envoys agree to talk\nExample Wire | Washington DC | Updated: 19-08-2020 02:03 IST | Created: 18-08-2020 01:57 IST\n\nThe envoys agreed on Monday to meet again.\n"
        let record = ArticleRecord(id: "t", path: "t.txt", text: text, dateString: nil)
        let evidence = inferrer.explicitEvidence(record: record, layout: Self.parser.parse(text))
        #expect(evidence.publishedLine?.readings == [PartialDate(year: 2020, month: 8, day: 18)])
    }
}
