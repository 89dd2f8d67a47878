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
}
