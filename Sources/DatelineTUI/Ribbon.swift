import DatelineModel

/// The density ribbon: listed events per month across the whole span, one block character per
/// column, the cursor's month marked. Events known only to a coarser unit than a month (or undated)
/// are not counted. O(groups + width) per draw.
enum Ribbon: BrowserScreen {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    static let asciiBlocks: [Character] = [".", ":", "-", "=", "#"]

    static func draw(_ state: BrowserState, in area: Rect, on canvas: inout Canvas) {
        let ascii = state.options.ascii
        let months = state.visible.groups.filter { $0.isMonth }
        // The span is the whole corpus's, so the ribbon does not shift when a filter changes.
        let allMonths = state.catalog.all.groups.filter { $0.isMonth }
        guard let first = allMonths.first, let last = allMonths.last, area.width >= 12 else { return }
        let start = monthIndex(first.key), end = monthIndex(last.key)
        let firstLabel = String(GroupKey.year(first.key)) + " "
        let lastLabel = " " + String(GroupKey.year(last.key))
        let legendRoom = 22
        let columns = max(1, area.width - firstLabel.count - lastLabel.count - legendRoom)
        let span = end - start + 1
        let monthsPerColumn = (span + columns - 1) / columns
        let used = (span + monthsPerColumn - 1) / monthsPerColumn
        // A short span is stretched (up to 4 cells a month) so the shape stays readable.
        let cellsPerColumn = monthsPerColumn == 1 ? max(1, min(4, columns / span)) : 1
        var counts = [Int](repeating: 0, count: used)
        for group in months { counts[(monthIndex(group.key) - start) / monthsPerColumn] += group.count }
        let peak = max(1, counts.max() ?? 1)
        var cursorColumn: Int?
        var cursorLegend = ""
        if let position = state.selectedPosition {
            let key = GroupKey.of(state.timeline.events[position].when)
            if key != GroupKey.undated && GroupKey.month(key) != 0 {
                let index = monthIndex(key) - start
                if index >= 0 && index < span {
                    cursorColumn = index / monthsPerColumn
                    let count = state.visible.groups.first { $0.key == key }?.count ?? 0
                    cursorLegend = "  " + DateLabel.monthName(GroupKey.month(key)) + " " + String(GroupKey.year(key))
                        + ": " + String(count)
                }
            }
        }
        let dim = Style(foreground: .gray)
        let palette = ascii ? asciiBlocks : blocks
        var column = area.column
        column += canvas.put(firstLabel, row: area.row, column: column, style: dim, ascii: ascii)
        for (i, n) in counts.enumerated() {
            let glyph: Character = n == 0 ? " " : palette[min(palette.count - 1, (n * palette.count - 1) / peak)]
            var style = Style(foreground: .green)
            if i == cursorColumn { style = Style(foreground: .yellow, bold: true, reverse: true) }
            for _ in 0..<cellsPerColumn where column < area.column + area.width {
                canvas[area.row, column] = Cell(character: glyph, width: 1, style: style)
                column += 1
            }
        }
        column += canvas.put(lastLabel, row: area.row, column: column, style: dim, ascii: ascii)
        canvas.put(cursorLegend, row: area.row, column: column, maxWidth: area.column + area.width - column,
                   style: Style(foreground: .yellow), ascii: ascii)
    }

    static func monthIndex(_ key: Int) -> Int { GroupKey.year(key) * 12 + GroupKey.month(key) - 1 }

    static func handle(_ key: Key, _ state: inout BrowserState) {}
    static func hints(_ state: BrowserState) -> String { "" }
}
