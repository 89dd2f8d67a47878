/// Turns untrusted text (titles, names, article text) into cells that are safe to print and whose
/// width the canvas and the terminal agree on.
///
/// Removed: C0 controls (CR and BS included), DEL, C1 controls, bidi embeddings/overrides/isolates
/// (U+202A–202E, U+2066–2069), directional marks (U+200E, U+200F, U+061C), the soft hyphen and other
/// invisible format characters. Line breaks and tabs become spaces. Characters whose width terminals
/// disagree on (emoji, ZWJ sequences, skin tones, VS16, dingbats such as ❤, symbols in ambiguous
/// ranges, unassigned or private-use code points) become one placeholder cell.
public enum TextSanitizer {
    /// Drawn in place of a character whose width is uncertain.
    public static let placeholder: Character = "□"
    public static let asciiPlaceholder: Character = "?"

    /// The cells of `s`: each a printable character with its display width (1 or 2).
    ///
    /// - Complexity: O(length of `s`).
    public static func displayCells(_ s: String, ascii: Bool) -> [(Character, UInt8)] {
        var cells: [(Character, UInt8)] = []
        cells.reserveCapacity(s.utf8.count)
        forEachCell(in: s[...], ascii: ascii) { character, width, _ in cells.append((character, width)) }
        return cells
    }

    /// Total display width of `s` after sanitising.
    public static func displayWidth(_ s: String, ascii: Bool) -> Int {
        var total = 0
        forEachCell(in: s[...], ascii: ascii) { _, width, _ in total += Int(width) }
        return total
    }

    /// Calls `body` with each safe cell and the UTF-8 offset (within `s`) of the grapheme it came from.
    static func forEachCell(in s: Substring, ascii: Bool, _ body: (Character, UInt8, Int) -> Void) {
        var offset = 0
        for character in s {
            let length = character.utf8.count
            defer { offset += length }
            // Fast path: printable ASCII is the bulk of news text.
            if length == 1, let byte = character.asciiValue {
                if byte >= 0x20 && byte < 0x7F {
                    body(character, 1, offset)
                } else if byte == 0x09 || byte == 0x0A || byte == 0x0B || byte == 0x0C || byte == 0x0D {
                    body(" ", 1, offset)
                }
                continue
            }
            switch classify(character) {
            case .drop: continue
            case .space: body(" ", 1, offset)
            case .unsure: body(ascii ? asciiPlaceholder : placeholder, 1, offset)
            case .keep(let width):
                if ascii {
                    for replacement in ASCIIFallback.replacement(for: character) { body(replacement, 1, offset) }
                } else {
                    body(character, width, offset)
                }
            }
        }
    }

    enum Verdict: Equatable {
        case drop, space, unsure
        case keep(width: UInt8)
    }

    /// Decides what one grapheme cluster becomes.
    static func classify(_ character: Character) -> Verdict {
        var scalars = character.unicodeScalars.makeIterator()
        guard var base = scalars.next() else { return .drop }
        // Strip invisible and dangerous scalars at the start (they are normally clusters of their own).
        while isRemoved(base) || isLineBreak(base) {
            if isLineBreak(base) { return .space }
            guard let next = scalars.next() else { return .drop }
            base = next
        }
        var verdict = baseVerdict(base)
        while let extra = scalars.next() {
            if isRemoved(extra) { continue }
            // A combining mark rides on its base cell; anything else (ZWJ, VS16, skin tones,
            // spacing marks) makes the cluster's width uncertain.
            if isCombiningMark(extra) { continue }
            verdict = .unsure
        }
        return verdict
    }

    static func baseVerdict(_ scalar: Unicode.Scalar) -> Verdict {
        let value = scalar.value
        if isCombiningMark(scalar) { return .drop }
        if value == 0x3000 { return .keep(width: 2) }
        switch scalar.properties.generalCategory {
        case .spaceSeparator: return .space
        case .format, .control: return .drop
        case .unassigned, .privateUse, .surrogate, .spacingMark: return .unsure
        default: break
        }
        if let width = CharacterWidth.width(of: value) { return .keep(width: width) }
        return .unsure
    }

    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Scalars that never reach the screen.
    static func isRemoved(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x08, 0x0E...0x1F, 0x7F...0x84, 0x86...0x9F: return true
        case 0x00AD, 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x206F, 0xFEFF: return true
        default: return false
        }
    }

    /// Zero-width marks drawn on the previous character (general category Mn or Me), except
    /// variation selectors and the keycap, which turn their base into an emoji of unsure width.
    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x02FF: return false
        case 0xFE00...0xFE0F, 0xE0100...0xE01EF, 0x20E3: return false
        default:
            let category = scalar.properties.generalCategory
            return category == .nonspacingMark || category == .enclosingMark
        }
    }
}
