import Foundation
import Testing

/// Words the browser shows, in one place so the assertions can follow the UI's wording.
/// Matched case-insensitively against the whole screen.
enum BrowserText {
    /// In the header line: "<corpus> · 123 events · 8 sources".
    static let eventsNoun = "event"
    /// In the help overlay (and not in the list's hint line).
    static let helpLines = ["page up", "search"]
    /// In the issue picker opened with `f`.
    static let issuePicker = "issue"
    /// In the header once a filter is active, and where it counts what is shown.
    static let filterMarker = "filter"
    static let showingMarker = "showing"
    /// Shown when the window is below the minimum size.
    static let tooSmall = "too small"
}

/// Drives the built binary in tmux as a person would. Backend tests check what the terminal is left
/// in after each way out; scenario tests walk through the browser on the bundled seeds.
@Suite("Browser end to end (tmux)", .serialized,
       .enabled(if: TmuxHarness.tmux != nil, "tmux is not installed: `which tmux` finds nothing"))
struct BrowserEndToEndTests {
    // MARK: Backend: every way out restores the terminal

    @Test("q quits with status 0 and restores modes, cursor, mouse and the main screen")
    func quitRestoresTerminal() throws {
        let app = try TmuxHarness(arguments: [])
        defer { app.stop() }
        try waitForFirstFrame(app)
        try app.press("q")
        #expect(try app.waitForExit() == 0)
        try expectRestored(app)
    }

    @Test("Ctrl-C exits with 130 and restores the terminal")
    func controlCRestoresTerminal() throws {
        let app = try TmuxHarness(arguments: [])
        defer { app.stop() }
        try waitForFirstFrame(app)
        try app.press("C-c")
        #expect(try app.waitForExit() == 130)
        try expectRestored(app)
    }

    @Test("SIGTERM exits with 143 and restores the terminal")
    func terminateRestoresTerminal() throws {
        let app = try TmuxHarness(arguments: [])
        defer { app.stop() }
        try waitForFirstFrame(app)
        try app.signal(SIGTERM)
        #expect(try app.waitForExit() == 143)
        try expectRestored(app)
    }

    @Test("A crash after the first frame (DATELINE_TEST_CRASH=1) still restores the terminal")
    func crashRestoresTerminal() throws {
        let app = try TmuxHarness(arguments: [], environment: ["DATELINE_TEST_CRASH": "1"])
        defer { app.stop() }
        let status = try app.waitForExit()
        // Died of a signal (SIGILL for a Swift trap on x86_64, SIGTRAP on arm64), not a clean exit.
        #expect(status.map { $0 > 128 } == true, "exit status \(String(describing: status))")
        try expectRestored(app)
    }

    @Test("With stdin piped (`cat file | dateline -`), keys come from the terminal")
    func pipedInputReadsKeysFromTerminal() throws {
        let app = try TmuxHarness(arguments: ["-"], input: "Officials met in Geneva on 3 March 2024 to discuss the ceasefire.\n")
        defer { app.stop() }
        try waitForFirstFrame(app)
        try app.press("q")
        #expect(try app.waitForExit() == 0)
        try expectRestored(app)
    }

    @Test("Ctrl-Z suspends to the shell with the terminal restored; fg brings the browser back")
    func suspendAndResume() throws {
        let app = try TmuxHarness(arguments: [], underShell: true)
        defer { app.stop() }
        let start = try #require(try app.waitFor(BrowserText.eventsNoun), "the browser never drew")
        try app.press("C-z")
        let stopped = try app.waitFor("Stopped")
        #expect(stopped != nil, "the shell did not report the job stopped")
        #expect(try app.paneFlag("alternate_on") == "0", "still on the alternate screen while suspended")
        #expect(try app.paneFlag("cursor_flag") == "1", "cursor hidden while suspended")
        try app.type("fg")
        try app.press("Enter")
        let back = try app.waitForScreen { $0.first == start.first }
        #expect(back != nil, "fg did not redraw the browser")
        try app.press("q")
        let prompt = try app.waitForScreen { $0.last(where: { !$0.isEmpty }) == "$" }
        #expect(prompt != nil, "no shell prompt after quitting")
        #expect(try app.paneFlag("alternate_on") == "0")
        #expect(try app.paneFlag("cursor_flag") == "1")
    }

    // MARK: Scenarios on the seeds (no argument)

    @Test("Opens on the seeds: a header counting events and a list below it")
    func opensOnSeeds() throws {
        let app = try TmuxHarness(arguments: [])
        defer { app.stop() }
        let screen = try #require(try app.waitFor(BrowserText.eventsNoun), "no header mentioning events")
        #expect(screen.filter { !$0.isEmpty }.count > 5, "expected a list of events:\n\(show(screen))")
        #expect(screen.allSatisfy { $0.count <= 120 })
        try quit(app)
    }

    @Test("Down moves the selection; Enter opens the detail pane and Esc closes it again")
    func moveAndOpenDetail() throws {
        let app = try TmuxHarness(arguments: [])
        defer { app.stop() }
        let start = try #require(try app.waitFor(BrowserText.eventsNoun))
        try app.press("Down")
        let moved = try #require(try app.waitForChange(from: start), "Down changed nothing")
        try app.press("Enter")
        let detail = try #require(try app.waitForChange(from: moved), "Enter changed nothing")
        #expect(detail.joined().count > moved.joined().count / 2, "detail pane looks empty:\n\(show(detail))")
        try app.press("Escape")
        let closed = try app.waitForScreen(timeout: 5) { $0 == moved }
        #expect(closed != nil, "Esc did not return to the list as it was")
        try quit(app)
    }

    @Test("? shows the help overlay; another key closes it")
    func helpOverlay() throws {
        let app = try TmuxHarness(arguments: [])
        defer { app.stop() }
        let start = try #require(try app.waitFor(BrowserText.eventsNoun))
        try app.press("?")
        let help = try app.waitForScreen { screen in
            let text = screen.joined(separator: "\n").lowercased()
            return BrowserText.helpLines.allSatisfy { text.contains($0) }
        }
        #expect(help != nil, "help overlay did not show \(BrowserText.helpLines)")
        try app.press("Escape")
        #expect(try app.waitForScreen(timeout: 5) { $0 == start } != nil, "help did not close")
        try quit(app)
    }

    @Test("Filtering to one issue shows fewer events, and clearing shows them all again")
    func filterToOneIssue() throws {
        let app = try TmuxHarness(arguments: [])
        defer { app.stop() }
        let start = try #require(try app.waitFor(BrowserText.eventsNoun))
        let total = try #require(eventCount(in: start[0]), "no event count in header: \(start[0])")
        try app.press("f")
        try #require(try app.waitForChange(from: start) != nil)
        #expect(try app.waitFor(BrowserText.issuePicker, timeout: 5) != nil)
        try app.press("Space")
        try app.press("Enter")
        let filtered = try #require(try app.waitForScreen { $0[0].localizedCaseInsensitiveContains(BrowserText.filterMarker) },
                                    "header shows no filter")
        let shown = try #require(number(after: BrowserText.showingMarker, in: filtered[0]), "no count shown: \(filtered[0])")
        #expect(shown > 0 && shown < total, "filter kept \(shown) of \(total)")
        try app.press("0")
        #expect(try app.waitForScreen { !$0[0].localizedCaseInsensitiveContains(BrowserText.filterMarker) } != nil)
        try quit(app)
    }

    @Test("/ searches for a word seen on screen and reports matches")
    func searchForVisibleWord() throws {
        let app = try TmuxHarness(arguments: [])
        defer { app.stop() }
        let start = try #require(try app.waitFor(BrowserText.eventsNoun))
        let word = try #require(longestWord(in: start.dropFirst().dropLast()), "no word to search for")
        try app.press("/")
        try app.type(word)
        try app.press("Enter")
        let result = try #require(try app.waitForScreen { $0[0].localizedCaseInsensitiveContains(word) },
                                  "header does not show the query \"\(word)\"")
        #expect(!result[0].contains(" 0 match"), "a word from the screen found nothing: \(result[0])")
        try quit(app)
    }

    @Test("Resizing redraws at the new size, says when too small, and recovers")
    func resizeWindow() throws {
        let app = try TmuxHarness(arguments: [])
        defer { app.stop() }
        try #require(try app.waitFor(BrowserText.eventsNoun) != nil)
        try app.resize(width: 80, height: 24)
        let narrow = try #require(try app.waitForScreen { $0.count == 24 && $0[0].localizedCaseInsensitiveContains(BrowserText.eventsNoun) })
        #expect(narrow.allSatisfy { $0.count <= 80 })
        try app.resize(width: 30, height: 8)
        #expect(try app.waitFor(BrowserText.tooSmall) != nil)
        try app.resize(width: 120, height: 35)
        #expect(try app.waitForScreen { $0.count == 35 && $0[0].localizedCaseInsensitiveContains(BrowserText.eventsNoun) } != nil)
        try quit(app)
    }

    @Test("NO_COLOR draws without colour codes; LANG=C draws ASCII only")
    func noColorAndASCII() throws {
        let app = try TmuxHarness(arguments: [], environment: ["NO_COLOR": "1", "LANG": "C"])
        defer { app.stop() }
        try #require(try app.waitFor(BrowserText.eventsNoun) != nil)
        let styled = try app.screen(escapes: true).joined(separator: "\n")
        for code in ["[31m", "[32m", "[33m", "[34m", "[35m", "[36m", "[90m", "38;5;"] {
            #expect(!styled.contains(code), "colour code \(code) under NO_COLOR")
        }
        let plain = try app.screen().joined(separator: "\n")
        #expect(plain.unicodeScalars.allSatisfy { $0.isASCII }, "non-ASCII on screen in the C locale")
        try quit(app)
    }

    // MARK: Helpers

    /// The browser has drawn (the alternate screen is on). Does not depend on what it draws.
    private func waitForFirstFrame(_ app: TmuxHarness) throws {
        try #require(try app.waitForFlag("alternate_on", "1"), "the browser never took the screen")
    }

    private func quit(_ app: TmuxHarness) throws {
        try app.press("q")
        #expect(try app.waitForExit() == 0)
        try expectRestored(app)
    }

    /// Echo and line editing back, main screen back, cursor shown, mouse reporting off.
    private func expectRestored(_ app: TmuxHarness, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let modes = try app.terminalModesAfterExit()
        for mode in ["echo", "icanon", "isig", "icrnl", "opost"] {
            #expect(modes.contains(mode), "terminal left with -\(mode)", sourceLocation: sourceLocation)
        }
        #expect(try app.paneFlag("alternate_on") == "0", "still on the alternate screen", sourceLocation: sourceLocation)
        #expect(try app.paneFlag("cursor_flag") == "1", "cursor left hidden", sourceLocation: sourceLocation)
        #expect(try app.paneFlag("mouse_any_flag") == "0", "mouse reporting left on", sourceLocation: sourceLocation)
        #expect(try app.paneFlag("keypad_cursor_flag") == "0", "keypad mode left on", sourceLocation: sourceLocation)
    }

    private func show(_ screen: [String]) -> String { screen.joined(separator: "\n") }
}

/// The number right before "event(s)" in a header line, e.g. 1,234 in "seeds · 1,234 events".
func eventCount(in line: String) -> Int? {
    guard let range = line.range(of: BrowserText.eventsNoun, options: .caseInsensitive) else { return nil }
    return lastNumber(in: line[..<range.lowerBound])
}

/// The first number after `marker`, e.g. 12 in "showing 12".
func number(after marker: String, in line: String) -> Int? {
    guard let range = line.range(of: marker, options: .caseInsensitive) else { return nil }
    let digits = line[range.upperBound...].drop(while: { !$0.isNumber }).prefix(while: { $0.isNumber || $0 == "," })
    return Int(digits.filter(\.isNumber))
}

private func lastNumber(in text: Substring) -> Int? {
    let trimmed = text.reversed().drop(while: { !$0.isNumber })
    let digits = trimmed.prefix(while: { $0.isNumber || $0 == "," }).reversed()
    return Int(String(digits).filter(\.isNumber))
}

/// The longest plain word (letters only, 5–20 long) on the given rows: something the list shows,
/// so searching for it must find at least one event.
func longestWord(in rows: some Sequence<String>) -> String? {
    var best: String?
    for row in rows {
        for word in row.split(whereSeparator: { !$0.isLetter }) where (5...20).contains(word.count) {
            if word.allSatisfy(\.isASCII), word.count > best?.count ?? 0 { best = String(word) }
        }
    }
    return best
}
