/// A decoded input event, independent of how the terminal encoded it.
public enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    /// Ctrl + a letter (lowercase), e.g. `.control("z")`.
    case control(Character)
    case resize(width: Int, height: Int)
    case mouseWheelUp, mouseWheelDown
    case mouseClick(row: Int, column: Int)
}
