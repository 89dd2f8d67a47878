import Testing
import DatelineModel
@testable import DatelineExtraction

/// Expressions that name their own year: full dates, numeric dates, months with years, years, decades,
/// quarters, seasons with years and explicit ranges.
@Suite struct TemporalTaggerTestsAbsolute {
    static let cases: [TemporalCase] = [
        .init("The ministers met on April 5, 2023, in Beijing.", "April 5, 2023", "2023-04-05", "2023-04-05", .day, value: "2023-04-05"),
        .init("The deal was signed Apr. 26, 2024 after talks.", "Apr. 26, 2024", "2024-04-26", "2024-04-26", .day, value: "2024-04-26"),
        .init("The accord took effect Dec. 1, 2024.", "Dec. 1, 2024", "2024-12-01", "2024-12-01", .day),
        .init("Voting closed on 5 April 2023 in the capital.", "5 April 2023", "2023-04-05", "2023-04-05", .day),
        .init("The file is dated 2023-04-05 in the registry.", "2023-04-05", "2023-04-05", "2023-04-05", .day, value: "2023-04-05"),
        .init("The notice, stamped 2023-04-05T09:30:00Z, was posted.", "2023-04-05", "2023-04-05", "2023-04-05", .day, value: "2023-04-05"),
        .init("Published Saturday 20 March 2021 at noon.", "Saturday 20 March 2021", "2021-03-20", "2021-03-20", .day),
        .init("The summit ended on Sept. 30, 2019.", "Sept. 30, 2019", "2019-09-30", "2019-09-30", .day),
        .init("It was announced on January 1st, 2020.", "January 1st, 2020", "2020-01-01", "2020-01-01", .day),
        .init("The letter arrived on Monday, Dec. 2, 2024.", "Monday, Dec. 2, 2024", "2024-12-02", "2024-12-02", .day),
        .init("Posted Monday 06/03/2024 07:30 ET", "Monday 06/03/2024", "2024-06-03", "2024-06-03", .day),
        .init("Posted Wednesday 06/03/2024 by the desk", "Wednesday 06/03/2024", "2024-03-06", "2024-03-06", .day),
        .init("Filed 06/03/2024 by the desk.", "06/03/2024", "2024-06-03", "2024-06-03", .day),
        .init("Filed 25/03/2024 by the desk.", "25/03/2024", "2024-03-25", "2024-03-25", .day),
        .init("Posted 2025/01/22 by the desk.", "2025/01/22", "2025-01-22", "2025-01-22", .day, value: "2025-01-22"),
        .init("Updated 10:27 December 08, 2019 by the desk.", "December 08, 2019", "2019-12-08", "2019-12-08", .day, value: "2019-12-08"),
        .init("Tariffs were raised in July 2018 on steel.", "July 2018", "2018-07-01", "2018-07-31", .month, value: "2018-07"),
        .init("The standoff began in April of 2001.", "April of 2001", "2001-04-01", "2001-04-30", .month),
        .init("Exports fell in Sept. 2019 to a low.", "Sept. 2019", "2019-09-01", "2019-09-30", .month),
        .init("Trade shrank in 2019 as tariffs bit.", "2019", "2019-01-01", "2019-12-31", .year, value: "2019"),
        .init("The treaty dates from 1979 and still binds.", "1979", "1979-01-01", "1979-12-31", .year),
        .init("The alliance grew in the 1990s across Asia.", "the 1990s", "1990-01-01", "1999-12-31", .decade, value: "199"),
        .init("Output peaked in the late 1990s.", "the late 1990s", "1997-01-01", "1999-12-31", .decade),
        .init("Growth slowed in Q3 2023 for the first time.", "Q3 2023", "2023-07-01", "2023-09-30", .quarter, value: "2023-Q3"),
        .init("Profits dropped in the third quarter of 2023.", "the third quarter of 2023", "2023-07-01", "2023-09-30", .quarter, value: "2023-Q3"),
        .init("Sales rose in the first quarter of 2022.", "the first quarter of 2022", "2022-01-01", "2022-03-31", .quarter),
        .init("Contacts were frozen in the summer of 2022.", "the summer of 2022", "2022-06-01", "2022-08-31", .season, value: "2022-SU"),
        .init("Intercepts rose after the fall of 2021.", "the fall of 2021", "2021-09-01", "2021-11-30", .season, value: "2021-FA"),
        .init("Drills resumed in spring 2023 near the strait.", "spring 2023", "2023-03-01", "2023-05-31", .season),
        .init("Gas ran short in the winter of 2022.", "the winter of 2022", "2022-12-01", "2023-02-28", .season, value: "2022-WI"),
        .init("Prices rose in mid-2023 as demand returned.", "mid-2023", "2023-05-01", "2023-08-31", .year, value: "2023"),
        .init("Talks resumed in early 2022 after a pause.", "early 2022", "2022-01-01", "2022-04-30", .year),
        .init("Sanctions came in late 2018 after the review.", "late 2018", "2018-09-01", "2018-12-31", .year),
        .init("The plan was drafted in early April 2023.", "early April 2023", "2023-04-01", "2023-04-10", .month),
        .init("The offices closed in late March 2020.", "late March 2020", "2020-03-21", "2020-03-31", .month),
        .init("Delegates met April 24–26, 2023 in Hanoi.", "April 24–26, 2023", "2023-04-24", "2023-04-26", .day),
        .init("Delegates met from March 29 to 31, 2023 in Manila.", "March 29 to 31, 2023", "2023-03-29", "2023-03-31", .day),
        .init("Envoys gathered on 15-16 June 2023 in Geneva.", "15-16 June 2023", "2023-06-15", "2023-06-16", .day),
        .init("Voters went to the polls from 6 to 9 June 2024.", "6 to 9 June 2024", "2024-06-06", "2024-06-09", .day),
        .init("The fair ran from 30 June to 2 July 2022 in Oslo.", "30 June to 2 July 2022", "2022-06-30", "2022-07-02", .day),
        // The year that closes a pair of months is the first month's too.
        .init("Inspections halted between March and June 2023 at the plant.", "March", "2023-03-01", "2023-03-31", .month),
        .init("Ferries stopped from November to January 2024 on the route.", "November", "2023-11-01", "2023-11-30", .month),
        .init("The war lasted from 2014-2016 in the east.", "2014-2016", "2014-01-01", "2016-12-31", .year),
        .init("Budgets were cut in fiscal 2021 across agencies.", "fiscal 2021", "2021-01-01", "2021-12-31", .year),
        .init("Tension peaked at the end of December 2022.", "the end of December 2022", "2022-12-21", "2022-12-31", .month, value: "2022-12"),
    ]

    @Test(arguments: cases)
    func resolves(_ c: TemporalCase) {
        #expect(TemporalFixture.problems(c, publication: TemporalFixture.pub) == [])
    }

    @Test(arguments: cases)
    func absoluteDatesNeedNoPublicationDate(_ c: TemporalCase) {
        #expect(TemporalFixture.problems(c, publication: nil) == [])
    }

    @Test func absoluteDatesAreNotRelative() throws {
        let x = try #require(TemporalFixture.find("April 5, 2023", in: "They met on April 5, 2023.", publication: TemporalFixture.pub))
        #expect(!x.isRelativeToPublication)
        #expect(x.datesEvents)
        #expect(x.kind == .date)
        #expect(x.span.label == "Apr 5, 2023")
    }

    @Test func rangesAreUTF8ByteOffsets() throws {
        let sentence = "Officials said – after “talks” – on April 24–26, 2023 it ended."
        let x = try #require(TemporalTagger().tag(text: sentence, publication: nil).first)
        let bytes = Array(sentence.utf8)
        #expect(String(decoding: bytes[x.range], as: UTF8.self) == "April 24–26, 2023")
        #expect(x.text == "April 24–26, 2023")
    }
}

extension TemporalTaggerTestsAbsolute {
    static let spoken: [TemporalCase] = [
        .init("Prices fell in nineteen ninety-six, the anchor said.", "nineteen ninety-six", "1996-01-01", "1996-12-31", .year),
        .init("It began in January nineteen ninety-seven.", "January nineteen ninety-seven", "1997-01-01", "1997-01-31", .month),
        .init("It froze in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1994-12-01", "1995-02-28", .season),
        .init("Computers may fail in the year two thousand.", "the year two thousand", "2000-01-01", "2000-12-31", .year),
    ]

    @Test(arguments: spoken)
    func spokenYears(_ c: TemporalCase) {
        #expect(TemporalFixture.problems(c, publication: nil) == [])
    }

    @Test func twoThousandPeopleIsACount() {
        #expect(TemporalTagger().tag(text: "About two thousand people marched.", publication: nil).isEmpty)
    }
}
