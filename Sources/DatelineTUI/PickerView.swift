import DatelineModel

/// A choice of issues, actors or source documents to filter by, with event counts.
struct PickerState: Sendable {
    struct Entry: Sendable, Equatable {
        var id: String
        var label: String
        var count: Int
    }

    var kind: BrowserState.FilterKind
    var entries: [Entry]
    var cursor = 0
    var top = 0
    /// Choices made in the picker, applied with Enter.
    var chosen: Set<String>

    /// Entries for `kind`: issues in taxonomy order, actors by event count, documents in corpus order.
    /// O(labels log labels).
    init(kind: BrowserState.FilterKind, state: BrowserState) {
        self.kind = kind
        self.chosen = state.filter[kind]
        let index = state.timeline.index
        switch kind {
        case .issue:
            var seen = Set<String>()
            var entries = state.timeline.issues.map { issue -> Entry in
                seen.insert(issue.id)
                return Entry(id: issue.id, label: issue.label, count: index.byIssue[issue.id]?.count ?? 0)
            }
            for (id, positions) in index.byIssue.sorted(by: { $0.key < $1.key }) where !seen.contains(id) {
                entries.append(Entry(id: id, label: id, count: positions.count))
            }
            self.entries = entries
        case .actor:
            self.entries = index.byActor.map { Entry(id: $0.key, label: $0.key, count: $0.value.count) }
                .sorted { ($0.count, $1.label) > ($1.count, $0.label) }
        case .document:
            self.entries = state.timeline.documents.map { document in
                Entry(id: document.id, label: document.title.isEmpty ? document.id : document.title,
                      count: index.byDocument[document.id]?.count ?? 0)
            }
        }
    }

    var title: String {
        switch kind {
        case .issue: "Filter by issue"
        case .actor: "Filter by actor"
        case .document: "Filter by source document"
        }
    }
}

enum PickerView: BrowserScreen {
    static func frame(_ picker: PickerState, in area: Rect) -> (width: Int, height: Int) {
        (min(area.width - 4, 72), min(area.height, max(1, picker.entries.count) + 2))
    }

    static func visibleRows(_ picker: PickerState, _ state: BrowserState) -> Int {
        max(1, frame(picker, in: state.layout.body).height - 2)
    }

    static func draw(_ state: BrowserState, in area: Rect, on canvas: inout Canvas) {
        guard case .picker(let picker)? = state.overlay else { return }
        let ascii = state.options.ascii
        let size = frame(picker, in: area)
        let chosenText = picker.chosen.isEmpty ? "" : " (\(picker.chosen.count) chosen)"
        let inner = Chrome.drawFrame(title: picker.title + chosenText, width: size.width, height: size.height,
                                     in: area, on: &canvas, ascii: ascii)
        if picker.entries.isEmpty {
            canvas.put("nothing to choose from", row: inner.row, column: inner.column, maxWidth: inner.width,
                       style: Style(foreground: .gray), ascii: ascii)
            return
        }
        for offset in 0..<inner.height {
            let index = picker.top + offset
            guard index < picker.entries.count else { break }
            let entry = picker.entries[index]
            let row = inner.row + offset
            let base = index == picker.cursor ? Style(reverse: true) : Style()
            canvas.fill(row: row, column: inner.column, width: inner.width, height: 1, style: base)
            let mark = picker.chosen.contains(entry.id) ? "[x] " : "[ ] "
            let number = picker.kind == .issue && index < 9 ? "\(index + 1) " : "  "
            var column = inner.column
            column += canvas.put(number + mark, row: row, column: column, maxWidth: inner.width, style: base, ascii: ascii)
            let countText = " " + Chrome.grouped(entry.count)
            var labelStyle = base
            if picker.kind == .issue { labelStyle.foreground = Chrome.color(ofIssue: entry.id, in: state.timeline.issues) }
            let labelRoom = inner.column + inner.width - column - countText.count
            canvas.put(entry.label, row: row, column: column, maxWidth: labelRoom,
                       style: labelStyle, ascii: ascii)
            var countStyle = base
            countStyle.foreground = .gray
            canvas.put(countText, row: row, column: inner.column + inner.width - countText.count, style: countStyle,
                       ascii: ascii)
        }
    }

    static func handle(_ key: Key, _ state: inout BrowserState) {
        guard case .picker(var picker)? = state.overlay else { return }
        let rows = visibleRows(picker, state)
        let last = max(0, picker.entries.count - 1)
        func move(to index: Int) {
            picker.cursor = min(max(0, index), last)
            if picker.cursor < picker.top { picker.top = picker.cursor }
            if picker.cursor >= picker.top + rows { picker.top = picker.cursor - rows + 1 }
        }
        switch key {
        case .up, .character("k"): move(to: picker.cursor - 1)
        case .down, .character("j"): move(to: picker.cursor + 1)
        case .pageUp, .character("b"): move(to: picker.cursor - rows)
        case .pageDown: move(to: picker.cursor + rows)
        case .home, .character("g"): move(to: 0)
        case .end, .character("G"): move(to: last)
        case .mouseWheelUp: move(to: picker.cursor - 3)
        case .mouseWheelDown: move(to: picker.cursor + 3)
        case .character(" "): toggle(picker.cursor, &picker)
        case .mouseClick(let row, _):
            let size = frame(picker, in: state.layout.body)
            let firstRow = state.layout.body.row + (state.layout.body.height - size.height) / 2 + 1
            let index = picker.top + row - firstRow
            if index >= picker.top && index < min(picker.entries.count, picker.top + rows) {
                move(to: index)
                toggle(index, &picker)
            }
        case .character("c"): picker.chosen = []
        case .enter:
            var filter = state.filter
            filter[picker.kind] = picker.chosen
            state.overlay = nil
            state.apply(filter: filter)
            return
        case .escape, .character("q"), .left:
            state.overlay = nil
            return
        case .control("c"):
            state.isFinished = true
            return
        default: return
        }
        state.overlay = .picker(picker)
    }

    static func toggle(_ index: Int, _ picker: inout PickerState) {
        guard index < picker.entries.count else { return }
        let id = picker.entries[index].id
        if picker.chosen.contains(id) { picker.chosen.remove(id) } else { picker.chosen.insert(id) }
    }

    static func hints(_ state: BrowserState) -> String {
        let dot = state.options.ascii ? " | " : " · "
        return ["j/k move", "Space toggle", "Enter apply", "c clear", "Esc cancel"].joined(separator: dot)
    }
}
