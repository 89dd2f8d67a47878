/// One screen cell: a character (a grapheme that is safe to print), its display width, and its style.
///
/// A wide character occupies its cell with `width == 2` and the next cell as a `continuation`.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var width: UInt8
    public var style: Style

    public init(character: Character, width: UInt8, style: Style) {
        self.character = character
        self.width = width
        self.style = style
    }

    public static let blank = Cell(character: " ", width: 1, style: .plain)
    /// The right half of a wide character: drawn by its left neighbour.
    public static let continuation = Cell(character: " ", width: 0, style: .plain)
}

/// A grid of cells that views draw into; the terminal backend copies it to the screen.
public struct Canvas: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should rest (e.g. in a prompt), or nil to hide it.
    public var cursor: (row: Int, column: Int)?

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(row: Int, column: Int) -> Cell {
        get { cells[row * width + column] }
        set { cells[row * width + column] = newValue }
    }

    public static func == (lhs: Canvas, rhs: Canvas) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height && lhs.cells == rhs.cells
            && lhs.cursor?.row == rhs.cursor?.row && lhs.cursor?.column == rhs.cursor?.column
    }
}
