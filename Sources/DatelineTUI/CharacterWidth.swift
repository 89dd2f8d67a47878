/// A pinned display-width table, so the canvas never depends on the C library's `wcwidth`.
///
/// Wide (2): East Asian Wide and Fullwidth blocks (CJK ideographs, Hangul, kana, fullwidth forms).
/// Narrow (1): scripts and punctuation every terminal draws in one column.
/// `nil`: widths terminals disagree on (emoji, dingbats, symbol blocks, private use, specials).
enum CharacterWidth {
    /// Width of a scalar value standing alone, or nil when it is uncertain. O(1).
    static func width(of value: UInt32) -> UInt8? {
        switch value {
        case 0x20...0x7E, 0xA1...0x052F: return 1
        case 0x0530...0x0DFF, 0x0E00...0x10FF: return 1
        case 0x1100...0x115F: return 2
        case 0x1160...0x1FFF: return 1
        case 0x2010...0x2027, 0x2030...0x205E, 0x2070...0x20CF: return 1
        case 0x2100...0x218F, 0x2190...0x2193: return 1
        case 0x2200...0x22FF, 0x2500...0x259F: return 1
        case 0x2C00...0x2E7F: return 1
        case 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF: return 2
        case 0xA4D0...0xA95F, 0xA980...0xABFF: return 1
        case 0xA960...0xA97F, 0xAC00...0xD7A3: return 2
        case 0xD7B0...0xD7FF: return 1
        case 0xF900...0xFAFF: return 2
        case 0xFB00...0xFDFF: return 1
        case 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF01...0xFF60, 0xFFE0...0xFFE6: return 2
        case 0xFE70...0xFEFE, 0xFF61...0xFFDC, 0xFFE8...0xFFEE: return 1
        case 0x10000...0x1EFFF: return 1
        case 0x20000...0x2FFFD, 0x30000...0x3FFFD: return 2
        default: return nil
        }
    }
}

/// ASCII stand-ins for the characters a C-locale terminal cannot show.
enum ASCIIFallback {
    /// One or more ASCII characters for `character`; `?` when there is no sensible stand-in. O(1).
    static func replacement(for character: Character) -> [Character] {
        if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F { return [character] }
        guard let scalar = character.unicodeScalars.first else { return ["?"] }
        switch scalar.value {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x00B4, 0x0060: return ["'"]
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: return ["\""]
        case 0x2010...0x2015, 0x2212: return ["-"]
        case 0x2026: return [".", ".", "."]
        case 0x2022, 0x00B7: return ["*"]
        case 0x00A0, 0x3000: return [" "]
        case 0x00C0...0x00FF:
            return [latinBase[Int(scalar.value - 0xC0)]]
        default:
            return ["?"]
        }
    }

    // À…ÿ without their marks (× and ÷ become x and /).
    private static let latinBase: [Character] = Array(
        "AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTs" + "aaaaaaaceeeeiiiidnooooo/ouuuuyty")
}
