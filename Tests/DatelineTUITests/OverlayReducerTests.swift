import DatelineModel
import Testing
@testable import DatelineTUI

@Suite struct DetailReducerTests {
    /// The large fixture's first event has twelve sources: a pane taller than the screen.
    static func openPane(width: Int = 80) -> BrowserState {
        reduce(Fixture.largeState(width: width, height: 24), .enter)
    }

    @Test func scrollsAndClamps() {
        let pane = Self.openPane()
        #expect(pane.paneHasKeys)
        #expect(reduce(pane, .down).detail.scroll == 1)
        #expect(reduce(pane, .character("j")).detail.scroll == 1)
        #expect(reduce(reduce(pane, .down), .character("k")).detail.scroll == 0)
        #expect(reduce(pane, .up).detail.scroll == 0)
        let end = reduce(pane, .end)
        #expect(end.detail.scroll > 0)
        #expect(reduce(end, .down).detail.scroll == end.detail.scroll)
        #expect(reduce(end, .character("g")).detail.scroll == 0)
        #expect(reduce(pane, .pageDown).detail.scroll > 10)
        #expect(reduce(reduce(pane, .pageDown), .character("b")).detail.scroll == 0)
        #expect(reduce(pane, .mouseWheelDown).detail.scroll == 3)
    }

    @Test func bracketsSelectSourcesAndScrollToThem() {
        var pane = Self.openPane()
        for _ in 0..<11 { pane = reduce(pane, .character("]")) }
        #expect(pane.detail.source == 11)
        #expect(pane.detail.scroll > 0)
        #expect(reduce(pane, .character("]")).detail.source == 11)
        #expect(reduce(pane, .character("[")).detail.source == 10)
        #expect(render(pane).text.contains("» A long article"))
    }

    @Test func enterOrOOpensTheReaderOnTheSelectedSource() {
        for key in [Key.enter, .character("o")] {
            let read = reduce(Self.openPane(), key)
            guard case .reader(let reader)? = read.overlay else { Issue.record("no reader"); continue }
            #expect(reader.documentID == "long")
        }
    }

    @Test func closingAndFocus() {
        let pane = Self.openPane()
        #expect(!reduce(pane, .escape).paneOpen)
        #expect(!reduce(pane, .left).paneOpen)
        #expect(!reduce(pane, .character("q")).paneOpen)
        #expect(!reduce(pane, .character("q")).isFinished)
        let split = reduce(Self.openPane(width: 120), .tab)
        #expect(split.focus == .pane)
        #expect(reduce(split, .tab).focus == .list)
        #expect(reduce(split, .down).cursor == 0)          // the pane scrolls, the list stays
        #expect(reduce(split, .mouseClick(row: 6, column: 5)).focus == .list)
    }

    @Test func sourcesThatDisagreeAreMarked() {
        let event = Fixture.events[4]
        #expect(DetailView.disagreeingMentions(event) == [0, 1])
        #expect(DetailView.disagreeingMentions(Fixture.events[3]).isEmpty)
        let text = render(Fixture.press(Fixture.state(), [.end, .up, .up, .up, .enter])).text
        #expect(text.contains("≠ sources disagree"))
    }

    @Test func timexIsHighlightedByItsUTF8Offsets() {
        let mention = Fixture.events[7].mentions[0]
        let styled = DetailView.highlightedSentence(mention, ascii: false).cells
        let marked = String(styled.filter { $0.style.underline }.map(\.character))
        #expect(marked == "April 26, 2024")
    }
}

@Suite struct ReaderReducerTests {
    static func reader() -> BrowserState { reduce(Fixture.largeState(), .character("o")) }

    static func scroll(_ state: BrowserState) -> Int {
        if case .reader(let reader)? = state.overlay { return reader.scroll }
        return -1
    }

    @Test func opensScrolledToTheSentence() {
        let state = Self.reader()
        guard case .reader(let reader)? = state.overlay else { Issue.record("no reader"); return }
        #expect(reader.sentenceLine == 50)
        #expect(reader.scroll == 47)
        #expect(render(state).text.contains("Negotiators met again on 3 March 2023"))
    }

    @Test func scrollKeys() {
        let state = Self.reader()
        #expect(Self.scroll(reduce(state, .down)) == 48)
        #expect(Self.scroll(reduce(state, .character("k"))) == 46)
        #expect(Self.scroll(reduce(state, .home)) == 0)
        #expect(Self.scroll(reduce(state, .character("G"))) == 80 - 22)
        #expect(Self.scroll(reduce(state, .pageUp)) == 47 - 21)
        #expect(Self.scroll(reduce(reduce(state, .home), .character("s"))) == 47)
        #expect(Self.scroll(reduce(state, .mouseWheelUp)) == 44)
    }

    @Test(arguments: [Key.escape, .character("q"), .left, .character("o")])
    func closes(_ key: Key) {
        let closed = reduce(Self.reader(), key)
        #expect(closed.overlay == nil && !closed.isFinished)
    }

    @Test func missingTextGivesAMessage() {
        var timeline = Fixture.timeline
        timeline.documents = timeline.documents.map { var d = $0; d.text = ""; return d }
        let state = reduce(BrowserState(timeline: timeline, corpusName: "x", width: 80, height: 24), .character("o"))
        #expect(state.overlay == nil)
        #expect(state.message?.contains("not loaded") == true)
    }

    @Test func resizeRewraps() {
        let narrow = reduce(Self.reader(), .resize(width: 40, height: 20))
        guard case .reader(let reader)? = narrow.overlay else { Issue.record("no reader"); return }
        #expect(reader.lines.count > 80)
        #expect(reader.lines.allSatisfy { $0.count <= 38 })
    }
}

@Suite struct PickerReducerTests {
    static func picker(_ state: BrowserState) -> PickerState? {
        if case .picker(let picker)? = state.overlay { return picker }
        return nil
    }

    @Test func spaceTogglesEnterAppliesWithAnyOfTheChosen() {
        let state = Fixture.press(Fixture.state(), [.character("f"), .character(" "), .down, .down, .character(" ")])
        #expect(Self.picker(state)?.chosen == ["conflict", "trade"])
        #expect(state.visible.count == 9)                    // not applied yet
        let applied = reduce(state, .enter)
        #expect(applied.overlay == nil)
        #expect(applied.filter.issues == ["conflict", "trade"])
        #expect(applied.visible.items.map { applied.timeline.events[$0].id } == ["e2", "e3", "e4", "e5"])
    }

    @Test func clearEscapeAndMovement() {
        let chosen = Fixture.press(Fixture.state(), [.character("1"), .character("f")])
        #expect(Self.picker(chosen)?.chosen == ["conflict"])
        let cleared = reduce(chosen, .character("c"))
        #expect(Self.picker(cleared)?.chosen == [])
        #expect(reduce(cleared, .enter).filter.isEmpty)
        #expect(reduce(cleared, .escape).filter.issues == ["conflict"])
        #expect(Self.picker(reduce(chosen, .down))?.cursor == 1)
        #expect(Self.picker(reduce(chosen, .character("j")))?.cursor == 1)
        #expect(Self.picker(reduce(chosen, .up))?.cursor == 0)
        #expect(Self.picker(reduce(chosen, .end))?.cursor == 5)
        #expect(Self.picker(reduce(reduce(chosen, .end), .home))?.cursor == 0)
    }

    @Test func actorAndDocumentFiltersCombineWithIssues() {
        let actor = Fixture.press(Fixture.state(), [.character("a")])
        let entries = Self.picker(actor)?.entries ?? []
        #expect(entries.first?.label == "Northland" || entries.first?.label == "Southmark")
        #expect(entries.first?.count == 2)
        let northland = Fixture.press(actor, [.character(" "), .enter])
        #expect(northland.visible.count == 2)
        let both = reduce(northland, .character("1"))       // conflict AND (Northland or …)
        #expect(both.visible.items.map { both.timeline.events[$0].id } == ["e2"])
        let document = Fixture.press(Fixture.state(), [.character("d"), .down, .down, .character(" "), .enter])
        #expect(document.filter.documents == ["asia-3"])
        #expect(document.visible.items.map { document.timeline.events[$0].id } == ["e1", "e4", "e8"])
    }

    @Test func clickTogglesAnEntry() {
        let state = reduce(Fixture.state(), .character("f"))
        let rect = state.layout.body
        let firstRow = rect.row + (rect.height - 8) / 2 + 1
        #expect(Self.picker(reduce(state, .mouseClick(row: firstRow + 1, column: 20)))?.chosen == ["diplomacy"])
    }
}

@Suite struct SearchAndPromptTests {
    @Test func incrementalSearchJumpsAndEscapeGoesBack() {
        var state = Fixture.state()
        state.select(item: 2)
        state = reduce(state, .character("/"))
        state = reduce(state, .character("t"))                // "Envoy returns to the capital" contains t
        #expect(state.cursor == 2)
        state = Fixture.press(state, Fixture.type("alks"))     // first "talks" at or after the cursor
        #expect(state.selectedEvent?.id == "e7")
        state = reduce(state, .backspace)
        #expect(state.query == "talk")
        let cancelled = reduce(state, .escape)
        #expect(cancelled.cursor == 2 && cancelled.query == "" && cancelled.prompt == nil)
    }

    @Test func searchCoversActorsAndPlacesAndIsNotAFilter() {
        let byActor = Fixture.press(Fixture.state(), [.character("/")] + Fixture.type("李明") + [.enter])
        #expect(byActor.selectedEvent?.id == "e8")
        #expect(byActor.visible.count == 9)
        let byPlace = Fixture.press(Fixture.state(), [.character("/")] + Fixture.type("river crossing") + [.enter])
        #expect(byPlace.selectedEvent?.id == "e5")
        let bySummary = Fixture.press(Fixture.state(), [.character("/")] + Fixture.type("LAKESIDE") + [.enter])
        #expect(bySummary.selectedEvent?.id == "e2")
    }

    @Test func nextAndPreviousMatchWrap() {
        let state = Fixture.press(Fixture.state(), [.character("/")] + Fixture.type("talks") + [.enter])
        #expect(state.selectedEvent?.id == "e1")
        let next = reduce(state, .character("n"))
        #expect(next.selectedEvent?.id == "e7")
        let wrapped = reduce(next, .character("n"))
        #expect(wrapped.selectedEvent?.id == "e1")
        #expect(wrapped.message?.contains("wrapped") == true)
        #expect(reduce(state, .character("N")).selectedEvent?.id == "e7")
        #expect(state.matchCount("talks") == 2)
    }

    @Test func noMatchStaysAndSaysSo() {
        var state = Fixture.state()
        state.select(item: 3)
        state = Fixture.press(state, [.character("/")] + Fixture.type("zzz"))
        #expect(state.cursor == 3)
        #expect(state.message?.contains("no match") == true)
        #expect(reduce(Fixture.state(), .character("n")).message?.contains("no search") == true)
    }

    @Test(arguments: [("2024", "e7"), ("2023-02", "e3"), ("feb 2023", "e3"), ("2023", "e6"), ("nov 2022", "e2"),
                      ("2023-06", "e7")])
    func goToDate(_ text: String, _ id: String) {
        let state = Fixture.press(Fixture.state(), [.character(":")] + Fixture.type(text) + [.enter])
        #expect(state.selectedEvent?.id == id)
        #expect(state.prompt == nil)
    }

    @Test func goToDateEditingAndErrors() {
        let typed = Fixture.press(Fixture.state(), [.character(":")] + Fixture.type("20x"))
        #expect(reduce(typed, .backspace).prompt == .goTo(text: "20"))
        #expect(reduce(typed, .escape).prompt == nil)
        let bad = reduce(typed, .enter)
        #expect(bad.message?.contains("cannot read") == true && bad.cursor == 0)
    }
}

@Suite struct HelpAndWarningsTests {
    @Test func anyOtherKeyClosesHelp() {
        let help = reduce(Fixture.state(width: 80, height: 12), .character("?"))
        #expect(reduce(help, .down).overlay == .help(scroll: 1))
        #expect(reduce(help, .character("x")).overlay == nil)
        #expect(reduce(help, .escape).overlay == nil)
        #expect(!reduce(help, .character("q")).isFinished)
    }

    @Test func helpListsEveryKeyTheReducersUse() {
        let text = HelpView.sections.flatMap(\.1).map(\.0).joined(separator: " ")
        for key in ["k/j", "PgUp", "Home", "[ / ]", ":", "Enter", "Esc", "Tab", "o", "/", "n / N", "f", "a", "d",
                    "1 ... 9", "0", "Space", "c", "s", "?", "w", "q", "mouse"] {
            #expect(text.contains(key), "\(key)")
        }
    }

    @Test func warningsOverlayAndStatusCount() {
        let state = Fixture.state()
        #expect(render(state).text.contains("! 2 warnings (w)"))
        let shown = reduce(state, .character("w"))
        #expect(render(shown).text.contains("repaired invalid UTF-8 in daily-2.txt"))
        #expect(reduce(shown, .escape).overlay == nil)
        var quiet = Fixture.timeline
        quiet.warnings = []
        let none = reduce(BrowserState(timeline: quiet, corpusName: "q", width: 80, height: 24), .character("w"))
        #expect(none.overlay == nil && none.message == "no warnings")
    }

    @Test func emptyTimelineDoesNotCrash() {
        var state = BrowserState(timeline: Timeline(documents: [], issues: [], events: []), corpusName: "empty",
                                 width: 80, height: 24)
        for key in [Key.down, .up, .pageDown, .end, .character("]"), .character("["), .enter, .character("o"),
                    .character("/"), .character("x"), .enter, .character("n"), .character("f"), .enter,
                    .mouseClick(row: 5, column: 5), .mouseWheelDown] {
            state = reduce(state, key)
            _ = render(state)
        }
        #expect(render(state).text.contains("No events"))
    }
}

@Suite struct HostileOffsetTests {
    @Test(arguments: [(Int.max, 5, Int.max, 5), (Int.min, 3, 0, Int.max), (-4, -1, 2, -9), (10_000, 5, 10_002, 2)])
    func absurdOffsetsNeverTrap(_ offset: Int, _ length: Int, _ timexOffset: Int, _ timexLength: Int) {
        let mention = Mention(document: "wire-1", sentence: "A sentence.", offset: offset, length: length, timex: "x",
                              timexOffset: timexOffset, timexLength: timexLength, when: nil)
        var timeline = Fixture.timeline
        timeline.events[0].mentions = [mention]
        var state = BrowserState(timeline: timeline, corpusName: "h", width: 80, height: 24)
        for key in [Key.enter, .character("o"), .down, .end] { state = reduce(state, key); _ = render(state) }
        _ = DetailView.highlightedSentence(mention, ascii: false)
        #expect(state.width == 80)
    }
}

@Suite struct OverlayScrollKeyTests {
    @Test(arguments: [
        (Key.down, 1), (.character("j"), 1), (.mouseWheelDown, 1), (.pageDown, 10), (.character(" "), 10),
    ])
    func helpScrolls(_ key: Key, _ expected: Int) {
        let help = reduce(Fixture.state(width: 80, height: 12), .character("?"))
        #expect(reduce(help, key).overlay == .help(scroll: expected))
        let back = reduce(reduce(help, key), key == .pageDown || key == .character(" ") ? .pageUp : .up)
        #expect(back.overlay == .help(scroll: 0))
    }

    @Test func warningsScrollWhenLong() {
        var timeline = Fixture.timeline
        timeline.warnings = (0..<40).map { "warning number \($0)" }
        let shown = reduce(BrowserState(timeline: timeline, corpusName: "w", width: 80, height: 20), .character("w"))
        #expect(reduce(shown, .down).overlay == .warnings(scroll: 1))
        #expect(reduce(shown, .character("k")).overlay == .warnings(scroll: 0))
        #expect(reduce(shown, .pageDown).overlay == .warnings(scroll: 10))
        #expect(reduce(shown, .character("x")).overlay == nil)
        #expect(render(reduce(shown, .pageDown)).text.contains("warning number 10"))
    }

    @Test(arguments: [(60, 12, 0.5), (10, 3, 2.0), (0, 0, 0.1), (40, 10, Double.nan)])
    func loadingScreenAnySize(_ width: Int, _ height: Int, _ fraction: Double) {
        let canvas = renderLoading(message: "Loading…", fraction: fraction, width: width, height: height,
                                   options: BrowserOptions(ascii: true, color: false))
        #expect(canvas.width == width && canvas.height == height)
        #expect(canvas.cells.allSatisfy { $0.character.isASCII && $0.style.foreground == .default })
        let none = renderLoading(message: "Loading", fraction: nil, width: width, height: height, options: .init())
        #expect(!none.text.contains("%"))
    }
}

@Suite struct SearchMarkTests {
    @Test func rowsMatchedOutsideTheTitleAreMarked() {
        let state = Fixture.press(Fixture.state(), [.character("/")] + Fixture.type("lakeside") + [.enter])
        let lines = render(state).text.split(separator: "\n").map(String.init)
        let marked = lines.filter { $0.hasPrefix("•") }
        #expect(marked.count == 1)
        #expect(marked.first?.contains("Northland and Southmark sign") == true)
    }
}
