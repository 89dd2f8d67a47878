import DatelineModel
import Testing
@testable import DatelineTUI

@Suite struct ListReducerTests {
    static func cursorAfter(_ keys: [Key], from start: Int = 0) -> Int {
        var state = Fixture.largeState()
        state.select(item: start)
        return Fixture.press(state, keys).cursor
    }

    @Test(arguments: [
        ([Key.down], 0, 1), ([.character("j")], 0, 1), ([.up], 5, 4), ([.character("k")], 5, 4),
        ([.up], 0, 0), ([.end], 0, 299), ([.character("G")], 0, 299), ([.home], 50, 0), ([.character("g")], 50, 0),
        ([.down], 299, 299),
    ])
    func movesTheCursor(_ keys: [Key], _ start: Int, _ expected: Int) {
        #expect(Self.cursorAfter(keys, from: start) == expected)
    }

    @Test(arguments: [Key.pageDown, .character(" ")])
    func pagesDownByAScreenful(_ key: Key) {
        let state = Fixture.largeState()
        let paged = reduce(state, key)
        let rows = paged.visible.row(ofItem: paged.cursor) - state.visible.row(ofItem: state.cursor)
        #expect(rows >= state.listHeight - 2 && rows <= state.listHeight + 1)
        #expect(paged.top > 0)
        let back = reduce(paged, key == .pageDown ? .pageUp : .character("b"))
        #expect(back.cursor < paged.cursor)
        #expect(back.top < paged.top)
    }

    @Test func keepsThreeRowsOfContextWhileScrolling() {
        var state = Fixture.largeState()
        for _ in 0..<120 {
            state = reduce(state, .down)
            let row = state.visible.row(ofItem: state.cursor)
            #expect(row - state.top >= 3 || state.top == 0)
            #expect(state.top + state.listHeight - 1 - row >= 3)
        }
        for _ in 0..<60 {
            state = reduce(state, .up)
            let row = state.visible.row(ofItem: state.cursor)
            #expect(row - state.top >= 3 || state.top == 0)
        }
    }

    @Test func bracketsJumpBetweenMonthGroups() {
        let state = Fixture.largeState()
        let next = reduce(state, .character("]"))
        let g = next.visible.groupIndex(ofItem: next.cursor)
        #expect(g == 1 && next.cursor == next.visible.groups[1].firstItem)
        let inside = reduce(reduce(next, .down), .character("["))
        #expect(inside.cursor == next.cursor)
        let previous = reduce(inside, .character("["))
        #expect(previous.cursor == 0)
    }

    @Test(arguments: [(120, true), (80, false)])
    func enterOpensThePane(_ width: Int, _ split: Bool) {
        for key in [Key.enter, .right, .character("l")] {
            let state = reduce(Fixture.state(width: width, height: 30), key)
            #expect(state.paneOpen)
            #expect(state.layout.isSplit == split)
            #expect(state.focus == (split ? .list : .pane))
            for close in [Key.escape, .left, .character("h"), .character("q")] {
                let closed = reduce(state, close)
                #expect(!closed.paneOpen && !closed.isFinished)
            }
        }
    }

    @Test func tabMovesFocusBetweenListAndPane() {
        let open = reduce(Fixture.state(width: 120, height: 30), .enter)
        let pane = reduce(open, .tab)
        #expect(pane.focus == .pane)
        #expect(reduce(pane, .tab).focus == .list)
        #expect(reduce(Fixture.state(), .tab).focus == .list)
    }

    @Test func movingWithTheSplitPaneOpenFollowsTheCursor() {
        let open = reduce(Fixture.state(width: 120, height: 30), .enter)
        let moved = reduce(open, .down)
        #expect(moved.paneOpen && moved.cursor == 1)
        #expect(render(moved).text.contains("Northland and Southmark sign a ceasefire"))
    }

    @Test func quitIsLastAndCtrlCAlwaysQuits() {
        #expect(reduce(Fixture.state(), .character("q")).isFinished)
        #expect(reduce(reduce(Fixture.state(), .character("f")), .control("c")).isFinished)
    }

    @Test(arguments: [(Character("f"), BrowserState.FilterKind.issue), (Character("a"), .actor), (Character("d"), .document)])
    func lettersOpenPickers(_ letter: Character, _ kind: BrowserState.FilterKind) {
        let state = reduce(Fixture.state(), .character(letter))
        guard case .picker(let picker)? = state.overlay else { Issue.record("no picker"); return }
        #expect(picker.kind == kind)
        #expect(!picker.entries.isEmpty)
    }

    @Test func digitsToggleIssuesAndZeroClears() {
        let one = reduce(Fixture.state(), .character("1"))
        #expect(one.filter.issues == ["conflict"])
        #expect(one.visible.items.map { one.timeline.events[$0].id } == ["e2", "e5"])
        let two = reduce(one, .character("3"))
        #expect(Set(two.visible.items.map { two.timeline.events[$0].id }) == ["e2", "e3", "e4", "e5"])
        #expect(reduce(two, .character("1")).filter.issues == ["trade"])
        let cleared = reduce(two, .character("0"))
        #expect(cleared.filter.isEmpty && cleared.visible.count == 9)
        #expect(reduce(Fixture.state(), .character("9")).message != nil)
    }

    @Test func filteringKeepsTheSelectedEventWhenItStays() {
        var state = Fixture.state()
        state.select(item: 5)                              // e5, a conflict event
        let filtered = reduce(state, .character("1"))
        #expect(filtered.selectedEvent?.id == "e5")
    }

    @Test func helpWarningsAndPromptsOpen() {
        let state = Fixture.state()
        if case .help? = reduce(state, .character("?")).overlay {} else { Issue.record("no help") }
        if case .warnings? = reduce(state, .character("w")).overlay {} else { Issue.record("no warnings") }
        if case .search? = reduce(state, .character("/")).prompt {} else { Issue.record("no search") }
        #expect(reduce(state, .character(":")).prompt == .goTo(text: ""))
        if case .reader? = reduce(state, .character("o")).overlay {} else { Issue.record("no reader") }
    }

    @Test func mouseWheelScrollsAndClickSelects() {
        let state = Fixture.largeState()
        let wheeled = reduce(reduce(state, .mouseWheelDown), .mouseWheelDown)
        #expect(wheeled.top == 6)
        #expect(wheeled.visible.row(ofItem: wheeled.cursor) >= wheeled.top)
        #expect(reduce(wheeled, .mouseWheelUp).top == 3)
        // Row 2 is the first list row: a heading there selects the event under it.
        let clicked = reduce(state, .mouseClick(row: 6, column: 10))
        if case .event(let item)? = state.visible.content(ofRow: 4) { #expect(clicked.cursor == item) }
        let heading = reduce(state, .mouseClick(row: 2, column: 10))
        #expect(heading.cursor == 0)
    }

    @Test func resizeKeepsTheSelectionVisible() {
        var state = Fixture.largeState(width: 120, height: 50)
        state = Fixture.press(state, Array(repeating: .down, count: 40))
        let small = reduce(state, .resize(width: 80, height: 12))
        let row = small.visible.row(ofItem: small.cursor)
        #expect(small.cursor == state.cursor)
        #expect(row >= small.top && row < small.top + small.listHeight)
    }

    @Test func tooSmallIgnoresKeysButQuitsAndRecovers() {
        let tiny = Fixture.state(width: 39, height: 9)
        #expect(reduce(tiny, .down).cursor == 0)
        #expect(reduce(tiny, .character("?")).overlay == nil)
        #expect(reduce(tiny, .character("q")).isFinished)
        #expect(render(tiny).text.contains("Terminal too small"))
        let grown = reduce(tiny, .resize(width: 80, height: 24))
        #expect(reduce(grown, .down).cursor == 1)
    }
}

extension BrowserState.Overlay: Equatable {
    public static func == (lhs: Self, rhs: Self) -> Bool {
        switch (lhs, rhs) {
        case (.help(let a), .help(let b)), (.warnings(let a), .warnings(let b)): a == b
        case (.picker(let a), .picker(let b)): a.kind == b.kind && a.cursor == b.cursor && a.chosen == b.chosen
        case (.reader(let a), .reader(let b)): a.documentID == b.documentID && a.scroll == b.scroll
        default: false
        }
    }
}
