import Testing
@testable import DatelineExtraction

/// The front stages' byte helpers (round 6) give the answers of the plain code they stand for.
@Suite struct FrontSpeedHelperTests {
    /// `PlainWord.token` on the first word of `text`, with a scratch buffer as the tokenizer has one.
    static func plainToken(_ text: String, hyphenated: Bool = false) -> WordToken? {
        let bytes = Array(text.utf8)
        var scratch = [UInt8](repeating: 0, count: bytes.count + 16)
        return bytes.withUnsafeBufferPointer { buffer in
            scratch.withUnsafeMutableBufferPointer { scratch in
                PlainWord.token(buffer, from: 0, fold: PlainWord.fold, hyphenated: hyphenated, scratch: scratch)
            }
        }
    }

    /// Plain words: key lowercased, hash of the key, flags as the general scan sets them.
    @Test(arguments: [
        ("talks resumed", "talks", 0..<5, false, false),
        ("Beijing, said", "beijing", 0..<7, true, false),
        ("NATO allies", "nato", 0..<4, true, true),
        ("US.", "us", 0..<2, true, true),
        ("A1 road", "a1", 0..<2, true, false),
        ("a", "a", 0..<1, false, false),
        ("X", "x", 0..<1, true, false),
        ("2024 was", "2024", 0..<4, false, false),
        ("G20-led", "g20", 0..<3, true, false),
        ("abcdefghijklmno", "abcdefghijklmno", 0..<15, false, false),
        ("ABCDEFGHIJ)", "abcdefghij", 0..<10, true, true),
        ("talks.", "talks", 0..<5, false, false),
    ])
    func plainWordsMatchTheScan(text: String, key: String, range: Range<Int>, capitalized: Bool, allCaps: Bool) {
        let token = Self.plainToken(text)
        #expect(token?.key == key)
        #expect(token?.keyHash == WordHash.of(key))
        #expect(token?.range == range)
        #expect(token?.isCapitalized == capitalized)
        #expect(token?.isAllCaps == allCaps)
        #expect(token?.isPossessive == false)
        // The same token as the tokenizer's first.
        #expect(token == WordTokenizer.tokens(in: text).first)
    }

    @Test func hyphenatedFlagIsPassedThrough() {
        #expect(Self.plainToken("led", hyphenated: true)?.isHyphenated == true)
        #expect(Self.plainToken("led")?.isHyphenated == false)
    }

    /// Words the general scan must read: apostrophes, separators in numbers, initials, non-ASCII,
    /// more than 15 bytes.
    @Test(arguments: ["Iran's", "didn't", "1,000", "76.7", "U.S.", "J. Smith", "café", "talks\u{2019}",
                      "abcdefghijklmnop", "officials' ", "Caf\u{E9}s"])
    func otherWordsAreLeftToTheScan(text: String) {
        #expect(Self.plainToken(text) == nil)
    }

    @Test(arguments: [[UInt8]("abcdefgh".utf8), [0, 1, 2, 3, 4, 5, 6, 7], [0xC2, 0xA0, 0x20, 0x41, 0xC2, 0xC3, 0x80, 0x7F],
                      [0xC3, 0xC1, 0x42, 0x82, 0x02, 0xC2, 0xFF, 0x00], [0x43, 0x43, 0x43, 0x43, 0x43, 0x43, 0x43, 0xC2]])
    func zeroBytesMarksExactlyTheZeroBytes(bytes: [UInt8]) {
        let word = bytes.withUnsafeBufferPointer { ByteScan.load($0.baseAddress!, 0) }
        var expected: UInt64 = 0
        for (k, b) in bytes.enumerated() where b == 0 { expected |= 0x80 << UInt64(8 * k) }
        #expect(ByteScan.zeroBytes(word) == expected)
        #expect(ByteScan.hasByte(0xC2, in: word) == bytes.contains(0xC2))
        #expect(ByteScan.hasByte(0x43, in: word) == bytes.contains(0x43))
    }

    /// The documented definition, spelled out: FNV-1a of the text with whitespace runs folded to
    /// one space and leading/trailing whitespace dropped (a lone 0xC2 lead kept, as the hash keeps it).
    static func referenceHash(_ text: String) -> UInt64 {
        var folded: [UInt8] = []
        var pending = false
        let bytes = Array(text.utf8)
        var k = 0
        while k < bytes.count {
            let b = bytes[k]
            let nbsp = b == 0xC2 && k + 1 < bytes.count && bytes[k + 1] == 0xA0
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || nbsp {
                pending = true
                k += nbsp ? 2 : 1
                continue
            }
            if pending && !folded.isEmpty { folded.append(0x20) }
            pending = false
            folded.append(b)
            k += 1
        }
        return WordHash.of(bytes: folded)
    }

    @Test(arguments: [
        "", "Talks resumed on Monday after a long pause between the two sides.",
        "  Leading and trailing spaces   ", "Double  spaces  inside  a  longer  sentence  here.",
        "Line one.\nLine two.\n\nLine three\twith a tab.", "No\u{A0}break spaces\u{A0} \u{A0}folded too here",
        "Caf\u{E9} talks in S\u{E3}o Paulo \u{2014} and \u{A9} 2024 notes", "abcdefg h", "abcdefgh ijklmnop qrstuvw ",
        "x       y", " a b c d e f g h i j k l m n o p", "12345678 12345678 1234567  12345678",
    ])
    func contentHashMatchesItsDefinition(text: String) {
        #expect(ContentHash.fnv1a64(text) == Self.referenceHash(text))
    }

    @Test(arguments: ["No marks in here at all", "End. Next", "Why?!", "Wait\u{2026} what", "a.b!c?d\u{2014}e"])
    func markBytesFlagsTheSplittersCandidates(text: String) {
        let bytes = Array(text.utf8) + [UInt8](repeating: 0x20, count: 8)
        for start in 0..<(bytes.count - 8) {
            let word = bytes.withUnsafeBufferPointer { ByteScan.load($0.baseAddress!, start) }
            var expected: UInt64 = 0
            for k in 0..<8 where [0x2E, 0x21, 0x3F, 0xE2].contains(bytes[start + k]) { expected |= 0x80 << UInt64(8 * k) }
            #expect(SentenceSplitter.markBytes(word) == expected)
        }
    }

    /// Line ranges and word counts as splitting each line at spaces gives them, for lines that
    /// cross eight-byte chunks, start or end with spaces, or are empty.
    @Test(arguments: ["", "one", "Headline of the story\n\nBody text  with   spaces here and there.\n",
                      "   leading spaces then words and more words\nx\n\n  y  \n", "abcdefghijklmnop qrstuvwxyz\n 1 2 3 4 5 6 7 8 9"])
    func layoutLinesCountWords(text: String) {
        let bytes = Array(text.utf8)
        let lines = ArticleLayoutParser.lines(of: bytes)
        let expected = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == expected.count)
        for (line, want) in zip(lines, expected) {
            #expect(line.words == want.split(separator: " ").count)
            let trimmed = want.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()
            #expect(String(decoding: bytes[line.range], as: UTF8.self) == String(trimmed))
        }
    }

    @Test func foldTablesLowercaseTheirClassAndZeroTheRest() {
        for b in 0..<256 {
            let byte = UInt8(b)
            let isLetter = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            let isDigit = byte >= 0x30 && byte <= 0x39
            let lower = isLetter ? byte | 0x20 : byte
            #expect(ByteFoldTable.letters[b] == (isLetter ? lower : 0))
            #expect(ByteFoldTable.lettersAndDigits[b] == (isLetter || isDigit ? lower : 0))
        }
        // (Indexes are masked to a byte: no out-of-range read.)
        #expect(ByteFoldTable.letters[0x141] == ByteFoldTable.letters[0x41])
    }

    /// `mayStart` never rules out a token where `longestMatch` finds an entry, and rules out
    /// punctuation.
    @Test func mayStartNeverHidesAMatch() {
        var table = PhraseTable<Int>()
        for (k, phrase) in ["foreign minister", "minister", "shot down", "U.S.", "talks", "Ministry of Defense"].enumerated() {
            table.add(phrase, value: k)
        }
        let tokens = WordTokenizer.tokens(in: "The foreign minister said talks, shot down by U.S. jets, and the Ministry of Defense met.")
        var ruledOut = 0
        for i in tokens.indices {
            if !table.mayStart(with: tokens[i]) {
                ruledOut += 1
                #expect(table.longestMatch(in: tokens, at: i) == nil)
            }
            if !tokens[i].isWord { #expect(!table.mayStart(with: tokens[i])) }
        }
        #expect(ruledOut > 0)
        #expect(table.mayStart(with: tokens[1]))  // "foreign"
    }
}
