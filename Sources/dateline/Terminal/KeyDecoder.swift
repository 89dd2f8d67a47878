import CNCurses
import DatelineTUI

/// Turns what `get_wch` returned into a `Key`; pure, so it can be tested without a terminal.
enum KeyDecoder {
    /// What one `get_wch` call produced.
    enum Input: Equatable {
        /// A character (`get_wch` returned `OK`), as its code point.
        case character(UInt32)
        /// A function key (`get_wch` returned `KEY_CODE_YES`), as its curses key code.
        case keyCode(Int32)
    }

    /// Mouse state read with `getmouse` after `KEY_MOUSE`.
    struct Mouse: Equatable {
        var row: Int
        var column: Int
        var wheelUp: Bool
        var wheelDown: Bool
        var pressed: Bool
    }

    /// The key, or nil for input the browser has no use for (NUL, unknown function keys).
    /// `size` is the screen size after a resize; `mouse` is consulted only for `KEY_MOUSE`.
    static func decode(_ input: Input, size: (width: Int, height: Int), mouse: () -> Mouse?) -> Key? {
        switch input {
        case .character(let code): return decodeCharacter(code)
        case .keyCode(let code): return decodeKeyCode(code, size: size, mouse: mouse)
        }
    }

    static func decodeCharacter(_ code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 27: return .escape
        case 1...26:
            // Ctrl-A … Ctrl-Z arrive as 1 … 26 (those not taken by the cases above).
            guard let scalar = Unicode.Scalar(code + 96) else { return nil }
            return .control(Character(scalar))
        case 0..<32, 0x80..<0xA0:
            return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }

    static func decodeKeyCode(_ code: Int32, size: (width: Int, height: Int), mouse: () -> Mouse?) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME, KEY_BEG: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_RESIZE: return .resize(width: size.width, height: size.height)
        case KEY_MOUSE:
            guard let event = mouse() else { return nil }
            if event.wheelUp { return .mouseWheelUp }
            if event.wheelDown { return .mouseWheelDown }
            if event.pressed { return .mouseClick(row: event.row, column: event.column) }
            return nil
        default: return nil
        }
    }
}
