/// Drawing helpers: every string goes through `TextSanitizer` before it becomes a cell.
extension Canvas {
    /// Writes `text` at (row, column), clipped to `maxWidth` columns (default: to the right edge).
    ///
    /// Returns the number of columns used. A wide character that would straddle the clip edge is
    /// replaced by a blank. - Complexity: O(length of `text`).
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, maxWidth: Int? = nil,
                             style: Style = .plain, ascii: Bool) -> Int {
        var cells: [Cell] = []
        TextSanitizer.forEachCell(in: text[...], ascii: ascii) { character, width, _ in
            cells.append(Cell(character: character, width: width, style: style))
        }
        return put(cells: cells, row: row, column: column, maxWidth: maxWidth)
    }

    /// Writes already-sanitised cells (wide cells carry width 2, no continuation entries).
    @discardableResult
    public mutating func put(cells line: [Cell], row: Int, column: Int, maxWidth: Int? = nil) -> Int {
        guard row >= 0, row < height, column >= 0, column < width else { return 0 }
        let limit = min(width, column + max(0, maxWidth ?? width))
        var x = column
        // Never leave half of a wide character that was there before.
        if self[row, x].width == 0, x > 0, self[row, x - 1].width == 2 { self[row, x - 1] = .blank }
        defer {
            if x < width, self[row, x].width == 0 { self[row, x] = .blank }
        }
        for cell in line {
            let w = Int(max(1, cell.width))
            if x + w > limit {
                if x < limit { self[row, x] = Cell(character: " ", width: 1, style: cell.style) }
                break
            }
            self[row, x] = Cell(character: cell.character, width: UInt8(w), style: cell.style)
            if w == 2 {
                var half = Cell.continuation
                half.style = cell.style
                self[row, x + 1] = half
            }
            x += w
        }
        return x - column
    }

    /// Fills a rectangle with blanks of `style`.
    public mutating func fill(row: Int, column: Int, width w: Int, height h: Int, style: Style = .plain) {
        let blank = Cell(character: " ", width: 1, style: style)
        for y in max(0, row)..<min(height, row + h) where y >= 0 {
            for x in max(0, column)..<max(max(0, column), min(width, column + w)) { self[y, x] = blank }
        }
    }

    /// Applies `change` to the style of every cell in a row span.
    public mutating func restyle(row: Int, column: Int, width w: Int, _ change: (inout Style) -> Void) {
        guard row >= 0, row < height else { return }
        for x in max(0, column)..<max(max(0, column), min(width, column + w)) {
            var cell = self[row, x]
            change(&cell.style)
            self[row, x] = cell
        }
    }

    /// The canvas as text, one line per row, continuation cells skipped (golden files use this).
    public var text: String {
        var lines: [String] = []
        lines.reserveCapacity(height)
        for y in 0..<height {
            var line = ""
            for x in 0..<width where self[y, x].width != 0 { line.append(self[y, x].character) }
            while line.last == " " { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
