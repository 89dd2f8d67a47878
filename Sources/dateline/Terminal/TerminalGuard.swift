import CNCurses
import Glibc

/// Puts the terminal back when the program dies while curses owns it: on exit, Ctrl-C, SIGTERM,
/// and crashes (a Swift trap is SIGILL on x86_64; ncurses catches none of these).
///
/// A signal handler may only call async-signal-safe functions and cannot capture context, so
/// everything it needs — the terminal's file descriptor, the termios saved before curses started,
/// and the bytes that undo curses' modes — is prepared here, in memory allocated once, before any
/// handler is installed. The handlers then `write`, `tcsetattr`, and pass the signal on.
enum TerminalGuard {
    /// Signals that mean a crash: restore, then hand the signal to whoever had it (Swift's
    /// backtracer) or to the default action.
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]
    /// Signals that mean "stop now": restore, then die of the signal (shell status 128 + n).
    static let stopSignals: [Int32] = [SIGINT, SIGTERM, SIGQUIT, SIGHUP]

    /// Saves the terminal's modes and installs the handlers. Call before `newterm`, so that ncurses
    /// sees our SIGINT/SIGTERM handlers and leaves them alone. Cost: a few system calls.
    static func arm(terminalDescriptor: Int32) {
        let storage = GuardStorage.shared
        storage.armed = false
        storage.descriptor = terminalDescriptor
        storage.hasTermios = tcgetattr(terminalDescriptor, storage.termios) == 0
        storage.resetLength = 0
        if !storage.handlersInstalled {
            for signal in crashSignals {
                _ = dl_install_signal(signal, crashHandler, storage.previousActions + Int(signal))
            }
            for signal in stopSignals {
                let previous = storage.previousActions + Int(signal)
                _ = dl_install_signal(signal, stopHandler, previous)
                // A signal ignored on entry (nohup, background jobs) stays ignored.
                if dl_action_ignores(previous) != 0 { _ = dl_restore_signal(signal, previous) }
            }
            storage.handlersInstalled = true
        }
        if !storage.atExitRegistered {
            atexit(restoreAtExit)
            storage.atExitRegistered = true
        }
        storage.armed = true
    }

    /// Records the bytes that undo curses' screen modes (from terminfo, once curses knows the
    /// terminal). The length is published last, so a handler never sees a half-written sequence.
    static func setResetSequence(_ bytes: [UInt8]) {
        let storage = GuardStorage.shared
        storage.resetLength = 0
        let count = min(bytes.count, GuardStorage.resetCapacity)
        for index in 0..<count { storage.reset[index] = bytes[index] }
        storage.resetLength = count
    }

    /// Curses has been shut down normally: remove the handlers and forget the terminal.
    static func disarm() {
        let storage = GuardStorage.shared
        storage.armed = false
        guard storage.handlersInstalled else { return }
        for signal in crashSignals + stopSignals {
            _ = dl_restore_signal(signal, storage.previousActions + Int(signal))
        }
        storage.handlersInstalled = false
    }

    /// Writes the reset bytes and the saved termios; async-signal-safe.
    fileprivate static func restoreTerminal() {
        let storage = GuardStorage.shared
        guard storage.armed else { return }
        storage.armed = false
        if storage.resetLength > 0 {
            _ = write(storage.descriptor, storage.reset, storage.resetLength)
        }
        if storage.hasTermios {
            _ = tcsetattr(storage.descriptor, TCSANOW, storage.termios)
        }
    }
}

/// Memory the signal handlers read, allocated once and never freed (it must outlive any handler).
private final class GuardStorage: @unchecked Sendable {
    static let resetCapacity = 512
    // Touched by `arm` before any handler is installed, so the lazy initialisation of this
    // global never runs inside a handler.
    static let shared = GuardStorage()

    var armed = false
    var handlersInstalled = false
    var atExitRegistered = false
    var descriptor: Int32 = -1
    var hasTermios = false
    let termios = UnsafeMutablePointer<Glibc.termios>.allocate(capacity: 1)
    let reset = UnsafeMutablePointer<UInt8>.allocate(capacity: GuardStorage.resetCapacity)
    var resetLength = 0
    /// Indexed by signal number.
    let previousActions: UnsafeMutablePointer<sigaction> = {
        let pointer = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
        pointer.initialize(repeating: sigaction(), count: 65)
        return pointer
    }()
}

private func crashHandler(_ signal: Int32) {
    TerminalGuard.restoreTerminal()
    // Hand the signal on: it stays blocked until this handler returns, then reaches the previous
    // handler (or the default action) with the faulting context.
    _ = dl_restore_signal(signal, GuardStorage.shared.previousActions + Int(signal))
    _ = raise(signal)
}

private func stopHandler(_ signal: Int32) {
    TerminalGuard.restoreTerminal()
    dl_default_signal(signal)
    _ = raise(signal)
}

/// `exit()` with curses still active (e.g. an error path that never reached `close`).
private func restoreAtExit() {
    guard GuardStorage.shared.armed else { return }
    if isendwin() == false { endwin() }
    TerminalGuard.restoreTerminal()
}
