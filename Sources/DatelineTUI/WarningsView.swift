/// The messages about input that was skipped or repaired, in an overlay (`w`).
enum WarningsView: BrowserScreen {
    static func lines(_ state: BrowserState, width: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        for warning in state.warnings {
            var text = StyledText(ascii: state.options.ascii)
            text.append(state.options.ascii ? "- " : "• ", Style(foreground: .yellow))
            text.append(warning)
            lines += StyledText.wrap(text.cells, width: width, indent: 2)
        }
        return lines
    }

    static func innerWidth(_ state: BrowserState) -> Int { max(10, min(state.layout.body.width - 4, 90) - 4) }

    static func draw(_ state: BrowserState, in area: Rect, on canvas: inout Canvas) {
        guard case .warnings(let scroll)? = state.overlay else { return }
        let content = lines(state, width: innerWidth(state))
        let inner = Chrome.drawFrame(title: Chrome.count(state.warnings.count, "warning"), width: min(area.width - 4, 90),
                                     height: min(area.height, content.count + 2), in: area, on: &canvas,
                                     ascii: state.options.ascii)
        for offset in 0..<inner.height where scroll + offset < content.count {
            canvas.put(cells: content[scroll + offset], row: inner.row + offset, column: inner.column, maxWidth: inner.width)
        }
    }

    static func handle(_ key: Key, _ state: inout BrowserState) {
        guard case .warnings(let scroll)? = state.overlay else { return }
        let total = lines(state, width: innerWidth(state)).count
        let maxScroll = max(0, total - max(1, state.layout.body.height - 2))
        switch key {
        case .down, .character("j"), .mouseWheelDown: state.overlay = .warnings(scroll: min(maxScroll, scroll + 1))
        case .up, .character("k"), .mouseWheelUp: state.overlay = .warnings(scroll: max(0, scroll - 1))
        case .pageDown, .character(" "): state.overlay = .warnings(scroll: min(maxScroll, scroll + 10))
        case .pageUp, .character("b"): state.overlay = .warnings(scroll: max(0, scroll - 10))
        case .control("c"): state.isFinished = true
        default: state.overlay = nil
        }
    }

    static func hints(_ state: BrowserState) -> String {
        state.options.ascii ? "j/k scroll | any other key closes" : "j/k scroll · any other key closes"
    }
}
