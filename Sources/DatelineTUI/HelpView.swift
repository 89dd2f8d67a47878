/// Every key, in an overlay. j/k scroll it when the terminal is short; any other key closes it.
enum HelpView: BrowserScreen {
    static let sections: [(String, [(String, String)])] = [
        ("List", [
            ("Up/Down, k/j", "previous / next event"),
            ("PgUp/PgDn, b/Space", "page up / down"),
            ("Home/End, g/G", "first / last event"),
            ("[ / ]", "previous / next month"),
            (":", "go to a date (2023-02, feb 2023, 2024)"),
            ("Enter, Right", "open the detail pane"),
            ("Esc, Left", "close the detail pane"),
            ("Tab", "switch focus between list and pane"),
            ("o", "read the selected source article"),
        ]),
        ("Search and filter", [
            ("/", "search titles, summaries, actors, places"),
            ("n / N", "next / previous match"),
            ("f", "filter by issue"),
            ("a", "filter by actor"),
            ("d", "filter by source document"),
            ("1 ... 9", "toggle one of the first nine issues"),
            ("0", "clear every filter"),
        ]),
        ("Detail pane", [
            ("k/j, PgUp/PgDn", "scroll"),
            ("[ / ]", "previous / next source"),
            ("Enter, o", "read the selected source"),
        ]),
        ("Pickers", [
            ("Space", "toggle the entry"),
            ("Enter", "apply"),
            ("c", "clear the choices"),
            ("Esc", "cancel"),
        ]),
        ("Reader", [
            ("k/j, b/Space", "scroll"),
            ("s", "back to the highlighted sentence"),
            ("Esc, q", "back"),
        ]),
        ("Anywhere", [
            ("?", "this help"),
            ("w", "list warnings about the input"),
            ("mouse", "wheel scrolls, click selects"),
            ("q", "close the pane or overlay, then quit"),
        ]),
    ]

    static func lines(ascii: Bool) -> [StyledLine] {
        var lines: [StyledLine] = []
        for (index, (title, keys)) in sections.enumerated() {
            if index > 0 { lines.append([]) }
            var heading = StyledText(ascii: ascii)
            heading.append(title, Style(foreground: .cyan, bold: true))
            lines.append(heading.cells)
            for (key, meaning) in keys {
                var line = StyledText(ascii: ascii)
                line.append("  " + key.padding(20), Style(bold: true))
                line.append(meaning)
                lines.append(line.cells)
            }
        }
        return lines
    }

    static func frameHeight(_ state: BrowserState) -> Int { state.layout.body.height }

    static func draw(_ state: BrowserState, in area: Rect, on canvas: inout Canvas) {
        guard case .help(let scroll)? = state.overlay else { return }
        let content = lines(ascii: state.options.ascii)
        let inner = Chrome.drawFrame(title: "Keys", width: 64, height: min(area.height, content.count + 2), in: area,
                                     on: &canvas, ascii: state.options.ascii)
        for offset in 0..<inner.height where scroll + offset < content.count {
            canvas.put(cells: content[scroll + offset], row: inner.row + offset, column: inner.column, maxWidth: inner.width)
        }
        if scroll + inner.height < content.count {
            canvas.put(state.options.ascii ? "v more" : "↓ more", row: inner.row + inner.height - 1,
                       column: inner.column + inner.width - 6, style: Style(foreground: .gray), ascii: state.options.ascii)
        }
    }

    static func handle(_ key: Key, _ state: inout BrowserState) {
        guard case .help(let scroll)? = state.overlay else { return }
        let maxScroll = max(0, lines(ascii: state.options.ascii).count - max(1, frameHeight(state) - 2))
        switch key {
        case .down, .character("j"), .mouseWheelDown: state.overlay = .help(scroll: min(maxScroll, scroll + 1))
        case .up, .character("k"), .mouseWheelUp: state.overlay = .help(scroll: max(0, scroll - 1))
        case .pageDown, .character(" "): state.overlay = .help(scroll: min(maxScroll, scroll + 10))
        case .pageUp, .character("b"): state.overlay = .help(scroll: max(0, scroll - 10))
        case .control("c"): state.isFinished = true
        default: state.overlay = nil
        }
    }

    static func hints(_ state: BrowserState) -> String {
        state.options.ascii ? "j/k scroll | any other key closes" : "j/k scroll · any other key closes"
    }
}

extension String {
    /// Pads with spaces to `width` characters (ASCII-only text, for key columns).
    func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
