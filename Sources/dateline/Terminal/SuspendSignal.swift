import CNCurses
import Glibc

/// Ctrl-Z, handled on the curses thread.
///
/// ncurses' own SIGTSTP handler calls `endwin` from inside the signal handler, on whichever thread
/// the signal lands; beside a read in progress on the main thread that intermittently killed the
/// job instead of stopping it. Ours only raises a flag (async-signal-safe); the curses thread sees it
/// when its read is interrupted or times out, gives the terminal back, stops, and redraws after `fg`.
/// Installed before `newterm`, so ncurses leaves SIGTSTP alone.
enum SuspendSignal {
    nonisolated(unsafe) static let pending: UnsafeMutablePointer<sig_atomic_t> = {
        let pointer = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: 1)
        pointer.initialize(to: 0)
        return pointer
    }()
    nonisolated(unsafe) static let previous: UnsafeMutablePointer<sigaction> = {
        let pointer = UnsafeMutablePointer<sigaction>.allocate(capacity: 1)
        pointer.initialize(to: sigaction())
        return pointer
    }()
    nonisolated(unsafe) private static var installed = false

    /// Claims SIGTSTP, unless it was ignored on entry (a shell without job control): then Ctrl-Z
    /// stays a no-op, as for any program.
    static func install() {
        guard !installed else { return }
        _ = dl_install_signal(SIGTSTP, suspendHandler, previous)
        if dl_action_ignores(previous) != 0 {
            _ = dl_restore_signal(SIGTSTP, previous)
            return
        }
        installed = true
    }

    static func uninstall() {
        guard installed else { return }
        installed = false
        _ = dl_restore_signal(SIGTSTP, previous)
    }

    /// Whether Ctrl-Z was pressed since the last call.
    static func takePending() -> Bool {
        guard pending.pointee != 0 else { return false }
        pending.pointee = 0
        return true
    }

    /// Leaves curses mode, stops the process until it is continued, then returns; the next
    /// refresh puts curses back.
    static func suspendNow() {
        _ = endwin()
        dl_default_signal(SIGTSTP)
        _ = raise(SIGTSTP)     // stopped here until `fg`
        _ = dl_install_signal(SIGTSTP, suspendHandler, nil)
    }
}

private func suspendHandler(_ signal: Int32) {
    SuspendSignal.pending.pointee = 1
}
