/// A rectangle of the screen.
struct Rect: Equatable, Sendable {
    var row: Int
    var column: Int
    var width: Int
    var height: Int

    func contains(row r: Int, column c: Int) -> Bool {
        r >= row && r < row + height && c >= column && c < column + width
    }
}

/// Where each part of the browser goes for a screen size; shared by `render` and `reduce` so that
/// scrolling decisions match what is drawn.
struct Layout: Equatable {
    static let minimumWidth = 40
    static let minimumHeight = 10
    /// Widest terminal that still shows the detail pane full-screen rather than beside the list.
    static let splitWidth = 110

    let header: Rect
    let ribbon: Rect
    let body: Rect
    let status: Rect
    /// The list area (nil when the pane covers the body).
    let list: Rect?
    let pane: Rect?
    let separatorColumn: Int?

    var isSplit: Bool { list != nil && pane != nil }

    init(width: Int, height: Int, paneOpen: Bool) {
        header = Rect(row: 0, column: 0, width: width, height: 1)
        ribbon = Rect(row: 1, column: 0, width: width, height: 1)
        body = Rect(row: 2, column: 0, width: width, height: max(0, height - 3))
        status = Rect(row: max(0, height - 1), column: 0, width: width, height: 1)
        if !paneOpen {
            list = body; pane = nil; separatorColumn = nil
        } else if width >= Layout.splitWidth {
            let listWidth = width * 5 / 12
            list = Rect(row: body.row, column: 0, width: listWidth, height: body.height)
            separatorColumn = listWidth
            pane = Rect(row: body.row, column: listWidth + 1, width: width - listWidth - 1, height: body.height)
        } else {
            list = nil; separatorColumn = nil; pane = body
        }
    }

    static func isTooSmall(width: Int, height: Int) -> Bool {
        width < minimumWidth || height < minimumHeight
    }
}

extension BrowserState {
    var layout: Layout { Layout(width: width, height: height, paneOpen: paneOpen) }
    var isTooSmall: Bool { Layout.isTooSmall(width: width, height: height) }
    /// Rows the list shows (at least 1).
    var listHeight: Int { max(1, (layout.list ?? layout.body).height) }
    /// True when keys go to the detail pane.
    var paneHasKeys: Bool { paneOpen && (focus == .pane || !layout.isSplit) }
}

/// The small interface every screen fills: draw into an area, handle a key, say its keys.
protocol BrowserScreen {
    /// Draws `state` into `area` of `canvas`. Must touch only that area.
    static func draw(_ state: BrowserState, in area: Rect, on canvas: inout Canvas)
    /// Updates `state` for `key` (pure: no I/O).
    static func handle(_ key: Key, _ state: inout BrowserState)
    /// Key hints for the status line while this screen has the keyboard.
    static func hints(_ state: BrowserState) -> String
}
