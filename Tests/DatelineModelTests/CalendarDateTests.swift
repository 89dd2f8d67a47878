import Testing
@testable import DatelineModel

@Suite struct CalendarDateTests {
    @Test(arguments: [
        ("1970-01-01", 0, 4), ("2024-02-29", 19_782, 4), ("2000-03-01", 11_017, 3), ("1969-12-31", -1, 3),
    ])
    func dayNumberAndWeekday(iso: String, dayNumber: Int, weekday: Int) throws {
        let date = try #require(CalendarDate(iso: iso))
        #expect(date.dayNumber == dayNumber)
        #expect(date.weekday == weekday)
        #expect(date.iso == iso)
    }

    @Test func rejectsImpossibleDays() {
        #expect(CalendarDate(iso: "2023-02-29") == nil)
        #expect(CalendarDate(iso: "2023-13-01") == nil)
        #expect(CalendarDate(iso: "20230101") == nil)
    }

    @Test func roundTripsEveryDayOfFourCenturies() {
        var d = CalendarDate(year: 1900, month: 1, day: 1)!
        let end = CalendarDate(year: 2300, month: 1, day: 1)!
        while d < end {
            #expect(CalendarDate(year: d.year, month: d.month, day: d.day) == d)
            d = d.adding(days: 1)
        }
    }

    @Test func addingMonthsClampsToMonthEnd() {
        #expect(CalendarDate(year: 2024, month: 1, day: 31)!.adding(months: 1).iso == "2024-02-29")
        #expect(CalendarDate(year: 2024, month: 1, day: 15)!.adding(months: -1).iso == "2023-12-15")
    }
}
