/// Why the terminal browser could not start or had to stop.
enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// Standard output is not a terminal (e.g. redirected to a file), so there is nowhere to draw.
    case outputNotATerminal
    /// Standard input is not a terminal and `/dev/tty` could not be opened for keys.
    case noKeyboard(errno: Int32)
    /// curses does not know the terminal type (`TERM`).
    case unknownTerminal(String)
    /// Input stopped answering (the terminal went away).
    case inputClosed

    var description: String {
        switch self {
        case .outputNotATerminal:
            return "the browser needs a terminal: standard output is not one"
        case .noKeyboard(let code):
            return "cannot read keys: standard input is not a terminal and /dev/tty cannot be opened (errno \(code))"
        case .unknownTerminal(let name):
            return "unknown terminal type \"\(name)\" (set TERM, e.g. TERM=xterm-256color)"
        case .inputClosed:
            return "the terminal stopped sending input"
        }
    }
}
