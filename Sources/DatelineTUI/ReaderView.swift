import DatelineModel

/// The whole article behind one source, wrapped, with the event's sentence highlighted; opens
/// scrolled to that sentence. Wrapping costs O(article) and happens on open and on resize only.
struct ReaderState: Sendable {
    var documentID: String
    var mention: Mention
    var lines: [StyledLine] = []
    /// First line of the highlighted sentence.
    var sentenceLine = 0
    var scroll = 0

    // Bold as well as coloured, so the sentence stands out without colours too.
    static let sentenceStyle = Style(foreground: .yellow, bold: true)
    static let timexStyle = Style(foreground: .yellow, bold: true, underline: true)

    /// Wraps the document for the state's width and scrolls to the sentence.
    mutating func rewrap(for state: BrowserState) {
        let ascii = state.options.ascii
        let text = state.document(id: documentID)?.text ?? ""
        let width = max(10, min(100, state.width - 2))
        let sentence = ByteRange.make(start: mention.offset, length: mention.length)
        var timex = 0..<0
        if let start = mention.timexOffset, let length = mention.timexLength {
            timex = ByteRange.make(start: start, length: length)
        }
        lines = []
        sentenceLine = 0
        var found = false
        var paragraphStart = 0
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var styled = StyledText(ascii: ascii)
            let base = paragraphStart
            styled.append(paragraph) { offset in
                let at = base + offset
                if timex.contains(at) { return ReaderState.timexStyle }
                return sentence.contains(at) ? ReaderState.sentenceStyle : .plain
            }
            let wrapped = StyledText.wrap(styled.cells, width: width)
            if !found, sentence.lowerBound < base + paragraph.utf8.count + 1, sentence.lowerBound >= base {
                let local = wrapped.firstIndex { line in line.contains { $0.style != .plain } } ?? 0
                sentenceLine = lines.count + local
                found = true
            }
            lines += wrapped
            paragraphStart += paragraph.utf8.count + 1
        }
        scroll = max(0, sentenceLine - 3)
    }
}

enum ReaderView: BrowserScreen {
    /// Opens the reader on the selected source of the selected event.
    static func open(_ state: inout BrowserState) {
        guard let event = state.selectedEvent, !event.mentions.isEmpty else {
            state.message = "this event has no source to read"
            return
        }
        let mention = event.mentions[min(max(0, state.detail.source), event.mentions.count - 1)]
        guard let document = state.document(id: mention.document), !document.text.isEmpty else {
            state.message = "the text of \(mention.document) is not loaded"
            return
        }
        var reader = ReaderState(documentID: document.id, mention: mention)
        reader.rewrap(for: state)
        state.overlay = .reader(reader)
    }

    static func textHeight(_ state: BrowserState) -> Int { max(1, state.height - 2) }

    static func draw(_ state: BrowserState, in area: Rect, on canvas: inout Canvas) {
        guard case .reader(let reader)? = state.overlay else { return }
        let ascii = state.options.ascii
        let document = state.document(id: reader.documentID)
        var title = " " + (document?.title.isEmpty == false ? document?.title ?? "" : reader.documentID)
        if let source = document?.source, !source.isEmpty { title += (ascii ? " | " : " · ") + source }
        if let published = document?.published { title += (ascii ? " | " : " · ") + published.span.label }
        canvas.fill(row: area.row, column: area.column, width: area.width, height: 1, style: Chrome.headerStyle)
        canvas.put(title, row: area.row, column: area.column, maxWidth: area.width, style: Chrome.headerStyle, ascii: ascii)
        let height = area.height - 1
        for offset in 0..<max(0, height) {
            let index = reader.scroll + offset
            guard index < reader.lines.count else { break }
            let line = reader.lines[index]
            canvas.put(cells: line, row: area.row + 1 + offset, column: area.column + 1, maxWidth: area.width - 2)
            if line.contains(where: { $0.style != .plain }) {
                canvas.put(ascii ? ">" : "▌", row: area.row + 1 + offset, column: area.column,
                           style: Style(foreground: .yellow, bold: true), ascii: ascii)
            }
        }
    }

    static func handle(_ key: Key, _ state: inout BrowserState) {
        guard case .reader(var reader)? = state.overlay else { return }
        let height = textHeight(state)
        let maxScroll = max(0, reader.lines.count - height)
        func scroll(to value: Int) { reader.scroll = min(max(0, value), maxScroll) }
        switch key {
        case .up, .character("k"): scroll(to: reader.scroll - 1)
        case .down, .character("j"): scroll(to: reader.scroll + 1)
        case .pageUp, .character("b"): scroll(to: reader.scroll - max(1, height - 1))
        case .pageDown, .character(" "): scroll(to: reader.scroll + max(1, height - 1))
        case .home, .character("g"): scroll(to: 0)
        case .end, .character("G"): scroll(to: maxScroll)
        case .character("s"): scroll(to: reader.sentenceLine - 3)
        case .mouseWheelUp: scroll(to: reader.scroll - 3)
        case .mouseWheelDown: scroll(to: reader.scroll + 3)
        case .escape, .left, .character("h"), .character("q"), .character("o"):
            state.overlay = nil
            return
        case .control("c"):
            state.isFinished = true
            return
        default: return
        }
        state.overlay = .reader(reader)
    }

    static func hints(_ state: BrowserState) -> String {
        let dot = state.options.ascii ? " | " : " · "
        var text = ["j/k scroll", "Space/b page", "s sentence", "Esc back"].joined(separator: dot)
        if case .reader(let reader)? = state.overlay, !reader.lines.isEmpty {
            let height = textHeight(state)
            let percent = reader.lines.count <= height ? 100 : min(100, (reader.scroll + height) * 100 / reader.lines.count)
            text += dot + "\(percent)%"
        }
        return text
    }
}
