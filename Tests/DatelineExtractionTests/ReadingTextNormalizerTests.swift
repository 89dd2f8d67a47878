import Testing
@testable import DatelineExtraction

@Suite struct ReadingTextNormalizerTests {
    private let normalizer = TextNormalizer()

    static let cases: [(name: String, input: [UInt8], expected: String, fallback: Bool)] = [
        ("clean ASCII is unchanged", Array("Talks resumed.\nBoth sides met.".utf8), "Talks resumed.\nBoth sides met.", false),
        ("BOM and CRLF", [0xEF, 0xBB, 0xBF] + Array("Line one\r\nLine two\r\n".utf8), "Line one\nLine two\n", false),
        ("lone CR becomes LF", Array("a\rb\r\rc".utf8), "a\nb\n\nc", false),
        ("tab becomes space", Array("a\tb".utf8), "a b", false),
        ("C0 controls and DEL removed", [0x61, 0x00, 0x62, 0x07, 0x63, 0x7F, 0x64, 0x0C], "abcd", false),
        ("Windows-1252 curly quotes", [0x93] + Array("Hi".utf8) + [0x94, 0x20, 0x96, 0x20, 0x85], "\u{201C}Hi\u{201D} \u{2013} \u{2026}", true),
        ("Windows-1252 Latin-1 letters", [0x63, 0x61, 0x66, 0xE9], "caf\u{E9}", true),
        ("Windows-1252 undefined bytes dropped", [0x61, 0x81, 0x62, 0x8D], "ab", true),
        ("CSI colour sequence", Array("\u{1B}[1;31mRed\u{1B}[0m text".utf8), "Red text", false),
        ("CSI with private marker", Array("x\u{1B}[?25ly".utf8), "xy", false),
        ("OSC ended by BEL", Array("a\u{1B}]0;window title\u{07}b".utf8), "ab", false),
        ("OSC ended by ST", Array("a\u{1B}]8;;http://x.example\u{1B}\\link\u{1B}]8;;\u{1B}\\b".utf8), "alinkb", false),
        ("two-byte ESC sequence", Array("a\u{1B}7b\u{1B}Mc".utf8), "abc", false),
        ("charset designation", Array("a\u{1B}(Bb".utf8), "ab", false),
        ("cut-off ESC at end", Array("ab\u{1B}".utf8), "ab", false),
        ("unterminated OSC keeps next line", Array("a\u{1B}]0;title\nnext".utf8), "a\nnext", false),
        ("C1 controls removed", Array("a\u{85}b\u{9B}c".utf8), "abc", false),
        ("bidi controls removed", Array("\u{202E}evil\u{202C} \u{2066}x\u{2069}\u{200E}\u{200F}\u{061C}".utf8), "evil x", false),
        ("soft hyphen removed", Array("co\u{AD}operate".utf8), "cooperate", false),
        ("curly quotes, dashes, NBSP and accents kept", Array("\u{201C}Ja\u{2019}s\u{201D} \u{2014} \u{2013} \u{A0}\u{E9}\u{2026}".utf8),
         "\u{201C}Ja\u{2019}s\u{201D} \u{2014} \u{2013} \u{A0}\u{E9}\u{2026}", false),
        ("other U+20xx kept", Array("\u{2020}\u{2030}\u{2070}".utf8), "\u{2020}\u{2030}\u{2070}", false),
        ("empty input", [], "", false),
        ("UTF-16LE with BOM", [0xFF, 0xFE, 0x48, 0x00, 0x69, 0x00, 0x0D, 0x00, 0x0A, 0x00], "Hi\n", false),
    ]

    @Test(arguments: cases)
    func normalizesBytes(_ c: (name: String, input: [UInt8], expected: String, fallback: Bool)) {
        let out = normalizer.normalize(c.input)
        #expect(out.text == c.expected, "\(c.name)")
        #expect(out.decodedAsWindows1252 == c.fallback, "\(c.name)")
    }

    @Test func stringOverloadMatchesBytes() {
        let s = "\u{FEFF}One\r\nTwo\u{202E}\tthree"
        #expect(normalizer.normalize(s) == "One\nTwo three")
    }

    @Test func decodeUTF8LeavesControlsForTheParser() {
        let (bytes, fallback) = TextNormalizer.decodeUTF8([0xEF, 0xBB, 0xBF, 0x7B, 0x0D, 0x0A, 0x7D])
        #expect(bytes == [0x7B, 0x0D, 0x0A, 0x7D])
        #expect(!fallback)
    }

    @Test func everyByteValueSurvives() {
        // No input may crash the normaliser, and the output never keeps a control character.
        var bytes: [UInt8] = []
        for a in 0...255 { for b in stride(from: 0, through: 255, by: 17) { bytes += [UInt8(a), UInt8(b)] } }
        let out = normalizer.normalize(bytes).text
        for scalar in out.unicodeScalars {
            let v = scalar.value
            #expect(v == 0x0A || (v >= 0x20 && v != 0x7F && !(0x80...0x9F).contains(v)))
        }
    }
}
