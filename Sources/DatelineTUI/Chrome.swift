import DatelineModel

/// The parts around the screens: header bar, status line, overlay frames, and shared formatting.
enum Chrome {
    static let headerStyle = Style(foreground: .white, background: .blue, bold: true, reverse: false)
    static let statusStyle = Style(reverse: true)
    static let frameStyle = Style(foreground: .cyan)

    /// Corpus name, counts, the active filter and search.
    static func drawHeader(_ state: BrowserState, in area: Rect, on canvas: inout Canvas) {
        let ascii = state.options.ascii
        canvas.fill(row: area.row, column: area.column, width: area.width, height: 1, style: headerStyle)
        let dot = ascii ? " | " : " · "
        var text = " " + state.corpusName + dot + count(state.timeline.events.count, "event")
            + dot + count(state.timeline.documents.count, "source")
        if !state.filter.isEmpty {
            text += dot + "showing \(grouped(state.visible.count))"
            let labels = filterLabels(state)
            text += dot + "filter: " + labels.joined(separator: ", ")
        }
        if !state.query.isEmpty {
            text += dot + "search: \"" + state.query + "\""
            if let matches = state.matchCount(state.query) { text += " (\(count(matches, "match", "matches")))" }
        }
        canvas.put(text, row: area.row, column: area.column, maxWidth: area.width, style: headerStyle, ascii: ascii)
    }

    static func filterLabels(_ state: BrowserState) -> [String] {
        let issueNames = Dictionary(state.timeline.issues.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
        return state.filter.issues.sorted().map { issueNames[$0] ?? $0 }
            + state.filter.actors.sorted()
            + state.filter.documents.sorted().map { "doc " + $0 }
    }

    /// Prompt or key hints on the left; message or warning count on the right.
    static func drawStatus(_ state: BrowserState, in area: Rect, on canvas: inout Canvas) {
        let ascii = state.options.ascii
        canvas.fill(row: area.row, column: area.column, width: area.width, height: 1, style: statusStyle)
        if state.prompt != nil {
            PromptLine.draw(state, in: area, on: &canvas)
            return
        }
        var right = ""
        if let message = state.message {
            right = message
        } else {
            if state.overlay == nil && !state.visible.isEmpty {
                right = grouped(state.cursor + 1) + "/" + grouped(state.visible.count)
            }
            if !state.warnings.isEmpty {
                right += (right.isEmpty ? "" : "  ") + "! " + count(state.warnings.count, "warning") + " (w)"
            }
        }
        let rightWidth = min(area.width / 2, TextSanitizer.displayWidth(right, ascii: ascii))
        let hints = " " + fitted(activeHints(state), width: area.width - rightWidth - 3, ascii: ascii)
        canvas.put(hints, row: area.row, column: area.column, maxWidth: area.width - rightWidth - 1,
                   style: statusStyle, ascii: ascii)
        if !right.isEmpty {
            var style = statusStyle
            if state.message == nil && !state.warnings.isEmpty { style.foreground = .yellow; style.bold = true }
            canvas.put(right, row: area.row, column: area.column + area.width - rightWidth - 1, maxWidth: rightWidth,
                       style: style, ascii: ascii)
        }
    }

    /// Drops whole hints until the rest fits in `width` columns; the last (help, quit, back) go last.
    static func fitted(_ hints: String, width: Int, ascii: Bool) -> String {
        let separator = ascii ? " | " : " · "
        var parts = hints.split(separator: separator).map(String.init)
        var text = parts.joined(separator: separator)
        while parts.count > 1 && TextSanitizer.displayWidth(text, ascii: ascii) > width {
            parts.remove(at: parts.count > 2 ? parts.count - 3 : parts.count - 1)
            text = parts.joined(separator: separator)
        }
        return text
    }

    static func activeHints(_ state: BrowserState) -> String {
        switch state.overlay {
        case .help?: return HelpView.hints(state)
        case .warnings?: return WarningsView.hints(state)
        case .picker?: return PickerView.hints(state)
        case .reader?: return ReaderView.hints(state)
        case nil: return state.paneHasKeys ? DetailView.hints(state) : ListView.hints(state)
        }
    }

    /// Drops colours when the terminal may not show them (attributes carry the meaning alone).
    static func finish(_ canvas: Canvas, options: BrowserOptions) -> Canvas {
        guard !options.color else { return canvas }
        var plain = canvas
        for row in 0..<plain.height {
            plain.restyle(row: row, column: 0, width: plain.width) { style in
                // A coloured bar (header) stays a bar: reverse video instead of the background.
                if style.background != .default { style.reverse = true }
                style.foreground = .default
                style.background = .default
            }
        }
        return plain
    }

    /// A framed box for overlays, centred in `area`; returns the inner rectangle.
    static func drawFrame(title: String, width: Int, height: Int, in area: Rect, on canvas: inout Canvas,
                          ascii: Bool) -> Rect {
        let w = min(area.width, max(20, width))
        let h = min(area.height, max(3, height))
        let box = Rect(row: area.row + (area.height - h) / 2, column: area.column + (area.width - w) / 2,
                       width: w, height: h)
        canvas.fill(row: box.row, column: box.column, width: box.width, height: box.height)
        let horizontal = ascii ? "-" : "─"
        let vertical = ascii ? "|" : "│"
        let corners = ascii ? ["+", "+", "+", "+"] : ["┌", "┐", "└", "┘"]
        let line = String(repeating: horizontal, count: max(0, w - 2))
        canvas.put(corners[0] + line + corners[1], row: box.row, column: box.column, style: frameStyle, ascii: ascii)
        canvas.put(corners[2] + line + corners[3], row: box.row + h - 1, column: box.column, style: frameStyle, ascii: ascii)
        for row in (box.row + 1)..<(box.row + h - 1) {
            canvas.put(vertical, row: row, column: box.column, style: frameStyle, ascii: ascii)
            canvas.put(vertical, row: row, column: box.column + w - 1, style: frameStyle, ascii: ascii)
        }
        canvas.put(" " + title + " ", row: box.row, column: box.column + 2, maxWidth: w - 4,
                   style: Style(foreground: .cyan, bold: true), ascii: ascii)
        return Rect(row: box.row + 1, column: box.column + 2, width: max(0, w - 4), height: max(0, h - 2))
    }

    /// Colour role of an issue: stable by its position in the taxonomy.
    static func color(ofIssue id: String, in issues: [IssueLabel]) -> Style.Color {
        let palette: [Style.Color] = [.cyan, .magenta, .green, .yellow, .red, .blue]
        let index = issues.firstIndex { $0.id == id } ?? id.utf8.reduce(0) { $0 &+ Int($1) }
        return palette[index % palette.count]
    }

    /// "1 event", "2 events", with thousands separators.
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        grouped(n) + " " + (n == 1 ? singular : plural ?? singular + "s")
    }

    static func grouped(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return n < 0 ? "-" + out : out
    }
}
