import Testing
@testable import DatelineTUI

@Suite struct TextSanitizerTests {
    static func shown(_ s: String, ascii: Bool = false) -> String {
        String(TextSanitizer.displayCells(s, ascii: ascii).map(\.0))
    }
    static func widths(_ s: String) -> [UInt8] { TextSanitizer.displayCells(s, ascii: false).map(\.1) }

    @Test(arguments: [
        ("plain text", "plain text"),
        ("G\r\u{8}H", "G H"),                          // CR becomes a space, BS is dropped
        ("a\tb\nc", "a b c"),
        ("red\u{1B}[31m!", "red[31m!"),               // ESC removed: the rest is inert text
        ("bell\u{7}del\u{7F}", "belldel"),
        ("c1\u{85}x\u{9B}y", "c1 xy"),                  // NEL is a line break; CSI (C1) dropped
        ("\u{202E}evil\u{202C}", "evil"),
        ("\u{2066}iso\u{2069}", "iso"),
        ("l\u{200E}r\u{200F}a\u{061C}", "lra"),
        ("soft\u{00AD}hyphen", "softhyphen"),
        ("zero\u{200B}width", "zerowidth"),
        ("line\u{2028}sep", "line sep"),
        ("nb\u{00A0}sp", "nb sp"),
    ])
    func removesOrReplacesControls(_ input: String, _ expected: String) {
        #expect(Self.shown(input) == expected)
    }

    @Test(arguments: [
        ("李明", [2, 2] as [UInt8]),
        ("김민준", [2, 2, 2]),
        ("カナ", [2, 2]),
        ("ＡＢ", [2, 2]),
        ("e\u{301}", [1]),                              // combining accent rides on its base
        ("\u{301}x", [1]),                              // a leading combining mark is dropped
        ("Zürich — “quoted”…", Array(repeating: 1, count: 18)),
    ])
    func pinnedWidths(_ input: String, _ expected: [UInt8]) {
        #expect(Self.widths(input) == expected)
    }

    @Test(arguments: ["❤", "❤️", "👍", "👍🏽", "👨‍👩‍👧", "☺", "⚠", "\u{E000}", "1\u{FE0F}\u{20E3}"])
    func uncertainWidthsBecomeOnePlaceholder(_ input: String) {
        let cells = TextSanitizer.displayCells(input, ascii: false)
        #expect(cells.count == 1)
        #expect(cells.first?.0 == TextSanitizer.placeholder)
        #expect(cells.first?.1 == 1)
    }

    @Test(arguments: [
        ("“quote” ‘single’", "\"quote\" 'single'"),
        ("a – b — c", "a - b - c"),
        ("wait…", "wait..."),
        ("Zürich, São Paulo, Ærø", "Zurich, Sao Paulo, Aro"),
        ("李明", "??"),
        ("👍🏽!", "?!"),
    ])
    func asciiFallbacks(_ input: String, _ expected: String) {
        #expect(Self.shown(input, ascii: true) == expected)
        #expect(TextSanitizer.displayCells(input, ascii: true).allSatisfy { $0.1 == 1 && $0.0.isASCII })
    }

    @Test func everyCellIsSafeToPrint() {
        var hostile = ""
        for value in 0..<0x3000 where value != 0xD800 { if let s = Unicode.Scalar(value) { hostile.unicodeScalars.append(s) } }
        for (character, width) in TextSanitizer.displayCells(hostile, ascii: false) {
            #expect(width == 1 || width == 2)
            for scalar in character.unicodeScalars {
                #expect(!TextSanitizer.isRemoved(scalar), "\(scalar.value)")
                #expect(!TextSanitizer.isLineBreak(scalar), "\(scalar.value)")
            }
        }
    }
}

@Suite struct CanvasDrawingTests {
    @Test func wideCharactersTakeTwoCellsAndClipWhole() {
        var canvas = Canvas(width: 5, height: 1)
        let used = canvas.put("李明x", row: 0, column: 0, ascii: false)
        #expect(used == 5)
        #expect(canvas[0, 0].width == 2 && canvas[0, 1] == .continuation)
        var clipped = Canvas(width: 3, height: 1)
        clipped.put("李明", row: 0, column: 0, ascii: false)
        #expect(clipped.text == "李")
        #expect(clipped[0, 2].character == " " && clipped[0, 2].width == 1)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var canvas = Canvas(width: 4, height: 1)
        canvas.put("李明", row: 0, column: 0, ascii: false)
        canvas.put("x", row: 0, column: 1, ascii: false)
        #expect(canvas[0, 0] == .blank)
        canvas.put("y", row: 0, column: 2, ascii: false)
        #expect(canvas[0, 3] == .blank)
        #expect(canvas.text == " xy")
    }

    @Test func drawingOutsideIsIgnored() {
        var canvas = Canvas(width: 3, height: 2)
        #expect(canvas.put("abc", row: 5, column: 0, ascii: false) == 0)
        #expect(canvas.put("abc", row: 0, column: -1, ascii: false) == 0)
        #expect(canvas.put("abcdef", row: 1, column: 1, ascii: false) == 2)
        #expect(canvas.text == "\n ab")
    }
}

@Suite struct TextSanitizerMarkTests {
    @Test(arguments: [
        ("ไทย\u{0E35}", 3),            // Thai vowel mark (Mn) rides on its base
        ("a\u{20DD}", 1),              // enclosing circle (Me)
        ("\u{180E}x", 1),              // a format character is dropped
        ("x\u{2003}y", 3),             // em space becomes a plain space
    ])
    func marksAndSpaces(_ input: String, _ cells: Int) {
        #expect(TextSanitizer.displayCells(input, ascii: false).count == cells)
    }

    @Test(arguments: ["\u{0915}\u{093F}", "\u{10FFFD}", "\u{E0100}"])
    func spacingMarksAndUnassignedAreUnsure(_ input: String) {
        #expect(TextSanitizer.displayCells(input, ascii: false).map(\.0) == [TextSanitizer.placeholder])
    }
}

@Suite struct InterfaceGlyphTests {
    /// Every glyph the browser draws itself must pass the sanitiser unchanged (width 1).
    @Test(arguments: Array("━│┌┐└┘─·»≠↓…▁▂▃▄▅▆▇█░▌“”—–"))
    func interfaceGlyphsAreKept(_ glyph: Character) {
        let cells = TextSanitizer.displayCells(String(glyph), ascii: false)
        #expect(cells.count == 1 && cells.first?.0 == glyph && cells.first?.1 == 1)
    }
}
