import Testing
import DatelineModel
@testable import DatelineExtraction

/// The fast lookup structures of the temporal stage answer exactly what the slower forms they
/// replace answered.
@Suite struct TemporalSpeedHelperTests {
    @Test func hashKeyTableAgreesWithDictionary() {
        // Keys that share low bits and keys that are words' real hashes, so probes must run on.
        var reference: [UInt64: Int] = [:]
        for k in 0..<300 { reference[UInt64(k) << 40] = k }
        for (n, w) in ["may", "march", "will", "said", "the", "monday", ""].enumerated() {
            reference[TemporalLexicon.hash(w)] = 1000 + n
        }
        let table = HashKeyTable(reference)
        #expect(table.count == reference.count)
        for (key, value) in reference { #expect(table[key] == value) }
        for k in 300..<600 { #expect(table[UInt64(k) << 40] == nil) }
        #expect(table[TemporalLexicon.hash("mayor")] == nil)
    }

    @Test func hashKeyTableOverwritesAndGrows() {
        var table = HashKeyTable<String>(capacity: 1)
        for k in 0..<100 { table[UInt64(k) &* 0x9E37_79B9_7F4A_7C15] = "a\(k)" }
        table[UInt64(7) &* 0x9E37_79B9_7F4A_7C15] = "seven"
        #expect(table.count == 100)
        #expect(table[UInt64(7) &* 0x9E37_79B9_7F4A_7C15] == "seven")
        #expect(table[UInt64(99) &* 0x9E37_79B9_7F4A_7C15] == "a99")
        #expect(!table.contains(12345))
    }

    static let sentences = [
        "The minister met his counterpart on Friday and will return in March 2025.",
        "Talks are set to resume next week, two days after the vote on Sunday.",
        "Since 2019 the plan, approved on Jan. 4, has lapsed; elections follow in the spring.",
        "No dates at all here.",
    ]

    /// The tenses kept at parsing time equal the ones computed from the expression's byte range.
    @Test(arguments: sentences) func parsedTensesMatchRangeTenses(sentence: String) {
        let parsed = TemporalTagger.ParsedSentence(sentence)
        let tagged = TemporalTagger().tag(parsed: [parsed], publication: nil)[0]
        #expect(tagged.count == parsed.matches.count)
        for (index, e) in tagged.enumerated() {
            #expect(TemporalTagger.tense(of: parsed, expression: index) == TemporalTagger.tense(of: parsed, around: e.range))
            #expect(TemporalTagger.tense(of: sentence, around: e.range) == TemporalTagger.tense(of: parsed, around: e.range))
            #expect(e.text == sentence.utf8Slice(e.range))
        }
    }

    @Test(arguments: [(0, 2), (7, 2), (12, 2), (2024, 4), (987, 4), (5, 1), (123_456, 2), (-5, 2), (-2024, 4), (1_000_000_000, 4)])
    func padMatchesGeneralForm(value: Int, width: Int) {
        #expect(TemporalResolver.pad(value, width) == TemporalResolver.slowPad(value, width))
    }

    @Test(arguments: [(2024, 2, 29), (1, 1, 1), (999, 12, 31), (9999, 12, 31), (10_000, 1, 1), (-44, 3, 15), (1970, 1, 1)])
    func isoDayMatchesModel(year: Int, month: Int, day: Int) throws {
        let date = try #require(CalendarDate(year: year, month: month, day: day))
        #expect(TemporalResolver.isoDay(date) == date.iso)
    }
}
