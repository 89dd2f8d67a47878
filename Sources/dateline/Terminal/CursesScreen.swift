import CNCurses
import DatelineTUI
import Glibc

/// One curses session on the user's terminal: opens it, reads keys, paints canvases, closes it.
///
/// The only type that starts or stops curses. Every call must come from the thread that opened it.
/// Output goes to standard output; keys come from standard input, or from `/dev/tty` when standard
/// input is a pipe (`cat a.txt | dateline -`), as `less` does.
final class CursesScreen {
    let options: BrowserOptions
    private let screen: OpaquePointer
    private let keyboard: UnsafeMutablePointer<FILE>?
    private var painter: CanvasPainter
    private var isOpen = true

    /// Current size in cells, as curses knows it (updated on `KEY_RESIZE`).
    var size: (width: Int, height: Int) { (Int(dl_cols()), Int(dl_lines())) }

    /// Starts curses. Throws when there is no terminal to draw on or read from.
    static func open() throws -> CursesScreen {
        _ = setlocale(LC_ALL, "")
        guard isatty(STDOUT_FILENO) == 1 else { throw TerminalError.outputNotATerminal }
        var keyboard: UnsafeMutablePointer<FILE>? = nil
        if isatty(STDIN_FILENO) != 1 {
            guard let tty = fopen("/dev/tty", "r") else { throw TerminalError.noKeyboard(errno: errno) }
            keyboard = tty
        }
        // Before newterm: saves the termios to restore, and claims SIGINT/SIGTERM so that ncurses
        // leaves them to us (it exits with status 1; we want 130/143 like any other program).
        TerminalGuard.arm(terminalDescriptor: STDOUT_FILENO)
        SuspendSignal.install()
        guard let screen = newterm(nil, dl_stdout(), keyboard ?? dl_stdin()) else {
            SuspendSignal.uninstall()
            TerminalGuard.disarm()
            if let keyboard { fclose(keyboard) }
            throw TerminalError.unknownTerminal(getenv("TERM").map { String(cString: $0) } ?? "")
        }
        _ = set_term(screen)
        let codeset = String(cString: dl_codeset())
        let noColor = getenv("NO_COLOR").map { String(cString: $0) }
        let options = TerminalCapabilities.options(codeset: codeset, noColor: noColor,
                                                   terminalHasColors: has_colors())
        return CursesScreen(screen: screen, keyboard: keyboard, options: options)
    }

    private init(screen: OpaquePointer, keyboard: UnsafeMutablePointer<FILE>?, options: BrowserOptions) {
        self.screen = screen
        self.keyboard = keyboard
        self.options = options
        _ = cbreak()        // Ctrl-C / Ctrl-Z still raise signals: they work even while loading.
        _ = noecho()
        _ = nonl()
        _ = keypad(dl_stdscr(), true)
        _ = intrflush(dl_stdscr(), false)
        _ = set_escdelay(25)    // the default, 1000 ms, makes Esc feel broken
        if options.color {
            _ = start_color()
            _ = use_default_colors()
        }
        _ = mousemask(dl_wheel_up() | dl_wheel_down() | dl_button1_pressed(), nil)
        _ = mouseinterval(0)    // report presses at once instead of waiting to detect clicks
        _ = curs_set(0)
        painter = CanvasPainter(color: options.color, ascii: options.ascii, colorCount: Int(dl_colors()),
                                pairCount: Int(dl_color_pairs()))
        TerminalGuard.setResetSequence(Self.resetSequence())
    }

    /// Ends curses and gives the terminal back as it was. Safe to call twice.
    func close() {
        guard isOpen else { return }
        isOpen = false
        _ = endwin()
        delscreen(screen)
        if let keyboard { fclose(keyboard) }
        SuspendSignal.uninstall()
        TerminalGuard.disarm()
    }

    /// Copies `canvas` to the screen, writing only cells that changed since the last paint.
    func paint(_ canvas: Canvas) {
        painter.paint(canvas)
    }

    /// Forces the next paint to redraw every cell (after a resize or Ctrl-L).
    func invalidate() {
        painter.invalidate()
        _ = clearok(dl_curscr(), true)
    }

    /// Blocks until a key the browser understands arrives. Throws if input is gone for good.
    /// Reads wake at least every `tick` milliseconds to notice a Ctrl-Z that arrived between reads.
    func readKey() throws -> Key {
        var quickFailures = 0
        while true {
            if SuspendSignal.takePending() { return suspend() }
            wtimeout(dl_stdscr(), Self.tick)
            let started = Self.milliseconds()
            guard let input = readInput() else {
                // ERR: the tick passed, a signal interrupted the read, or input has gone away. Only
                // the last returns at once, again and again.
                quickFailures = Self.milliseconds() - started < Int(Self.tick) / 4 ? quickFailures + 1 : 0
                if quickFailures > 100, !SuspendSignal.takePending() { throw TerminalError.inputClosed }
                continue
            }
            quickFailures = 0
            if let key = KeyDecoder.decode(input, size: size, mouse: Self.readMouse) { return key }
        }
    }

    /// The next key if one is waiting, without blocking (used while loading).
    func pollKey() -> Key? {
        if SuspendSignal.takePending() { return suspend() }
        wtimeout(dl_stdscr(), 0)
        defer { wtimeout(dl_stdscr(), -1) }
        guard let input = readInput() else { return nil }
        return KeyDecoder.decode(input, size: size, mouse: Self.readMouse)
    }

    static let tick: Int32 = 200

    /// Gives the terminal back until `fg`, then reports the (possibly new) size so the caller
    /// redraws everything.
    private func suspend() -> Key {
        SuspendSignal.suspendNow()
        var window = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &window) == 0, window.ws_row > 0, window.ws_col > 0 {
            _ = resizeterm(Int32(window.ws_row), Int32(window.ws_col))
        }
        invalidate()
        return .resize(width: size.width, height: size.height)
    }

    private static func milliseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return now.tv_sec * 1000 + now.tv_nsec / 1_000_000
    }

    private func readInput() -> KeyDecoder.Input? {
        var character: wint_t = 0
        switch wget_wch(dl_stdscr(), &character) {
        case OK: return .character(UInt32(character))
        case KEY_CODE_YES: return .keyCode(Int32(bitPattern: UInt32(character)))
        default: return nil
        }
    }

    private static func readMouse() -> KeyDecoder.Mouse? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        return KeyDecoder.Mouse(row: Int(event.y), column: Int(event.x),
                                wheelUp: event.bstate & dl_wheel_up() != 0,
                                wheelDown: event.bstate & dl_wheel_down() != 0,
                                pressed: event.bstate & dl_button1_pressed() != 0)
    }

    /// Bytes that undo what curses set up, for the crash handlers: mouse off, attributes off,
    /// cursor on, keypad off, leave the alternate screen.
    private static func resetSequence() -> [UInt8] {
        var bytes: [UInt8] = []
        if let mouseOff = dl_mouse_off_sequence() { bytes += Array(String(cString: mouseOff).utf8) }
        for capability in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            if let value = dl_tigetstr(capability) { bytes += Array(String(cString: value).utf8) }
        }
        return bytes
    }
}
