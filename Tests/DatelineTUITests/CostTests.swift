import DatelineModel
import Testing
@testable import DatelineTUI

/// Checks that keys do work proportional to what they show or find, not to the corpus size
/// (counted in haystacks built, not in wall-clock time).
@Suite struct CostTests {
    static var big: BrowserState {
        let issues = [IssueLabel(id: "one", label: "One"), IssueLabel(id: "two", label: "Two")]
        let shared = [Mention(document: "d", sentence: "", offset: 0, length: 0)]
        var events: [Event] = []
        let start = CalendarDate(year: 2000, month: 1, day: 1)?.dayNumber ?? 0
        for i in 0..<50_000 {
            events.append(Event(id: "b\(i)", when: .day(CalendarDate(dayNumber: start + i / 20)),
                                title: i % 1000 == 500 ? "needle event \(i)" : "ordinary event \(i)", summary: "",
                                issues: [i % 3 == 0 ? "one" : "two"], mentions: shared))
        }
        return BrowserState(timeline: Timeline(documents: [], issues: issues, events: events), corpusName: "big",
                            width: 120, height: 40)
    }

    @Test func searchStopsAtTheFirstMatch() {
        var state = reduce(Self.big, .character("/"))
        for letter in "needle" { state = reduce(state, .character(letter)) }
        _ = render(state)
        #expect(state.selectedEvent?.title == "needle event 500")
        // Only the events up to the first match, and the rows on screen (marked when they match), were
        // read; the header's count is skipped past 20k events.
        #expect(state.catalog.builtHaystacks <= 501 + state.height)
        let next = reduce(reduce(state, .enter), .character("n"))
        #expect(next.selectedEvent?.title == "needle event 1500")
        #expect(next.catalog.builtHaystacks <= 1501 + 2 * state.height)
    }

    @Test func movingAndPagingDoNotReadEvents() {
        var state = Self.big
        state = Fixture.press(state, [.pageDown, .pageDown, .down, .end, .home, .character("]")])
        _ = render(state)
        #expect(state.catalog.builtHaystacks == 0)
        #expect(state.cursor == state.visible.groups[1].firstItem)
    }

    @Test func filterToggleGivesExactlyTheIndexedEvents() {
        let state = reduce(Self.big, .character("1"))
        #expect(state.visible.count == state.timeline.index.byIssue["one"]?.count)
        #expect(state.visible.items.allSatisfy { $0 % 3 == 0 })
        #expect(reduce(state, .character("0")).visible.count == 50_000)
    }
}
