import DatelineModel
import Testing
@testable import DatelineTUI

/// Long seeded sequences of random keys, sizes and clicks: nothing traps, invariants hold.
@Suite struct RandomKeyTests {
    static let keys: [Key] = [
        .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .tab, .backTab, .backspace,
        .delete, .mouseWheelUp, .mouseWheelDown, .control("z"),
    ] + "jkgGbnN []:/?wfado0123456789csxq2023-febLHl\u{1B}".map { Key.character($0) }

    @Test(arguments: [1, 2, 3, 4])
    func randomSessions(_ seed: UInt64) {
        var random = seed &* 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((random >> 33) % UInt64(bound))
        }
        var state = seed % 2 == 0 ? Fixture.state(width: 120, height: 40) : Fixture.largeState()
        for step in 0..<1000 {
            let key: Key
            switch next(40) {
            case 0: key = .resize(width: next(160), height: next(60))
            case 1: key = .mouseClick(row: next(60), column: next(160))
            default: key = Self.keys[next(Self.keys.count)]
            }
            state = reduce(state, key)
            if state.isFinished { state.isFinished = false }
            let canvas = render(state)
            #expect(canvas.width == state.width && canvas.height == state.height)
            #expect(state.visible.isEmpty || (0..<state.visible.count).contains(state.cursor))
            #expect(state.top >= 0)
            // The cell scan is the slow part in debug builds: every fifth step is enough.
            for row in 0..<canvas.height where step % 5 == 0 {
                for column in 0..<canvas.width where canvas[row, column].width == 0 {
                    #expect(column > 0 && canvas[row, column - 1].width == 2)
                }
            }
        }
    }
}
