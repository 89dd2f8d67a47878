import DatelineModel
import Testing
@testable import DatelineTUI

@Suite struct RibbonTests {
    static func state(ascii: Bool = false) -> BrowserState {
        let d = Fixture.day
        let events = [
            Event(id: "y", when: Fixture.span(d(2020, 1, 1), d(2020, 12, 31), .year), title: "year only", summary: ""),
            Event(id: "a", when: .day(d(2020, 1, 5)), title: "a", summary: ""),
            Event(id: "b", when: .day(d(2020, 1, 9)), title: "b", summary: ""),
            Event(id: "c", when: .day(d(2020, 3, 2)), title: "c", summary: ""),
        ]
        return BrowserState(timeline: Timeline(documents: [], issues: [], events: events), corpusName: "r",
                            width: 80, height: 20, options: BrowserOptions(ascii: ascii))
    }

    static func ribbonLine(_ state: BrowserState) -> String {
        String(render(state).text.split(separator: "\n", omittingEmptySubsequences: false)[1])
    }

    @Test func countsMonthsOnlyAndStretchesAShortSpan() {
        #expect(Self.ribbonLine(Self.state()) == "2020 ████    ▄▄▄▄ 2020")
        #expect(Self.ribbonLine(Self.state(ascii: true)) == "2020 ####    ---- 2020")
    }

    @Test func marksTheCursorsMonth() {
        let onA = reduce(Self.state(), .down)                  // first month event
        let canvas = render(onA)
        #expect((5..<9).allSatisfy { canvas[1, $0].style.reverse })
        #expect(!(13..<17).contains { canvas[1, $0].style.reverse })
        #expect(Self.ribbonLine(onA).hasSuffix("Jan 2020: 2"))
        let onC = Fixture.press(Self.state(), [.end])
        #expect(render(onC)[1, 13].style.reverse)
    }
}
