/// A line of styled, sanitised cells (wide cells carry width 2; the canvas adds continuations).
typealias StyledLine = [Cell]

/// Builds styled lines from untrusted strings.
struct StyledText {
    private(set) var cells: StyledLine = []
    let ascii: Bool

    init(ascii: Bool) { self.ascii = ascii }

    /// Appends `text` sanitised, in one style. O(length).
    mutating func append(_ text: String, _ style: Style = .plain) {
        TextSanitizer.forEachCell(in: text[...], ascii: ascii) { character, width, _ in
            cells.append(Cell(character: character, width: width, style: style))
        }
    }

    /// Appends `text` with styles chosen per UTF-8 offset (for highlighting ranges given as offsets).
    mutating func append(_ text: Substring, styleAt: (Int) -> Style) {
        TextSanitizer.forEachCell(in: text, ascii: ascii) { character, width, offset in
            cells.append(Cell(character: character, width: width, style: styleAt(offset)))
        }
    }

    /// This text followed by `other`.
    func joined(_ other: StyledText) -> StyledText {
        var copy = self
        copy.cells += other.cells
        return copy
    }

    /// Removes blanks at the end (left by stripped line breaks in one-line fields).
    mutating func trimTrailingSpaces() {
        while cells.last?.character == " " { cells.removeLast() }
    }

    var width: Int { cells.reduce(0) { $0 + Int($1.width) } }

    /// Greedy word wrap into lines of at most `width` columns; continuation lines start with `indent`
    /// blanks. Words longer than a line are broken. O(cells).
    static func wrap(_ cells: StyledLine, width: Int, indent: Int = 0) -> [StyledLine] {
        let width = max(1, width)
        let indent = min(indent, width / 2)
        var lines: [StyledLine] = []
        var line: StyledLine = []
        var lineWidth = 0
        var lastSpace: Int?
        func startLine() {
            line = Array(repeating: .blank, count: lines.isEmpty ? 0 : indent)
            lineWidth = line.count
            lastSpace = nil
        }
        startLine()
        for cell in cells {
            let w = Int(cell.width)
            if lineWidth + w > width {
                if cell.character == " " {
                    lines.append(line)
                    startLine()
                    continue
                }
                if let space = lastSpace {
                    let carried = Array(line[(space + 1)...])
                    lines.append(Array(line[..<space]))
                    startLine()
                    line += carried
                    lineWidth += carried.reduce(0) { $0 + Int($1.width) }
                } else {
                    lines.append(line)
                    startLine()
                }
            }
            if cell.character == " " {
                if lineWidth == (lines.isEmpty ? 0 : indent) && !lines.isEmpty { continue }
                lastSpace = line.count
            }
            line.append(cell)
            lineWidth += w
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}

/// Byte ranges from offsets that come from input files: never trap on overflow or negative lengths.
enum ByteRange {
    /// `start..<start+length`, or an empty range when the values make no sense.
    static func make(start: Int, length: Int) -> Range<Int> {
        let (end, overflow) = start.addingReportingOverflow(length)
        guard length > 0, !overflow else { return 0..<0 }
        return start..<end
    }

    static func difference(_ a: Int, _ b: Int) -> Int? {
        let (value, overflow) = a.subtractingReportingOverflow(b)
        return overflow ? nil : value
    }
}
