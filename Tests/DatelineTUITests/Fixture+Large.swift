import DatelineModel
@testable import DatelineTUI

extension Fixture {
    /// `count` day events spread over two years, every fifth known only to its year, plus one long
    /// article with many sources for the pane and the reader.
    static func large(count: Int = 300) -> Timeline {
        var lines: [String] = []
        for i in 0..<80 { lines.append("Paragraph \(i) of the long article says little of note about the talks.") }
        lines[50] = "Negotiators met again on 3 March 2023 in the border town."
        let text = lines.joined(separator: "\n")
        let longDoc = Document(id: "long", path: "long.txt", title: "A long article", text: text)
        let sentence = lines[50]
        let offset = find(Array(sentence.utf8), in: Array(text.utf8)) ?? 0
        let timexOffset = offset + (find(Array("3 March 2023".utf8), in: Array(sentence.utf8)) ?? 0)
        let many = Mention(document: "long", sentence: sentence, offset: offset, length: sentence.utf8.count,
                           timex: "3 March 2023", timexOffset: timexOffset, timexLength: 12, when: .day(day(2023, 3, 3)))
        var events: [Event] = []
        for i in 0..<count {
            let date = CalendarDate(dayNumber: day(2022, 1, 1).dayNumber + i * 730 / count)
            let when = i % 5 == 0
                ? span(CalendarDate.yearBounds(date.year).first, CalendarDate.yearBounds(date.year).last, .year)
                : TimeSpan.day(date)
            let issues = [issues[i % issues.count].id]
            events.append(Event(id: "x\(i)", when: when, title: "Event number \(i)", summary: i % 50 == 7 ? "a rare needle" : "",
                                issues: issues, actors: ["Actor \(i % 7)"], places: ["Town \(i % 11)"],
                                mentions: Array(repeating: many, count: i == 0 ? 12 : 1)))
        }
        events.sort { ($0.when.earliest ?? day(1, 1, 1), $0.when.latest ?? day(1, 1, 1)) < ($1.when.earliest ?? day(1, 1, 1), $1.when.latest ?? day(1, 1, 1)) }
        return Timeline(documents: [longDoc], issues: issues, events: events)
    }

    static func largeState(width: Int = 80, height: Int = 24) -> BrowserState {
        BrowserState(timeline: large(), corpusName: "large", width: width, height: height)
    }
}
