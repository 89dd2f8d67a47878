/// The last line of defence against terminal control in text: the browser core sanitises what
/// it shows, but the backend still refuses to send anything that moves the cursor, starts an
/// escape sequence, or reorders text (see terminal.md, "Untrusted text").
enum TerminalText {
    /// False for C0 and C1 controls, DEL, bidi embeddings, overrides, isolates and marks, line and
    /// paragraph separators and the soft hyphen. O(1).
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F: return false
        case 0xAD, 0x61C, 0x200E, 0x200F, 0x2028, 0x2029: return false
        case 0x202A...0x202E, 0x2066...0x2069: return false
        default: return true
        }
    }
}
