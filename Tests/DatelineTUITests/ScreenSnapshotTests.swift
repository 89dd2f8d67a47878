import Testing
@testable import DatelineTUI

/// Golden screens of the fixture corpus in every view.
@Suite struct ScreenSnapshotTests {
    typealias Case = (name: String, width: Int, height: Int, options: BrowserOptions, keys: [Key])

    static let plain = BrowserOptions()
    static let cases: [Case] = [
        ("list-80x24", 80, 24, plain, []),
        ("list-120x40", 120, 40, plain, []),
        ("list-cursor-moved-80x24", 80, 24, plain, [.down, .down, .down]),
        ("detail-split-120x40", 120, 40, plain, [.down, .down, .down, .down, .down, .enter]),
        ("detail-split-focus-pane-120x40", 120, 40, plain, [.down, .down, .down, .down, .down, .enter, .tab, .character("]")]),
        ("detail-full-80x24", 80, 24, plain, [.down, .down, .down, .down, .down, .enter]),
        ("issue-filter-picker-80x24", 80, 24, plain, [.character("f"), .down, .character(" ")]),
        ("issue-filter-applied-80x24", 80, 24, plain, [.character("f"), .down, .character(" "), .enter]),
        ("actor-picker-80x24", 80, 24, plain, [.character("a")]),
        ("document-picker-80x24", 80, 24, plain, [.character("d")]),
        ("search-typing-80x24", 80, 24, plain, [.character("/")] + Fixture.type("talks")),
        ("search-confirmed-80x24", 80, 24, plain, [.character("/")] + Fixture.type("talks") + [.enter, .character("n")]),
        ("goto-prompt-80x24", 80, 24, plain, [.character(":")] + Fixture.type("feb 2023")),
        ("help-80x24", 80, 24, plain, [.character("?")]),
        ("help-120x40", 120, 40, plain, [.character("?")]),
        ("warnings-80x24", 80, 24, plain, [.character("w")]),
        ("reader-80x24", 80, 24, plain, [.down, .down, .down, .down, .down, .enter, .character("]"), .character("o")]),
        ("too-small-39x10", 39, 10, plain, []),
        ("ascii-80x24", 80, 24, BrowserOptions(ascii: true, color: true), [.down]),
        ("ascii-detail-80x24", 80, 24, BrowserOptions(ascii: true, color: false),
         [.end, .up, .enter]),
        ("no-color-80x24", 80, 24, BrowserOptions(ascii: false, color: false), [.down]),
        ("hostile-text-detail-80x24", 80, 24, plain, [.end, .up, .enter]),
        ("hostile-text-detail-ascii-80x24", 80, 24, BrowserOptions(ascii: true), [.end, .up, .enter]),
    ]

    @Test(arguments: cases.map(\.name))
    func screen(_ name: String) throws {
        let c = try #require(Self.cases.first { $0.name == name })
        let state = Fixture.press(Fixture.state(width: c.width, height: c.height, options: c.options), c.keys)
        Snapshot.assertMatches(render(state), named: name)
    }

    @Test func loadingScreen() {
        let canvas = renderLoading(message: "Reading 3 of 8 articles…", fraction: 0.375, width: 60, height: 12, options: .init())
        Snapshot.assertMatches(canvas, named: "loading-60x12")
    }
}
