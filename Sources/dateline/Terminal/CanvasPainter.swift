import CNCurses
import DatelineTUI
import Glibc

/// Copies canvases to the curses screen, writing only the cells that differ from the last one.
///
/// Cost per paint: one comparison per cell, plus one `mvwadd_wch` per changed cell; curses then
/// sends only what changed on the terminal.
struct CanvasPainter {
    private let color: Bool
    /// The locale cannot encode anything but ASCII: curses would drop other characters silently.
    private let ascii: Bool
    private let colorCount: Int
    private let pairCount: Int
    private var previous: Canvas?
    /// Colour pairs allocated so far, keyed by (foreground, background) curses colour numbers.
    private var pairs: [PairKey: Int16] = [:]
    private var cursorVisible = false
    /// Scratch space for one cell's wide characters: a base, up to four combining marks, a NUL.
    private var characters = [wchar_t](repeating: 0, count: 6)

    init(color: Bool, ascii: Bool, colorCount: Int, pairCount: Int) {
        self.color = color
        self.ascii = ascii
        self.colorCount = colorCount
        self.pairCount = pairCount
    }

    mutating func invalidate() { previous = nil }

    mutating func paint(_ canvas: Canvas) {
        let window = dl_stdscr()
        let rows = min(canvas.height, Int(getmaxy(window)))
        let columns = min(canvas.width, Int(getmaxx(window)))
        let old = previous.flatMap { $0.width == canvas.width && $0.height == canvas.height ? $0 : nil }
        if old == nil { werase(window) }
        for row in 0..<rows {
            var column = 0
            while column < columns {
                let cell = canvas[row, column]
                if cell.width == 0 {
                    // Continuation of a wide character, drawn with its left half; a stray one
                    // (no wide neighbour) must still overwrite what was there.
                    let leftIsWide = column > 0 && canvas[row, column - 1].width == 2
                    if !leftIsWide && (old == nil || old?[row, column] != cell) { draw(.blank, row, column) }
                    column += 1
                    continue
                }
                // A wide character that would hang off the right edge is drawn as a space.
                let fits = cell.width < 2 || column + 1 < columns
                if old == nil || old?[row, column] != cell || (cell.width == 2 && old?[row, column + 1] != canvas[row, column + 1]) {
                    if !fits {
                        draw(.blank, row, column)
                    } else if ascii && !cell.character.isASCII {
                        // The core should not send these in ASCII mode; keep the layout if it does.
                        let stand = Cell(character: "?", width: 1, style: cell.style)
                        draw(stand, row, column)
                        if cell.width == 2 { draw(stand, row, column + 1) }
                    } else {
                        draw(cell, row, column)
                    }
                }
                column += fits ? Int(cell.width) : 1
            }
        }
        placeCursor(canvas.cursor, rows: rows, columns: columns)
        _ = wrefresh(window)
        previous = canvas
    }

    private mutating func draw(_ cell: Cell, _ row: Int, _ column: Int) {
        let attributes = self.attributes(for: cell.style)
        let pair = colorPair(for: cell.style)
        var count = 0
        for scalar in cell.character.unicodeScalars where count < 5 {
            guard TerminalText.isPrintable(scalar) else { count = 0; break }
            characters[count] = wchar_t(bitPattern: scalar.value)
            count += 1
        }
        if count == 0 { characters[0] = wchar_t(UInt8(ascii: "?")); count = 1 }
        characters[count] = 0
        var value = cchar_t()
        var status = characters.withUnsafeBufferPointer { setcchar(&value, $0.baseAddress, attributes, pair, nil) }
        if status != OK {
            // A sequence curses refuses (e.g. joined emoji): keep its first scalar alone.
            characters[1] = 0
            status = characters.withUnsafeBufferPointer { setcchar(&value, $0.baseAddress, attributes, pair, nil) }
        }
        guard status == OK else { return }
        // ERR at the bottom-right corner only means the cursor could not advance; the cell is drawn.
        _ = mvwadd_wch(dl_stdscr(), Int32(row), Int32(column), &value)
    }

    private func attributes(for style: Style) -> attr_t {
        var attributes = dl_a_normal()
        if style.bold { attributes |= dl_a_bold() }
        if style.reverse { attributes |= dl_a_reverse() }
        if style.underline { attributes |= dl_a_underline() }
        if style.dim || (style.foreground == .gray && colorNumber(.gray) == nil) { attributes |= dl_a_dim() }
        return attributes
    }

    /// The pair for the style's colours, allocated on first use; pair 0 (terminal defaults) when
    /// colour is off or the terminal has run out of pairs.
    private mutating func colorPair(for style: Style) -> Int16 {
        guard color else { return 0 }
        let key = PairKey(foreground: colorNumber(style.foreground) ?? -1,
                          background: colorNumber(style.background) ?? -1)
        if key.foreground == -1 && key.background == -1 { return 0 }
        if let pair = pairs[key] { return pair }
        let next = pairs.count + 1
        guard next < pairCount, next <= Int(Int16.max),
              init_pair(Int16(next), key.foreground, key.background) == OK else { return 0 }
        pairs[key] = Int16(next)
        return Int16(next)
    }

    /// Curses colour number for a role; nil for the terminal default (or gray without 16 colours).
    private func colorNumber(_ role: Style.Color) -> Int16? {
        switch role {
        case .default: return nil
        case .red: return Int16(COLOR_RED)
        case .green: return Int16(COLOR_GREEN)
        case .yellow: return Int16(COLOR_YELLOW)
        case .blue: return Int16(COLOR_BLUE)
        case .magenta: return Int16(COLOR_MAGENTA)
        case .cyan: return Int16(COLOR_CYAN)
        case .white: return Int16(COLOR_WHITE)
        case .gray: return colorCount >= 16 ? 8 : nil
        }
    }

    private mutating func placeCursor(_ cursor: (row: Int, column: Int)?, rows: Int, columns: Int) {
        if let cursor, cursor.row >= 0, cursor.row < rows, cursor.column >= 0, cursor.column < columns {
            _ = wmove(dl_stdscr(), Int32(cursor.row), Int32(cursor.column))
            if !cursorVisible { _ = curs_set(1); cursorVisible = true }
        } else if cursorVisible {
            _ = curs_set(0)
            cursorVisible = false
        }
    }
}

private struct PairKey: Hashable {
    var foreground: Int16
    var background: Int16
}
