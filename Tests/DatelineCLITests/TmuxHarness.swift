import Foundation

/// Runs the built `dateline` in a private tmux server, as a person would use it: read the screen,
/// press keys, resize the window, send signals, and afterwards inspect the terminal it left.
///
/// Each harness has its own tmux socket (`-L`) and temporary directory, both removed by `stop()`.
/// The app runs under a small shell script that records its pid, then its exit status and the
/// terminal modes (`stty -a`) once it ends, and keeps the pane open so the screen can be read.
final class TmuxHarness {
    /// How long to wait for something to appear before failing. Only reached when a test fails.
    static let timeout: Double = 20

    /// The tmux executable, or nil when tmux is not installed (the tests then skip).
    static let tmux: String? = findExecutable("tmux")

    let socket: String
    let directory: URL
    private(set) var stopped = false

    /// Starts `dateline arguments` in a `width` × `height` window. `environment` is added to a
    /// UTF-8 locale and a non-interactive Swift backtracer; `input`, when given, is piped to stdin.
    /// `underShell` runs it as a job of an interactive bash (prompt "$ "), so job control works:
    /// Ctrl-Z stops it and `fg` brings it back; there is then no exit status or `stty` record
    /// (`waitForExit` gives nil): look for the prompt instead.
    init(arguments: [String], environment: [String: String] = [:], input: String? = nil,
         width: Int = 120, height: Int = 35, underShell: Bool = false) throws {
        guard let tmux = Self.tmux else { throw HarnessError.noTmux }
        let binary = try Self.datelineBinary()
        socket = "dateline-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)

        var env = ["LANG": "C.UTF-8", "LC_ALL": "", "SWIFT_BACKTRACE": "interactive=no,color=no"]
        env.merge(environment) { _, new in new }
        let assignments = env.keys.sorted().map { Self.quote("\($0)=\(env[$0] ?? "")") }.joined(separator: " ")
        let command = "env \(assignments) " + ([binary] + arguments).map(Self.quote).joined(separator: " ")
        let app = "sh -c 'echo $$ > \"$0/pid\"; exec \"$@\"' \"$DIR\" \(command)"
        var script = "#!/bin/sh\nDIR=\(Self.quote(directory.path))\n"
        // The wrapper shell must survive the Ctrl-C and SIGTERM aimed at the app.
        script += "trap ':' INT TERM\n"
        if let input {
            try input.write(to: directory.appendingPathComponent("input"), atomically: true, encoding: .utf8)
            script += "cat \"$DIR/input\" | \(app)\n"
        } else {
            script += "\(app)\n"
        }
        script += "echo $? > \"$DIR/status.tmp\"\nstty -a > \"$DIR/stty\"\n"
        script += "mv \"$DIR/status.tmp\" \"$DIR/status\"\necho '[dateline exited]'\n"
        if !underShell { script += "exec sleep 600\n" }
        let scriptURL = directory.appendingPathComponent("run.sh")
        try script.write(to: scriptURL, atomically: true, encoding: .utf8)

        // The server forks from this client and would keep a captured stdout open forever.
        let paneCommand = underShell ? "env PS1='$ ' bash --norc --noprofile -i" : "sh \(Self.quote(scriptURL.path))"
        try Self.run(tmux, ["-L", socket, "-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)",
                            paneCommand], capture: false)
        if underShell {
            // Typed before bash has set up job control, the job would not get its own process group.
            try waitForScreen(timeout: 10) { $0.contains { $0.hasPrefix("$") } }
            // The app itself must be the job: bash reports a job stopped once its own child stops,
            // and a wrapper script would stop before the app had given the terminal back.
            try self.tmux(["send-keys", "-l", command])
            try self.tmux(["send-keys", "Enter"])
        }
    }

    deinit { stop() }

    /// Kills the tmux server and removes the temporary directory. Safe to call twice.
    func stop() {
        guard !stopped else { return }
        stopped = true
        // An interactive bash survives the hang-up kill-server sends its pane.
        if let text = try? tmux(["display-message", "-p", "#{pane_pid}"]),
           let pane = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
            kill(pane, SIGKILL)
        }
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: directory)
    }

    // MARK: Looking

    /// The visible text of the pane, one string per row, trailing spaces removed.
    func screen(escapes: Bool = false) throws -> [String] {
        var text = try tmux(["capture-pane", "-p"] + (escapes ? ["-e"] : []))
        // capture-pane ends every row with a newline: the last one does not start another row.
        if text.hasSuffix("\n") { text.removeLast() }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0.reversed().drop(while: { $0 == " " }).reversed())
        }
    }

    /// A tmux format variable of the pane, e.g. `alternate_on`, `cursor_flag`, `mouse_any_flag`.
    func paneFlag(_ name: String) throws -> String {
        try tmux(["display-message", "-p", "#{\(name)}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls the screen until `condition` holds on a settled screen (the same on two captures 60 ms
    /// apart, so a frame caught half drawn on a busy machine does not count); returns that screen,
    /// or nil after `timeout`.
    @discardableResult
    func waitForScreen(timeout: Double = TmuxHarness.timeout, _ condition: ([String]) -> Bool) throws -> [String]? {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let lines = try screen()
            if condition(lines) {
                usleep(60_000)
                if try screen() == lines { return lines }
                continue
            }
            if Date() > deadline { return nil }
            usleep(50_000)
        }
    }

    /// Polls until the screen contains `text` (case-insensitive).
    @discardableResult
    func waitFor(_ text: String, timeout: Double = TmuxHarness.timeout) throws -> [String]? {
        try waitForScreen(timeout: timeout) { $0.joined(separator: "\n").localizedCaseInsensitiveContains(text) }
    }

    /// Polls until the screen differs from `previous` (after a key that should change something).
    @discardableResult
    func waitForChange(from previous: [String], timeout: Double = TmuxHarness.timeout) throws -> [String]? {
        try waitForScreen(timeout: timeout) { $0 != previous }
    }

    /// Polls until a pane flag has `value`; returns whether it did.
    func waitForFlag(_ name: String, _ value: String, timeout: Double = TmuxHarness.timeout) throws -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while try paneFlag(name) != value {
            if Date() > deadline { return false }
            usleep(50_000)
        }
        return true
    }

    // MARK: Acting

    /// Presses keys by tmux name: "Down", "Enter", "Escape", "C-c", "q", "PPage", …
    func press(_ keys: String...) throws { try tmux(["send-keys"] + keys) }

    /// Types text literally.
    func type(_ text: String) throws { try tmux(["send-keys", "-l", text]) }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Sends a signal to the app process itself (not its wrapper shell).
    func signal(_ number: Int32) throws {
        let text = try String(contentsOf: directory.appendingPathComponent("pid"), encoding: .utf8)
        guard let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else { throw HarnessError.noPid }
        kill(pid, number)
    }

    // MARK: After exit

    /// Waits for the app to end; returns its shell exit status (128 + n when killed by signal n).
    func waitForExit(timeout: Double = TmuxHarness.timeout) throws -> Int32? {
        let url = directory.appendingPathComponent("status")
        let deadline = Date().addingTimeInterval(timeout)
        while !FileManager.default.fileExists(atPath: url.path) {
            if Date() > deadline { return nil }
            usleep(50_000)
        }
        return Int32(try String(contentsOf: url, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The terminal's modes after the app ended, as `stty -a` words ("echo", "-echo", "icanon", …).
    func terminalModesAfterExit() throws -> Set<String> {
        let text = try String(contentsOf: directory.appendingPathComponent("stty"), encoding: .utf8)
        return Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
    }

    // MARK: Plumbing

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        guard let tmux = Self.tmux else { throw HarnessError.noTmux }
        return try Self.run(tmux, ["-L", socket] + arguments)
    }

    /// Runs a command and returns its standard output. Uses posix_spawn and waitpid directly:
    /// output goes through a file, because the tmux server forked by `new-session` inherits the
    /// client's descriptors and would hold a pipe open forever.
    @discardableResult
    private static func run(_ executable: String, _ arguments: [String], capture: Bool = true) throws -> String {
        let outputPath = FileManager.default.temporaryDirectory
            .appendingPathComponent("dateline-e2e-out-\(UUID().uuidString)").path
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, capture ? outputPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // The test runner's threads block most signals, and a spawned process inherits the mask:
        // tmux, the shell and the app would never see Ctrl-Z. Start them as a terminal would.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t(), defaults = sigset_t()
        sigemptyset(&emptyMask)
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGTSTP, SIGTTIN, SIGTTOU, SIGCONT, SIGCHLD, SIGPIPE] {
            sigaddset(&defaults, signal)
        }
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw HarnessError.commandFailed(executable, spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exitCode = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        guard exitCode == 0 else {
            throw HarnessError.commandFailed(([executable] + arguments).joined(separator: " "), exitCode)
        }
        guard capture else { return "" }
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    private static func quote(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    private static func findExecutable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// `DATELINE_BINARY` if set; else the `dateline` beside the test bundle (same build products
    /// directory); else `.build/debug/dateline` above this source file.
    static func datelineBinary(file: String = #filePath) throws -> String {
        var candidates: [String] = []
        if let explicit = ProcessInfo.processInfo.environment["DATELINE_BINARY"] { candidates.append(explicit) }
        if let executable = Bundle.main.executableURL {
            var directory = executable.deletingLastPathComponent()
            for _ in 0..<3 {
                candidates.append(directory.appendingPathComponent("dateline").path)
                directory = directory.deletingLastPathComponent()
            }
        }
        var directory = URL(fileURLWithPath: file).deletingLastPathComponent()
        while directory.path != "/" {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                candidates.append(directory.appendingPathComponent(".build/debug/dateline").path)
                break
            }
            directory = directory.deletingLastPathComponent()
        }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw HarnessError.noBinary(candidates)
        }
        return found
    }
}

enum HarnessError: Error, CustomStringConvertible {
    case noTmux
    case noBinary([String])
    case noPid
    case commandFailed(String, Int32)

    var description: String {
        switch self {
        case .noTmux: return "tmux is not installed"
        case .noBinary(let tried): return "dateline binary not found; tried: \(tried.joined(separator: ", "))"
        case .noPid: return "the app's pid file is missing or unreadable"
        case .commandFailed(let command, let status): return "`\(command)` failed with status \(status)"
        }
    }
}
