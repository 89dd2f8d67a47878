import Testing
@testable import DatelineExtraction

/// The round-5 byte paths answer exactly as the `String` code they replace: key suffixes read off
/// a token's bits, an object's first word tested as a cue, a trigger class probed on its bytes.
@Suite struct TitleKeyBytesTests {
    static let words = ["signed", "Signed", "talks", "boss", "meeting", "O'Brien's", "carmakers’s", "ed", "d", "",
                        "café’s", "naïvely", "e\u{301}d", "internationalisation-related", "résuméed", "x\u{301}s"]

    /// `keyEnds` on a token's key bits gives `key.hasSuffix`, for inline and pooled keys alike.
    @Test(arguments: words)
    func keyEndsMatchesStringSuffix(word: String) {
        for token in WordTokenizer.tokens(in: word) {
            for suffix in TitleBytesTests.suffixes + ["d", "ated", "related"] {
                let written = String(decoding: UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount),
                                     as: UTF8.self)
                #expect(token.keyEnds(suffix) == token.key.hasSuffix(written), "\(token.key) / \(written)")
            }
        }
    }

    /// An object's first word is a preposition exactly when the lowercased `firstWord` is one.
    @Test(arguments: ["to Beijing", "To Beijing", "with Li", "in", "", "into  talks", "über alles", "on\u{301} x",
                      "sanctions on Iran", "AT the summit", "for", " for x"])
    func firstWordCueMatchesSubstringTest(object: String) throws {
        let cues = try #require(SemanticFixtures.lexicons).cues
        for list in [CueLexicon.List.preposition, .determiner, .auxiliary] {
            #expect(TitleBytes.firstWord(of: object, isIn: list, cues: cues)
                    == cues.contains(list, lowercasing: AsciiWord.firstWord(object)), "\(object)")
        }
    }

    /// The trigger class probe on bytes finds what `value(forKey:)` finds, and declines non-ASCII keys.
    @Test func asciiValueMatchesKeyLookup() {
        var table = WordTable<Int>()
        table["meeting"] = 1
        table["visit"] = 2
        for key in ["meeting", "visit", "talks", "", "Meeting"] {
            #expect(IssueClassifier.asciiValue(in: table, forKey: key) == .some(table.value(forKey: key)))
        }
        #expect(IssueClassifier.asciiValue(in: table, forKey: "réunion") == nil)
    }

    /// A subject is a pronoun exactly when it has no space and lowercases to one of the grammar's.
    @Test(arguments: ["he", "They", "IT", "she said", "it ", "", "Xi", "t\u{301}hey", "ïl", "they\u{301}", "We"])
    func pronounTestMatchesStringTest(text: String) throws {
        let lexicons = try #require(SemanticFixtures.lexicons)
        let builder = TitleBuilder(lexicons: lexicons)
        let expected = !text.contains(" ") && lexicons.titles.grammar.contains(.pronoun, key: text.lowercased())
        #expect(builder.isPronoun(text) == expected, "\(text)")
    }

    /// Excluded ranges are read as per-token masks up to 64 of them, and range by range past
    /// that: padding a case with empty ranges (which overlap nothing) crosses the limit and must
    /// leave every title as it was, context ranges at the sentence's edges included.
    @Test(arguments: [
        ("On Monday, the foreign minister met his counterpart in Paris, and later the two sides signed a trade deal in Rome.",
         "and later the two sides signed a trade deal in Rome.", "Monday"),
        ("Officials said on Tuesday that the talks, which began in March, had collapsed after a dispute over tariffs.",
         "the talks, which began in March, had collapsed", "Tuesday"),
        ("The president will visit Tokyo next week, where he is expected to sign a security pact with Japan.",
         "The president will visit Tokyo", "next week"),
    ])
    func titlesAgreeAcrossTheMaskLimit(sentence: String, stretch: String, date: String) throws {
        let (builder, entities, detector) = try TitleBuilderTests.builderAndEntities(sentence)
        let segment = try #require(TitleBuilderTests.byteRange(of: stretch, in: sentence))
        let dated = try #require(TitleBuilderTests.byteRange(of: date, in: sentence))
        let excluded = [dated, 0..<segment.lowerBound, segment.upperBound..<sentence.utf8.count]
        let padded = excluded + Array(repeating: 0..<0, count: 70)
        for trigger in detector.detect(in: sentence) as [TriggerMatch?] + [nil] {
            let plain = builder.title(sentence: sentence, trigger: trigger, entities: entities, excluding: excluded)
            #expect(!plain.isEmpty)
            #expect(builder.title(sentence: sentence, trigger: trigger, entities: entities, excluding: padded) == plain)
        }
    }
}
