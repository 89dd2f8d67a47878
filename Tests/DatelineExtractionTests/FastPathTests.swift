import Testing
import DatelineModel
@testable import DatelineExtraction

/// The hash tables and shared per-sentence work that make extraction fast must give the answers
/// of the plain code they replaced.
@Suite struct FastPathTests {
    @Test func wordTableFindsEveryKeyAfterGrowingAndNothingElse() {
        var table = WordTable<Int>()
        let keys = (0..<500).map { "word\($0)" } + ["", "a", "é", "u.s."]
        for (n, key) in keys.enumerated() { table[key] = n }
        table["word7"] = -7  // replacing keeps one entry
        #expect(table.count == keys.count)
        for (n, key) in keys.enumerated() {
            #expect(table.value(forKey: key) == (key == "word7" ? -7 : n))
            #expect(table.value(forBytes: Array(key.utf8), hash: WordHash.of(key)) == (key == "word7" ? -7 : n))
        }
        for missing in ["word500", "Word1", "b", "e"] { #expect(table.value(forKey: missing) == nil) }
    }

    @Test func tokensCarryTheHashOfTheirKey() {
        for token in WordTokenizer.tokens(in: "The U.S. envoy’s 1,000-mile trip — “quietly” — didn't end.") {
            #expect(token.keyHash == WordHash.of(token.key))
        }
    }

    @Test(arguments: [CueLexicon.List.negation, .speech, .determiner, .month, .preposition])
    func cueBitSetsAgreeWithPhraseMatches(list: CueLexicon.List) throws {
        let cues = try CueLexicon.bundled()
        let tokens = WordTokenizer.tokens(in: "He said they would not attend the talks in March, according to the officials.")
        for (i, token) in tokens.enumerated() where token.isWord {
            let viaTable = cues.match(list, in: tokens, at: i)
            let viaStart = cues.lists(startingWith: token) & list.bit != 0 ? cues.match(list, in: tokens, startingAt: i) : nil
            #expect(viaTable == viaStart)
            #expect(cues.contains(list, key: token.key) == cues.contains(list, token: token))
        }
    }

    @Test(arguments: [
        ("Xi", "Xi"), ("  Xi ", "Xi"), ("Xi Jinping", nil), ("", nil), ("   ", nil), ("Lý", "Lý"), ("Lý Hiển", nil),
    ] as [(String, String?)])
    func onlyWordMatchesSplit(name: String, expected: String?) {
        #expect(DocumentEntities.onlyWord(of: name) == expected)
    }

    @Test(arguments: ["Xi Jinping", " Ursula von der Leyen ", "Xi", "  ", "", "Lý Hiển Long", "A  B"])
    func edgeWordsMatchSplit(name: String) {
        let parts = name.split(separator: " ")
        let expected = parts.count >= 2 ? [String(parts[0]), String(parts[parts.count - 1])] : nil
        #expect(DocumentEntities.edgeWords(of: name).map { [$0.first, $0.last] } == expected)
    }

    @Test func parsedSentencesTagLikeText() throws {
        let sentences = [
            "The ministers met on Tuesday, two days after the talks ended.",
            "Officials said on March 3, 2023 that a visit would follow next week.",
        ]
        let tagger = TemporalTagger()
        let publication = PublicationDate(exactly: try #require(CalendarDate(year: 2023, month: 3, day: 10)), basis: "test")
        let plain = sentences.enumerated().map { Sentence(text: $1, range: 0..<$1.utf8.count, paragraph: $0) }
        let parsed = tagger.parse(sentences: plain)
        for pub in [nil, publication] {
            #expect(tagger.tag(parsed: parsed, publication: pub) == tagger.tag(sentences: plain, publication: pub))
        }
        #expect(TemporalTagger.tense(of: parsed[1], around: 14..<27) == TemporalTagger.tense(of: sentences[1], around: 14..<27))
    }

    @Test func mergeScoresDoNotDependOnCandidateOrderWithinAPair() {
        let day = TimeSpan.day(CalendarDate(year: 2024, month: 5, day: 2) ?? CalendarDate(dayNumber: 0))
        func candidate(_ doc: String, _ words: [String]) -> EventCandidate {
            EventCandidate(mention: Mention(document: doc, sentence: "", offset: 0, length: 0), when: day, title: "",
                           kind: "meeting", actors: ["Wang Yi"], places: ["Bangkok"], contentWords: words)
        }
        let a = candidate("a", ["talks", "strait", "envoy", "summit"]), b = candidate("b", ["summit", "talks", "envoy"])
        let forward = EventMerger.Signatures([a, b]), backward = EventMerger.Signatures([b, a])
        #expect(EventMerger.score(0, 1, forward) == EventMerger.score(0, 1, backward))
        #expect(EventMerger.score(0, 1, forward) == EventMerger.score(1, 0, forward))
    }
}
