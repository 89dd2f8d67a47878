import DatelineModel

/// The selected event in full: title, date and its basis, issues with the words that earned them,
/// actors, places, quotes, and every source sentence with its temporal expression highlighted.
/// Beside the list when the terminal is wide, over it otherwise. O(size of one event) per draw.
enum DetailView: BrowserScreen {
    /// The pane's lines for `event` at `width`, and the line where each source (mention) starts.
    struct Content {
        var lines: [StyledLine] = []
        var sourceStarts: [Int] = []
    }

    static func content(_ event: Event, _ state: BrowserState, width: Int) -> Content {
        let ascii = state.options.ascii
        var content = Content()
        func add(_ text: StyledText, indent: Int = 0) {
            let pad = StyledLine(repeating: .blank, count: indent)
            for line in StyledText.wrap(text.cells, width: width - indent, indent: 2) { content.lines.append(pad + line) }
        }
        func add(_ string: String, _ style: Style = .plain, indent: Int = 0) {
            var text = StyledText(ascii: ascii)
            text.append(string, style)
            add(text, indent: indent)
        }
        func blank() { content.lines.append([]) }
        let label = Style(foreground: .cyan, bold: true)

        // Search matches are marked here too, so the reason an event matched is visible.
        func searchable(_ string: String, _ style: Style = .plain) -> StyledText {
            var text = StyledText(ascii: ascii)
            let ranges = state.query.isEmpty ? [] : BrowserState.matchRanges(of: state.query, in: string)
            var mark = style
            mark.foreground = .yellow
            mark.underline = true
            text.append(string[...]) { offset in ranges.contains { $0.contains(offset) } ? mark : style }
            return text
        }
        add(searchable(event.title, Style(bold: true)))
        var date = StyledText(ascii: ascii)
        date.append("Date: ", label)
        date.append(event.when.label, Style(foreground: .green, bold: true))
        var basis = event.when.isDated ? " (known to the \(event.when.granularity.rawValue)" : " (no date in the text"
        if let why = event.when.basis, !why.isEmpty { basis += "; " + why }
        date.append(basis + ")")
        let alarm = Style(foreground: .red, bold: true)
        if event.dateConflict { date.append(ascii ? "  != sources disagree" : "  ≠ sources disagree", alarm) }
        add(date)
        if let kind = event.kind, !kind.isEmpty { add("Kind: " + kind, indent: 0) }
        if !event.summary.isEmpty && event.summary != event.title { blank(); add(searchable(event.summary)) }
        if !event.issues.isEmpty {
            blank()
            add("Issues", label)
            let names = Dictionary(state.timeline.issues.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
            for issue in event.issues {
                var line = StyledText(ascii: ascii)
                let color = Chrome.color(ofIssue: issue, in: state.timeline.issues)
                line.append("[" + issue + "]", Style(foreground: color, bold: true))
                if let name = names[issue], name != issue { line.append(" " + name) }
                if let words = event.issueEvidence[issue], !words.isEmpty {
                    line.append(ascii ? " - from " : " — from ", Style(foreground: .gray))
                    line.append(words.map { quoted($0, ascii) }.joined(separator: ", "), Style(italicLike: true))
                }
                add(line, indent: 2)
            }
        }
        if !event.actors.isEmpty {
            blank()
            var line = StyledText(ascii: ascii)
            line.append("Actors: ", label)
            add(line.joined(searchable(event.actors.joined(separator: ", "))))
        }
        if !event.places.isEmpty {
            var line = StyledText(ascii: ascii)
            line.append("Places: ", label)
            add(line.joined(searchable(event.places.joined(separator: ", "))))
        }
        if !event.quotes.isEmpty {
            blank()
            add("Quotes", label)
            for quote in event.quotes {
                var line = StyledText(ascii: ascii)
                line.append(quoted(quote.text, ascii))
                line.append((ascii ? " - " : " — ") + (quote.speaker ?? "unattributed"), Style(foreground: .gray))
                add(line, indent: 2)
            }
        }
        blank()
        add("Sources (\(event.mentions.count))", label)
        let disagreeing = disagreeingMentions(event)
        for (i, mention) in event.mentions.enumerated() {
            content.sourceStarts.append(content.lines.count)
            let selected = i == state.detail.source
            let title = state.document(id: mention.document)?.title ?? ""
            var head = StyledText(ascii: ascii)
            head.append(selected ? (ascii ? "> " : "» ") : "  ", Style(foreground: .yellow, bold: true))
            let titleStyle = Style(bold: true, reverse: selected && state.focus == .pane)
            head.append(title.isEmpty ? mention.document : title, titleStyle)
            add(head)
            var given = StyledText(ascii: ascii)
            given.append("gives: ", Style(foreground: .gray))
            given.append(mention.when?.label ?? "no date of its own", Style(foreground: .green))
            if let timex = mention.timex, !timex.isEmpty {
                given.append(" from " + quoted(timex, ascii), Style(foreground: .gray))
            }
            if disagreeing.contains(i) { given.append(ascii ? "  != disagrees" : "  ≠ disagrees", alarm) }
            add(given, indent: 4)
            add(highlightedSentence(mention, ascii: ascii), indent: 4)
        }
        return content
    }

    /// The mention's sentence with its temporal expression (UTF-8 offsets into the document) marked.
    static func highlightedSentence(_ mention: Mention, ascii: Bool) -> StyledText {
        var text = StyledText(ascii: ascii)
        let mark = Style(foreground: .yellow, bold: true, underline: true)
        var range = 0..<0
        if let start = mention.timexOffset, let length = mention.timexLength,
           let relative = ByteRange.difference(start, mention.offset), relative >= 0 {
            range = ByteRange.make(start: relative, length: length)
        }
        text.append(mention.sentence[...]) { range.contains($0) ? mark : .plain }
        return text
    }

    /// Mentions whose date shares no day with another mention's date.
    static func disagreeingMentions(_ event: Event) -> Set<Int> {
        var result = Set<Int>()
        let spans = event.mentions.map(\.when)
        for (i, a) in spans.enumerated() {
            guard let a, a.isDated else { continue }
            for (j, b) in spans.enumerated() where j != i {
                if let b, b.isDated, !a.overlaps(b) { result.insert(i); break }
            }
        }
        return result
    }

    static func quoted(_ s: String, _ ascii: Bool) -> String { ascii ? "\"" + s + "\"" : "“" + s + "”" }

    static func paneContent(_ state: BrowserState) -> Content? {
        guard let event = state.selectedEvent, let pane = state.layout.pane else { return nil }
        return content(event, state, width: max(10, pane.width - 2))
    }

    static func draw(_ state: BrowserState, in area: Rect, on canvas: inout Canvas) {
        guard let content = paneContent(state) else { return }
        for offset in 0..<area.height {
            let index = state.detail.scroll + offset
            guard index < content.lines.count else { break }
            canvas.put(cells: content.lines[index], row: area.row + offset, column: area.column + 1,
                       maxWidth: area.width - 2)
        }
        if content.lines.count > area.height {
            let more = state.detail.scroll + area.height < content.lines.count
            if more {
                canvas.put(state.options.ascii ? "v" : "↓", row: area.row + area.height - 1,
                           column: area.column + area.width - 1, style: Style(foreground: .gray),
                           ascii: state.options.ascii)
            }
        }
    }

    static func handle(_ key: Key, _ state: inout BrowserState) {
        guard let content = paneContent(state), let pane = state.layout.pane else { return }
        let page = max(1, pane.height - 1)
        let maxScroll = max(0, content.lines.count - pane.height)
        func scroll(to value: Int) { state.detail.scroll = min(max(0, value), maxScroll) }
        func selectSource(_ index: Int) {
            guard !content.sourceStarts.isEmpty else { return }
            state.detail.source = min(max(0, index), content.sourceStarts.count - 1)
            let line = content.sourceStarts[state.detail.source]
            if line < state.detail.scroll || line + 2 >= state.detail.scroll + pane.height { scroll(to: line - 1) }
        }
        switch key {
        case .up, .character("k"): scroll(to: state.detail.scroll - 1)
        case .down, .character("j"): scroll(to: state.detail.scroll + 1)
        case .pageUp, .character("b"): scroll(to: state.detail.scroll - page)
        case .pageDown, .character(" "): scroll(to: state.detail.scroll + page)
        case .home, .character("g"): scroll(to: 0)
        case .end, .character("G"): scroll(to: maxScroll)
        case .character("["): selectSource(state.detail.source - 1)
        case .character("]"): selectSource(state.detail.source + 1)
        case .enter: ReaderView.open(&state)
        case .tab, .backTab: if state.layout.isSplit { state.focus = .list }
        case .escape, .left, .character("h"): close(&state)
        case .mouseWheelUp: scroll(to: state.detail.scroll - 3)
        case .mouseWheelDown: scroll(to: state.detail.scroll + 3)
        case .mouseClick(let row, let column):
            if pane.contains(row: row, column: column) {
                let line = state.detail.scroll + row - pane.row
                if let source = content.sourceStarts.lastIndex(where: { $0 <= line }) { state.detail.source = source }
            } else {
                ListView.click(row: row, column: column, &state)
            }
        default: GlobalKeys.handle(key, &state)
        }
    }

    static func close(_ state: inout BrowserState) {
        state.paneOpen = false
        state.focus = .list
        state.keepCursorVisible()
    }

    static func hints(_ state: BrowserState) -> String {
        let dot = state.options.ascii ? " | " : " · "
        var parts = ["j/k scroll", "[/] source", "Enter read", "Esc close"]
        if state.layout.isSplit { parts.append("Tab list") }
        parts.append("? help")
        return parts.joined(separator: dot)
    }
}

extension Style {
    /// Terminals lack a portable italic: quoted words are underlined instead.
    init(italicLike: Bool) { self.init(underline: italicLike) }
}
