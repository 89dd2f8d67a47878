import Testing
import DatelineModel
@testable import DatelineExtraction

/// The front stages' round-7 helpers give the answers of the plain code they stand for.
@Suite struct FrontSpeedRound7Tests {
    static func trigger(_ range: Range<Int>, _ text: String, _ triggerClass: String, verb: Bool = true,
                        weight: Int = 3, modality: TriggerModality = .asserted) -> TriggerMatch {
        TriggerMatch(range: range, text: text, triggerClass: triggerClass, lemma: text,
                     partOfSpeech: verb ? .verb : .noun, verbForm: verb ? .past : nil, weight: weight, modality: modality)
    }

    static func timex(_ range: Range<Int>) -> TemporalExpression {
        TemporalExpression(text: "x", range: range, kind: .date, value: "2024", span: .undated, datesEvents: true,
                           isRelativeToPublication: false)
    }

    /// What `isBareConjunction` did with Strings: the gap's space-separated words, lowercased.
    static func plainBareConjunction(_ gap: String) -> Bool {
        let words = gap.split(separator: " ").map { $0.lowercased() }
        return words == ["and"] || words == ["or"] || words == ["and", "in"] || words == ["and", "on"] || words == ["or", "in"]
    }

    @Test(arguments: [" and ", " AND ", "and", " Or ", "  or  in ", " and on ", " or on ", " and in the ", " but ",
                      " andin ", " and\tin ", " ánd ", " or\u{00A0}", " ", "", " in and ", " aNd  On", " anD"])
    func bareConjunctionReadsBytesAsTheStringsDid(gap: String) {
        let before = "in March", after = "April 2024"
        let bytes = Array((before + gap + after).utf8)
        let a = 0..<before.utf8.count
        let b = (before.utf8.count + gap.utf8.count)..<bytes.count
        let expected = gap.utf8.count <= 12 && Self.plainBareConjunction(gap)
        #expect(EventExtractor.isBareConjunction(bytes, between: a, and: b) == expected)
        #expect(EventExtractor.isBareConjunction(before + gap + after, between: a, and: b) == expected)
    }

    @Test func bareConjunctionNeedsOrderedRangesInsideTheText() {
        let bytes = Array("March and April".utf8)
        #expect(!EventExtractor.isBareConjunction(bytes, between: 10..<15, and: 0..<5))
        #expect(!EventExtractor.isBareConjunction(bytes, between: 0..<5, and: 40..<45))
    }

    /// Every byte's entry: its ASCII lowercase form and the flags the plain tests gave.
    @Test func wordByteTableAgreesWithTheByteTests() {
        for value in 0...255 {
            let byte = UInt8(value)
            let entry = ContentWords.WordByte.of(byte)
            let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
            #expect(UInt8(truncatingIfNeeded: entry) == lower)
            #expect((entry & ContentWords.WordByte.continues != 0) == ContentWords.ByteClass.continues(ContentWords.ByteClass.of(byte)))
            #expect((entry & ContentWords.WordByte.notDigit != 0) == !(byte >= 48 && byte <= 57))
            #expect((entry & ContentWords.WordByte.notASCII != 0) == (byte >= 0x80))
        }
    }

    @Test func positionsAreFirstEqualPositions() {
        let met = Self.trigger(0..<3, "met", "meeting")
        let twin = Self.trigger(0..<3, "met", "meeting")
        let other = Self.trigger(0..<3, "met", "visit")
        let later = Self.trigger(10..<16, "signed", "agreement")
        let triggers = [met, other, later, twin]
        #expect(EventExtractor.position(of: twin, in: triggers) == 0)
        #expect(EventExtractor.position(of: other, in: triggers) == 1)
        #expect(EventExtractor.position(of: later, in: triggers) == 2)
        #expect(EventExtractor.position(of: Self.trigger(20..<23, "hit", "attack"), in: triggers) == -1)
        #expect(EventExtractor.count(of: 0, in: [0, -1, 2, 0]) == 2)
        #expect(EventExtractor.count(of: -1, in: [0, 2]) == 0)
    }

    /// (30..<30 is 10 from both the second and the third: the first of them wins.)
    @Test(arguments: [(0..<4, 0), (20..<24, 1), (12..<14, 0), (50..<60, 2), (30..<30, 1), (32..<33, 2)])
    func nearestIsTheFirstClosest(range: Range<Int>, expected: Int) {
        let dating = [Self.timex(4..<10), Self.timex(16..<20), Self.timex(40..<45)]
        let plain = dating.indices.min { EventExtractor.distance(dating[$0].range, range) < EventExtractor.distance(dating[$1].range, range) }
        #expect(EventExtractor.nearest(to: range, in: dating) == expected)
        #expect(plain == expected)
        #expect(EventExtractor.nearest(to: range, in: []) == nil)
    }

    /// A coordinated clause's trigger counts once per position: claimed by its own position or an
    /// equal earlier one, never by an equal later one.
    @Test func coordinatedTriggersSkipClaimedPositions() {
        let text = "The ministers met on Monday, and the Treasury imposed sanctions."
        let bytes = Array(text.utf8)
        let met = Self.trigger(14..<17, "met", "meeting")
        let imposed = Self.trigger(46..<53, "imposed", "sanction")
        #expect(EventExtractor.coordinatedTriggers([met, imposed], claimedAt: [0], bytes: bytes) == [1])
        #expect(EventExtractor.coordinatedTriggers([met, imposed], claimedAt: [1], bytes: bytes) == [])
        #expect(EventExtractor.coordinatedTriggers([met, imposed], claimedAt: [-1], bytes: bytes) == [])
        #expect(EventExtractor.coordinatedTriggers([met, imposed, imposed], claimedAt: [0, 1], bytes: bytes) == [])
    }
}
