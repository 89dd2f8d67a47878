import DatelineModel

/// The chronology: year and month headings with one row per event (date, title, issue tags,
/// number of sources). Draws only the rows on screen: O(rows × log g).
enum ListView: BrowserScreen {
    static let dateColumnWidth = 18

    static func draw(_ state: BrowserState, in area: Rect, on canvas: inout Canvas) {
        let ascii = state.options.ascii
        guard !state.visible.isEmpty else {
            let text = state.filter.isEmpty ? "No events in this corpus." : "No events match the filter (0 clears it)."
            canvas.put(text, row: area.row + 1, column: area.column + 2, maxWidth: area.width - 2,
                       style: Style(foreground: .gray), ascii: ascii)
            return
        }
        for offset in 0..<area.height {
            guard let content = state.visible.content(ofRow: state.top + offset) else { break }
            let row = area.row + offset
            switch content {
            case .yearHeading(let g): drawYearHeading(state.visible.groups[g], state, row: row, area: area, on: &canvas)
            case .monthHeading(let g): drawMonthHeading(state.visible.groups[g], state, row: row, area: area, on: &canvas)
            case .event(let item): drawEvent(item: item, state, row: row, area: area, on: &canvas)
            }
        }
    }

    static func drawYearHeading(_ group: VisibleList.Group, _ state: BrowserState, row: Int, area: Rect,
                                on canvas: inout Canvas) {
        let ascii = state.options.ascii
        let rule = ascii ? "=" : "━"
        let title = group.isUndated ? "Undated context" : String(GroupKey.year(group.key))
        let count = group.isUndated ? group.count : group.yearCount
        let text = rule + rule + " " + title + " " + String(repeating: rule, count: 3) + " "
            + Chrome.count(count, "event") + " "
        let used = canvas.put(text, row: row, column: area.column, maxWidth: area.width,
                              style: Style(foreground: .cyan, bold: true), ascii: ascii)
        if used < area.width {
            canvas.put(String(repeating: rule, count: area.width - used), row: row, column: area.column + used,
                       maxWidth: area.width - used, style: Style(foreground: .cyan), ascii: ascii)
        }
    }

    static func drawMonthHeading(_ group: VisibleList.Group, _ state: BrowserState, row: Int, area: Rect,
                                 on canvas: inout Canvas) {
        let month = GroupKey.month(group.key)
        let text = " " + DateLabel.monthName(month) + " " + String(GroupKey.year(group.key))
            + (state.options.ascii ? " - " : " · ") + Chrome.count(group.count, "event")
        canvas.put(text, row: row, column: area.column, maxWidth: area.width, style: Style(foreground: .yellow, bold: true),
                   ascii: state.options.ascii)
    }

    static func drawEvent(item: Int, _ state: BrowserState, row: Int, area: Rect, on canvas: inout Canvas) {
        let ascii = state.options.ascii
        let position = state.visible.items[item]
        let event = state.timeline.events[position]
        let selected = item == state.cursor
        var base = Style()
        if selected {
            // Reverse while the list has the keys; underlined while the pane has them.
            base = state.focus == .list || !state.paneOpen ? Style(reverse: true) : Style(bold: true, underline: true)
        }
        canvas.fill(row: row, column: area.column, width: area.width, height: 1, style: base)

        // A match in the summary, actors or places is invisible in the row: mark every matching row.
        if !state.query.isEmpty && state.matches(position: position, query: state.query) {
            var mark = base
            mark.foreground = .yellow
            mark.bold = true
            canvas.put(ascii ? "*" : "•", row: row, column: area.column, style: mark, ascii: ascii)
        }
        var column = area.column + 2
        var dateStyle = base
        dateStyle.foreground = event.dateConflict ? .red : .green
        // The mark keeps a conflict visible without colours.
        let label = event.when.label + (event.dateConflict ? (ascii ? " !" : " ≠") : "")
        let labelWidth = canvas.put(label, row: row, column: column, maxWidth: area.width - 2, style: dateStyle,
                                    ascii: ascii)
        column += max(min(dateColumnWidth, area.width / 4), labelWidth + 1)

        let sources = event.documentIDs.count
        let sourceText = " " + String(sources) + (area.width < 70 ? "" : " src")
        let sourceWidth = sourceText.count
        var tags: [StyledText] = []
        for issue in event.issues {
            var style = base
            style.foreground = Chrome.color(ofIssue: issue, in: state.timeline.issues)
            var tag = StyledText(ascii: ascii)
            tag.append(" [" + issue + "]", style)
            tags.append(tag)
        }
        let right = area.column + area.width - sourceWidth
        let room = max(0, right - column)
        // The title keeps at least 24 columns; whole tags take what is left, the title the rest.
        var tagBudget = room - min(room, 24)
        var shownTags: [StyledText] = []
        for tag in tags where tag.width <= tagBudget {
            shownTags.append(tag)
            tagBudget -= tag.width
        }
        let titleRoom = room - shownTags.reduce(0) { $0 + $1.width }
        var title = StyledText(ascii: ascii)
        let ranges = state.query.isEmpty ? [] : BrowserState.matchRanges(of: state.query, in: event.title)
        var highlight = base
        highlight.foreground = .yellow
        highlight.underline = true
        highlight.bold = true
        title.append(event.title[...]) { offset in ranges.contains { $0.contains(offset) } ? highlight : base }
        title.trimTrailingSpaces()
        column += canvas.put(cells: ellipsized(title.cells, titleRoom, ascii: ascii), row: row, column: column,
                             maxWidth: titleRoom)
        // Whole tags only: a clipped tag reads as a different issue.
        for tag in shownTags where tag.width <= right - column {
            column += canvas.put(cells: tag.cells, row: row, column: column)
        }
        var sourceStyle = base
        sourceStyle.foreground = .gray
        canvas.put(sourceText, row: row, column: right, maxWidth: sourceWidth, style: sourceStyle, ascii: ascii)
    }

    /// Cuts `cells` to `width` columns, ending in an ellipsis when something was cut.
    static func ellipsized(_ cells: StyledLine, _ width: Int, ascii: Bool) -> StyledLine {
        var total = 0
        for (i, cell) in cells.enumerated() {
            total += Int(cell.width)
            if total > width {
                var kept = Array(cells[..<i])
                var keptWidth = total - Int(cell.width)
                while keptWidth + 1 > width, let last = kept.popLast() { keptWidth -= Int(last.width) }
                if width > 0 { kept.append(Cell(character: ascii ? "~" : "…", width: 1, style: cell.style)) }
                return kept
            }
        }
        return cells
    }

    static func handle(_ key: Key, _ state: inout BrowserState) {
        switch key {
        case .up, .character("k"): state.moveCursor(by: -1)
        case .down, .character("j"): state.moveCursor(by: 1)
        case .pageUp, .character("b"): state.page(by: -1)
        case .pageDown, .character(" "): state.page(by: 1)
        case .home, .character("g"): state.select(item: 0)
        case .end, .character("G"): state.select(item: state.visible.count - 1)
        case .character("["): state.jumpGroup(-1)
        case .character("]"): state.jumpGroup(1)
        case .enter, .right, .character("l"):
            guard !state.visible.isEmpty else { return }
            state.paneOpen = true
            state.focus = state.layout.isSplit ? .list : .pane
            state.keepCursorVisible()
        case .tab, .backTab:
            if state.paneOpen { state.focus = .pane }
        case .escape, .left, .character("h"):
            if state.paneOpen { DetailView.close(&state) }
        case .mouseWheelUp: state.scroll(by: -3)
        case .mouseWheelDown: state.scroll(by: 3)
        case .mouseClick(let row, let column): click(row: row, column: column, &state)
        default: GlobalKeys.handle(key, &state)
        }
    }

    /// Selects the event at a clicked row (a heading selects the event below it).
    static func click(row: Int, column: Int, _ state: inout BrowserState) {
        let layout = state.layout
        if let pane = layout.pane, pane.contains(row: row, column: column) {
            state.focus = .pane
            return
        }
        guard let list = layout.list, list.contains(row: row, column: column) else { return }
        let target = state.visible.item(atOrAfterRow: state.top + row - list.row)
        state.focus = .list
        state.select(item: target)
    }

    static func hints(_ state: BrowserState) -> String {
        let dot = state.options.ascii ? " | " : " · "
        var parts = ["j/k move", "Enter open", "/ search", "f issues", ": date", "? help", "q quit"]
        if state.paneOpen { parts[1] = "Tab pane"; parts.insert("Esc close", at: 2) }
        if !state.query.isEmpty { parts.insert("n/N match", at: 3) }
        return parts.joined(separator: dot)
    }
}
