import Testing
import DatelineModel

@Suite struct DateLabelTests {
    static func d(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    @Test(arguments: [
        ("2024-04-26", "2024-04-26", Granularity.day, "Apr 26, 2024"),
        ("2024-04-24", "2024-04-26", .day, "Apr 24–26, 2024"),
        ("2023-03-29", "2023-04-02", .day, "Mar 29 – Apr 2, 2023"),
        ("2023-12-30", "2024-01-02", .day, "Dec 30, 2023 – Jan 2, 2024"),
        ("2023-02-01", "2023-02-28", .month, "Feb 2023"),
        ("2024-04-01", "2024-04-10", .month, "early Apr 2024"),
        ("2024-04-11", "2024-04-20", .month, "mid Apr 2024"),
        ("2024-04-21", "2024-04-30", .month, "late Apr 2024"),
        ("2023-01-01", "2023-12-31", .year, "2023"),
        ("2020-01-01", "2020-04-30", .year, "early 2020"),
        ("2021-05-01", "2021-08-31", .year, "mid-2021"),
        ("2018-09-01", "2018-12-31", .year, "late 2018"),
        ("2022-06-01", "2022-08-31", .season, "summer 2022"),
        ("2022-12-01", "2023-02-28", .season, "winter 2022–23"),
        ("2023-07-01", "2023-09-30", .quarter, "Q3 2023"),
        ("2023-10-16", "2023-10-22", .week, "week of Oct 16, 2023"),
        ("2023-01-01", "2023-10-27", .year, "2023 (before Oct 28)"),
        ("2023-05-10", "2023-12-31", .year, "2023 (after May 9)"),
        ("2010-01-01", "2019-12-31", .decade, "2010s"),
        ("2020-01-01", "2021-12-31", .year, "2020–2021"),
    ])
    func labels(earliest: String, latest: String, granularity: Granularity, expected: String) {
        let span = TimeSpan(earliest: Self.d(earliest), latest: Self.d(latest), granularity: granularity)
        #expect(span.label == expected)
    }

    @Test func openAndUndatedSpans() {
        #expect(TimeSpan.undated.label == "undated")
        #expect(TimeSpan(earliest: Self.d("2023-05-10"), latest: nil, granularity: .year).label == "after May 9, 2023")
        #expect(TimeSpan(earliest: nil, latest: Self.d("2023-05-10"), granularity: .year).label == "before May 11, 2023")
    }
}

@Suite struct TimeSpanTests {
    static func span(_ e: String, _ l: String) -> TimeSpan {
        TimeSpan(earliest: CalendarDate(iso: e), latest: CalendarDate(iso: l), granularity: .day)
    }

    @Test func overlapAndContainment() {
        let april = Self.span("2024-04-01", "2024-04-30")
        #expect(april.overlaps(Self.span("2024-04-30", "2024-05-02")))
        #expect(!april.overlaps(Self.span("2024-05-01", "2024-05-02")))
        #expect(Self.span("2024-04-10", "2024-04-12").isWithin(april))
        #expect(!april.isWithin(Self.span("2024-04-10", "2024-04-12")))
        #expect(!TimeSpan.undated.overlaps(april))
        #expect(april.width == 30)
    }

    @Test func encodesExplicitNullsAndALabel() throws {
        let json = String(decoding: try JSONEncoder().encode(TimeSpan.undated), as: UTF8.self)
        #expect(json.contains("\"earliest\":null"))
        #expect(json.contains("\"label\":\"undated\""))
    }
}

import Foundation
