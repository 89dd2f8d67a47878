import DatelineTUI

/// Decides how the browser may draw, from facts the backend reads once at start-up; pure.
enum TerminalCapabilities {
    /// ASCII unless the locale's codeset is UTF-8 (curses cannot draw box lines or wide characters
    /// in the C locale); colour unless `NO_COLOR` is set to anything non-empty (no-color.org) or
    /// the terminal has no colours.
    static func options(codeset: String, noColor: String?, terminalHasColors: Bool) -> BrowserOptions {
        BrowserOptions(ascii: !isUTF8(codeset),
                       color: terminalHasColors && (noColor ?? "").isEmpty)
    }

    /// "UTF-8", "utf8", "UTF8" all count; glibc reports "UTF-8" for C.UTF-8 and en_US.UTF-8.
    static func isUTF8(_ codeset: String) -> Bool {
        let letters = codeset.lowercased().filter { $0.isLetter || $0.isNumber }
        return letters == "utf8"
    }
}
