import Testing
@testable import DatelineExtraction

/// The byte-level helpers of the reading stages answer what the String forms they replace answered.
@Suite struct ReadingSpeedHelperTests {
    static let abbreviations = AbbreviationLexicon(parsing: """
        [title]
        Gen
        Dr
        [month]
        Sept
        [other]
        Inc
        Café
        [starter]
        The
        But
        Él
        """)

    /// Byte lookups of ASCII words, and the String path of other words, agree with the lexicon.
    @Test(arguments: ["The", "THE", "the", "But", "Gen", "gen", "Sept", "Inc", "Café", "CAFÉ", "Él", "él", "Then", "Th", "", "It's"])
    func splitterLookupsMatchLexicon(word: String) {
        let splitter = SentenceSplitter(abbreviations: Self.abbreviations)
        var text = word
        text.withUTF8 { bytes in
            let range = 0..<bytes.count
            #expect(splitter.isStarter(bytes, range) == Self.abbreviations.isStarter(word))
            #expect(splitter.abbreviationKind(bytes, range) == Self.abbreviations.kind(of: word))
        }
    }

    @Test(arguments: ["", " ", "one", "  two  words ", "a b  c", "x\u{A0}y z"])
    func wordCountMatchesSplit(text: String) {
        let bytes = Array(text.utf8)
        #expect(BoilerplateLexicon.wordCount(bytes[...]) == text.split(separator: " ").count)
        #expect(BoilerplateLexicon.wordCount(bytes[...]) == BoilerplateLexicon.wordCount(bytes))
        #expect(BoilerplateLexicon.wordCount(bytes[...], upTo: 2) == min(2, text.split(separator: " ").count))
    }

    @Test func lowercasedKeyLowersASCIIOnly() {
        let bytes = Array("Hello WORLD Ünïcode 42".utf8)
        #expect(BoilerplateLexicon.lowercasedKey(bytes[...]) == Array("hello world Ünïcode 42".utf8))
    }

    @Test(arguments: [("World | Asia", " | ", true), ("A › B", " › ", true), ("A›B", " › ", false), ("ab", "abc", false),
                      ("xx / ", " / ", true), ("", " | ", false)])
    func containsBytesFindsSubsequences(haystack: String, needle: String, found: Bool) {
        let bytes = Array(("..." + haystack).utf8)
        #expect(ArticleLayoutParser.containsBytes(bytes[3...], Array(needle.utf8)) == found)
    }

    /// Lines longer than 60 words take the prefix-only path; a prefix phrase still classifies them.
    @Test func longLinesStillMatchPrefixPhrases() {
        let lexicon = BoilerplateLexicon(parsing: "prefix\tread more\ncontains\tsubscribe now\n")
        let filler = Array(repeating: "word", count: 70).joined(separator: " ")
        #expect(lexicon.classify(("Read more: " + filler)[...]) == .prefix)
        #expect(lexicon.classify(("Read moreover " + filler)[...]) == nil)
        // The contains test is for lines of at most 60 words.
        #expect(lexicon.classify(("subscribe now " + filler)[...]) == nil)
        #expect(lexicon.classify("please subscribe now to read"[...]) == .contains)
    }

    /// The chunk tests agree with a byte-by-byte look, for every byte value at every position and for
    /// pseudo-random words.
    @Test func byteScanChunkTestsAreExact() {
        func check(_ bytes: [UInt8]) {
            let word = bytes.withUnsafeBufferPointer { ByteScan.load($0.baseAddress!, 0) }
            #expect(ByteScan.hasByteBelow0x20(word) == bytes.contains { $0 < 0x20 })
            #expect(ByteScan.hasByteAbove0x7E(word) == bytes.contains { $0 > 0x7E })
        }
        for value in 0...255 {
            for position in 0..<8 {
                var bytes = Array("abcdefgh".utf8)
                bytes[position] = UInt8(value)
                check(bytes)
            }
        }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<2000 {
            var bytes: [UInt8] = []
            for _ in 0..<8 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                bytes.append(UInt8(truncatingIfNeeded: state >> 56))
            }
            check(bytes)
        }
    }

    /// Long inputs take the chunked scans: the outcomes match short inputs with the same content.
    @Test func chunkedScansFindLateBytes() {
        let clean = String(repeating: "plain text line\n", count: 40)
        #expect(TextNormalizer().normalize(Array(clean.utf8)).text == clean)
        let late = clean + "tail\u{1B}[1mbold\tend\r\n"
        #expect(TextNormalizer().normalize(Array(late.utf8)).text == clean + "tailbold end\n")
        let softHyphen = clean + "co\u{AD}operate"
        #expect(TextNormalizer().normalize(Array(softHyphen.utf8)).text == clean + "cooperate")
        var binary = Array(clean.utf8)
        binary.append(0)
        #expect(DocumentReader.looksBinary(binary))
        #expect(!DocumentReader.looksBinary(Array(clean.utf8)))
        #expect(DocumentReader.looksBinary(Array(repeating: 0x01, count: 100)))
    }
}
