import DatelineModel
import DatelineTUI
import Glibc

/// Reports loading progress: a short message and the fraction done (0…1), or nil when unknown.
/// Returns false once the user has asked to quit (q or Esc): the loader should stop and throw
/// `LoadingCancelled`.
typealias LoadingProgress = (_ message: String, _ fraction: Double?) -> Bool

/// The user quit while the corpus was still loading.
struct LoadingCancelled: Error {}

/// Runs the interactive browser on the user's terminal: render → paint → key → reduce, until the
/// user quits. The terminal is restored on every way out (return, throw, Ctrl-C, SIGTERM, crash).
struct TerminalBrowser {
    let timeline: Timeline
    let corpusName: String

    init(timeline: Timeline, corpusName: String) {
        self.timeline = timeline
        self.corpusName = corpusName
    }

    /// Browses until the user quits. Throws `TerminalError` when there is no usable terminal.
    func run() throws {
        let screen = try CursesScreen.open()
        defer { screen.close() }
        try browse(on: screen)
    }

    /// Opens the terminal first and shows a loading screen while `load` builds the timeline
    /// (call `progress` as often as you like: it repaints only when the text or the percentage
    /// changes), then browses the result. Errors from `load` are rethrown after the terminal is
    /// restored, so the caller can print them.
    static func run(corpusName: String, loading load: (_ progress: LoadingProgress) throws -> Timeline) throws {
        let screen = try CursesScreen.open()
        defer { screen.close() }
        var shown: (message: String, percent: Int?)? = nil
        var quit = false
        let timeline = try load { message, fraction in
            var resized = false
            while let key = screen.pollKey() {
                switch key {
                case .resize: resized = true
                case .character("q"), .character("Q"), .escape: quit = true
                default: break
                }
            }
            if quit { return false }
            let percent = fraction.map { Int((min(max($0, 0), 1) * 100).rounded(.down)) }
            if !resized, let shown, shown.message == message, shown.percent == percent { return true }
            shown = (message, percent)
            if resized { screen.invalidate() }
            let size = screen.size
            screen.paint(renderLoading(message: message, fraction: fraction,
                                              width: size.width, height: size.height, options: screen.options))
            return true
        }
        try TerminalBrowser(timeline: timeline, corpusName: corpusName).browse(on: screen)
    }

    private func browse(on screen: CursesScreen) throws {
        let size = screen.size
        var state = BrowserState(timeline: timeline, corpusName: corpusName,
                                 width: size.width, height: size.height, options: screen.options)
        screen.invalidate()
        let crashAfterFirstFrame = Self.testCrashRequested()
        while !state.isFinished {
            screen.paint(render(state))
            if crashAfterFirstFrame {
                // Test hook: proves the crash handlers give the terminal back (BrowserEndToEndTests).
                fatalError("DATELINE_TEST_CRASH: deliberate crash after the first frame")
            }
            let key = try screen.readKey()
            switch key {
            case .resize, .control("l"): screen.invalidate()
            default: break
            }
            state = reduce(state, key)
        }
    }

    private static func testCrashRequested() -> Bool {
        guard let value = getenv("DATELINE_TEST_CRASH") else { return false }
        return String(cString: value) == "1"
    }
}
