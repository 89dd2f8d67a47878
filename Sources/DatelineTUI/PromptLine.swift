/// The one-line prompts in the status line: `/` search (incremental) and `:` go to a date.
enum PromptLine {
    static func handle(_ key: Key, _ state: inout BrowserState) {
        switch state.prompt {
        case .search(let search)?: handleSearch(key, search, &state)
        case .goTo(let text)?: handleGoTo(key, text, &state)
        case nil: break
        }
    }

    private static func handleSearch(_ key: Key, _ search: BrowserState.SearchPrompt, _ state: inout BrowserState) {
        var edited = search
        switch key {
        case .character(let c) where !isControl(c):
            edited.text.append(c)
        case .backspace, .delete:
            if edited.text.isEmpty { state.cancelSearch(search); return }
            edited.text.removeLast()
        case .enter:
            state.prompt = nil
            state.query = search.text
            if !search.text.isEmpty && !search.found { state.message = "no match for \(search.text)" }
            return
        case .escape, .control("c"), .control("g"):
            state.cancelSearch(search)
            return
        default:
            return
        }
        state.updateSearch(edited, previousText: search.text)
    }

    private static func handleGoTo(_ key: Key, _ text: String, _ state: inout BrowserState) {
        switch key {
        case .character(let c) where !isControl(c): state.prompt = .goTo(text: text + String(c))
        case .backspace, .delete:
            state.prompt = text.isEmpty ? nil : .goTo(text: String(text.dropLast()))
        case .enter:
            state.prompt = nil
            if !text.isEmpty { state.goTo(text) }
        case .escape, .control("c"), .control("g"): state.prompt = nil
        default: break
        }
    }

    private static func isControl(_ c: Character) -> Bool {
        c.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
    }

    static func draw(_ state: BrowserState, in area: Rect, on canvas: inout Canvas) {
        let ascii = state.options.ascii
        let label: String
        let text: String
        switch state.prompt {
        case .search(let search)?: label = "/"; text = search.text
        case .goTo(let typed)?: label = "Go to date (2023-02, feb 2023, 2024): "; text = typed
        case nil: return
        }
        var column = area.column
        column += canvas.put(label, row: area.row, column: column, maxWidth: area.width, style: Style(bold: true),
                             ascii: ascii)
        // Keep the end of a long entry in view.
        let room = max(1, area.width - (column - area.column) - 1)
        var cells = TextSanitizer.displayCells(text, ascii: ascii)
        var used = cells.reduce(0) { $0 + Int($1.1) }
        while used > room, !cells.isEmpty { used -= Int(cells.removeFirst().1) }
        column += canvas.put(cells: cells.map { Cell(character: $0.0, width: $0.1, style: .plain) },
                             row: area.row, column: column)
        if let message = state.message {
            canvas.put("  " + message, row: area.row, column: column, maxWidth: area.column + area.width - column,
                       style: Style(foreground: .yellow), ascii: ascii)
        }
        canvas.cursor = (area.row, min(column, area.column + area.width - 1))
    }
}
