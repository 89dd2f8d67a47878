import DatelineModel

/// The pure update function: the next state after a key.
///
/// Keys go to the prompt when one is open, else to the top overlay, else to the pane or the list.
/// - Complexity: O(log g) for movement; filters O(matching events); search O(distance to match).
public func reduce(_ state: BrowserState, _ key: Key) -> BrowserState {
    var next = state
    next.message = nil
    if case .resize(let width, let height) = key {
        next.resize(width: width, height: height)
        return next
    }
    if next.isTooSmall {
        TooSmallView.handle(key, &next)
        return next
    }
    if next.prompt != nil {
        PromptLine.handle(key, &next)
        return next
    }
    switch next.overlay {
    case .help?: HelpView.handle(key, &next)
    case .warnings?: WarningsView.handle(key, &next)
    case .picker?: PickerView.handle(key, &next)
    case .reader?: ReaderView.handle(key, &next)
    case nil:
        if next.paneHasKeys { DetailView.handle(key, &next) } else { ListView.handle(key, &next) }
    }
    return next
}

/// Draws the state into a fresh canvas of the state's size.
///
/// - Complexity: O(width × height) plus O(log g) per list row; never proportional to the event count.
public func render(_ state: BrowserState) -> Canvas {
    var canvas = Canvas(width: state.width, height: state.height)
    let full = Rect(row: 0, column: 0, width: state.width, height: state.height)
    if state.isTooSmall {
        TooSmallView.draw(state, in: full, on: &canvas)
        return Chrome.finish(canvas, options: state.options)
    }
    let layout = state.layout
    if case .reader? = state.overlay {
        ReaderView.draw(state, in: Rect(row: 0, column: 0, width: state.width, height: state.height - 1),
                        on: &canvas)
    } else {
        Chrome.drawHeader(state, in: layout.header, on: &canvas)
        Ribbon.draw(state, in: layout.ribbon, on: &canvas)
        if let list = layout.list { ListView.draw(state, in: list, on: &canvas) }
        if let column = layout.separatorColumn {
            for row in layout.body.row..<(layout.body.row + layout.body.height) {
                canvas.put(state.options.ascii ? "|" : "│", row: row, column: column,
                           style: Style(foreground: .gray), ascii: state.options.ascii)
            }
        }
        if let pane = layout.pane { DetailView.draw(state, in: pane, on: &canvas) }
        switch state.overlay {
        case .help?: HelpView.draw(state, in: layout.body, on: &canvas)
        case .warnings?: WarningsView.draw(state, in: layout.body, on: &canvas)
        case .picker?: PickerView.draw(state, in: layout.body, on: &canvas)
        case .reader?, nil: break
        }
    }
    Chrome.drawStatus(state, in: layout.status, on: &canvas)
    return Chrome.finish(canvas, options: state.options)
}

/// A screen for while the corpus loads: the message centred, with a progress bar when `fraction`
/// (0…1) is known.
public func renderLoading(message: String, fraction: Double?, width: Int, height: Int,
                          options: BrowserOptions) -> Canvas {
    var canvas = Canvas(width: width, height: height)
    guard width > 0, height > 0 else { return canvas }
    let ascii = options.ascii
    let middle = height / 2
    let textWidth = min(width, TextSanitizer.displayWidth(message, ascii: ascii))
    canvas.put(message, row: max(0, middle - 1), column: max(0, (width - textWidth) / 2), style: Style(bold: true),
               ascii: ascii)
    if let fraction, fraction.isFinite, middle + 1 < height {
        let barWidth = max(4, min(50, width - 10))
        let filled = Int((min(1, max(0, fraction)) * Double(barWidth)).rounded(.down))
        let bar = String(repeating: ascii ? "#" : "█", count: filled)
            + String(repeating: ascii ? "." : "░", count: barWidth - filled)
        let percent = " \(Int((min(1, max(0, fraction)) * 100).rounded(.down)))%"
        let column = max(0, (width - barWidth - percent.count) / 2)
        canvas.put(bar, row: middle + 1, column: column, style: Style(foreground: .cyan), ascii: ascii)
        canvas.put(percent, row: middle + 1, column: column + barWidth, ascii: ascii)
    }
    return Chrome.finish(canvas, options: options)
}
