import Glibc

/// Keeps terminal signals on the curses thread.
///
/// A process-directed signal goes to any thread that does not block it. Delivered to a worker,
/// ncurses' SIGTSTP handler would run `endwin` beside the main thread's `wget_wch`, and SIGWINCH
/// would not interrupt the main thread's read, so a resize would wait for the next key. Threads
/// inherit the mask of the thread that creates them, so work started through `run` (and every
/// thread it spawns) blocks these signals, and only the curses thread receives them.
enum WorkerSignals {
    static let terminalSignals: [Int32] = [SIGTSTP, SIGCONT, SIGWINCH, SIGINT, SIGTERM, SIGQUIT, SIGHUP]

    /// Calls `start` (which should start threads or submit work) with the terminal signals blocked
    /// in the calling thread, then restores its mask.
    static func spawningBlocked(_ start: () -> Void) {
        var blocked = sigset_t(), previous = sigset_t()
        sigemptyset(&blocked)
        for signal in terminalSignals { sigaddset(&blocked, signal) }
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        start()
        pthread_sigmask(SIG_SETMASK, &previous, nil)
    }

    /// Blocks the terminal signals in the calling (worker) thread, for the threads it creates too.
    static func blockInThisThread() {
        var blocked = sigset_t()
        sigemptyset(&blocked)
        for signal in terminalSignals { sigaddset(&blocked, signal) }
        pthread_sigmask(SIG_BLOCK, &blocked, nil)
    }
}
