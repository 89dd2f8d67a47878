/// Shown instead of everything else when the terminal is under 40×10; only quitting and resizing work.
enum TooSmallView: BrowserScreen {
    static func draw(_ state: BrowserState, in area: Rect, on canvas: inout Canvas) {
        let ascii = state.options.ascii
        let size = "\(state.width)x\(state.height), need \(Layout.minimumWidth)x\(Layout.minimumHeight)"
        let lines = ["Terminal too small", size, "Enlarge it, or q to quit"]
        let first = max(0, (area.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where first + i < area.height {
            let column = max(0, (area.width - line.count) / 2)
            canvas.put(line, row: area.row + first + i, column: area.column + column, maxWidth: area.width - column,
                       style: i == 0 ? Style(foreground: .red, bold: true) : .plain, ascii: ascii)
        }
    }

    static func handle(_ key: Key, _ state: inout BrowserState) {
        switch key {
        case .character("q"), .control("c"): state.isFinished = true
        default: break
        }
    }

    static func hints(_ state: BrowserState) -> String { "q quit" }
}
