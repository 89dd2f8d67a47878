import Testing
import DatelineModel
@testable import DatelineExtraction

/// Random sentences built from temporal vocabulary: the tagger must not crash, and every expression's
/// range must point at its text with a sane interval.
@Suite struct TemporalTaggerTestsRobustness {
    static let vocabulary = [
        "the", "last", "next", "this", "early", "mid", "-", "late", "of", "on", "in", "April", "May", "Sept", ".",
        "Monday", "Friday", "and", "through", "to", "2023", "1990s", "5", "31", "06", "/", ":", "p", "m", "a",
        "two", "days", "weeks", "year", "years", "ago", "later", "after", "before", "earlier", "quarter", "third",
        "summer", "fall", "winter", "Q", "3", "$", "%", "percent", "that", "same", "week", "day", "previous",
        "following", "every", "now", "soon", "recent", "’", "s", "–", ",", "Christmas", "New", "Year", "Eve",
        "nineteen", "ninety", "thousand", "fiscal", "noon", "night", "EST", "will", "was", "said", "is", "to",
    ]

    /// A small deterministic generator (xorshift), so failures reproduce.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(bound))
        }
    }

    @Test func randomSentencesAreSafe() {
        var g = Generator(state: 0x9E37_79B9_7F4A_7C15)
        let publications: [PublicationDate?] = [nil, TemporalFixture.pub, TemporalFixture.range("2023-04-10", "2023-12-31")]
        var checked = 0
        for round in 0..<3000 {
            var words: [String] = []
            for _ in 0..<(1 + g.next(14)) { words.append(Self.vocabulary[g.next(Self.vocabulary.count)]) }
            let sentence = words.joined(separator: g.next(3) == 0 ? "" : " ")
            let bytes = Array(sentence.utf8)
            for x in TemporalTagger().tag(text: sentence, publication: publications[round % 3]) {
                #expect(x.range.lowerBound >= 0 && x.range.upperBound <= bytes.count && !x.range.isEmpty)
                if x.range.upperBound <= bytes.count, x.range.lowerBound >= 0 {
                    #expect(String(decoding: bytes[x.range], as: UTF8.self) == x.text)
                }
                if let e = x.span.earliest, let l = x.span.latest { #expect(e <= l, "\(sentence)") }
                checked += 1
            }
        }
        #expect(checked > 1000)
    }
}
