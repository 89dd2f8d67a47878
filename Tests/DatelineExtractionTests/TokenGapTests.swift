import Testing
@testable import DatelineExtraction

/// The one-byte gap codes and the in-place key tests give the answers of the strings they replace.
@Suite struct TokenGapTests {
    /// What the entity recogniser asked of the old joined-punctuation strings.
    static func code(of gap: String) -> WordGap {
        switch gap {
        case "": return .empty
        case ".": return .period
        case ",": return .comma
        case "&": return .ampersand
        case "'": return .apostrophe
        default: return .other
        }
    }

    static let sentences: [String] = [
        "Officials met in Geneva, and the U.S. envoy said talks would resume.",
        "Smith & Wesson's chief, J. R. Doe, spoke -- briefly -- on Monday.",
        "The ministers' statement (issued late) said: “No deal yet.”",
        "Rock ’n’ roll; a dash — and an ellipsis… then «quotes» and 5.5% growth.",
        "Prices rose 3.4 % ;; then ,, fell",
        "A word\u{A0}after a no-break space, and ‘single’ marks.",
        "",
        "...",
    ]

    @Test(arguments: sentences)
    func gapCodesMatchTheJoinedPunctuation(_ text: String) {
        let sentence = TokenizedSentence(text)
        #expect(sentence.gaps.count == sentence.words.count)
        #expect(sentence.gapBefore.count == sentence.words.count)
        for (k, gap) in sentence.gapBefore.enumerated() {
            #expect(sentence.gaps[k] == Self.code(of: gap), "word \(k) after \(gap.debugDescription)")
        }
    }

    @Test func gapBeforeJoinsEveryMarkBeforeAWord() {
        let sentence = TokenizedSentence("Yes, “he said” -- (no).")
        #expect(sentence.gapBefore == ["", ",\"", "", "\"--("])
        #expect(sentence.gaps == [.empty, .other, .empty, .other])
    }

    struct SuffixCase: Sendable {
        var key: String
        var suffix: StaticString
        var expected: Bool
    }

    @Test(arguments: [
        SuffixCase(key: "didn't", suffix: "n't", expected: true),
        SuffixCase(key: "n't", suffix: "n't", expected: true),
        SuffixCase(key: "nt", suffix: "n't", expected: false),
        SuffixCase(key: "can", suffix: "n't", expected: false),
        SuffixCase(key: "visited", suffix: "ed", expected: true),
        SuffixCase(key: "ed", suffix: "ed", expected: true),
        SuffixCase(key: "d", suffix: "ed", expected: false),
        SuffixCase(key: "edit", suffix: "ed", expected: false),
        SuffixCase(key: "", suffix: "ed", expected: false),
        SuffixCase(key: "an extraordinarily long key that is not small ed", suffix: "ed", expected: true),
        SuffixCase(key: "naïved", suffix: "ed", expected: true),
    ])
    func keySuffixMatchesTheReversedView(_ c: SuffixCase) {
        #expect(WordToken.keyBytes(of: c.key, endWith: c.suffix) == c.expected)
        let suffix = String(decoding: UnsafeBufferPointer(start: c.suffix.utf8Start, count: c.suffix.utf8CodeUnitCount),
                            as: UTF8.self)
        #expect(WordToken.keyBytes(of: c.key, endWith: c.suffix)
            == c.key.utf8.reversed().starts(with: suffix.utf8.reversed()))
    }
}
