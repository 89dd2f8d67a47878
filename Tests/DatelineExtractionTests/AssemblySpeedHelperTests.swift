import Testing
import DatelineModel
@testable import DatelineExtraction

/// The helpers the assembly stages use for speed give what the plain versions they replace give.
@Suite struct AssemblySpeedHelperTests {
    static func slot(_ sentence: Int, _ segment: Range<Int> = 0..<10) -> EventSlot {
        EventSlot(sentence: sentence, timex: nil, trigger: nil, span: .undated, segment: segment)
    }

    @Test(arguments: [
        [0, 0, 1, 3, 3, 3],
        [2, 0, 2, 1, 0],
        [5],
        [],
    ])
    func sentenceSlotsAreTheGroupsInSlotOrder(_ sentences: [Int]) {
        // Segments tell slots of one sentence apart.
        let slots = sentences.enumerated().map { Self.slot($1, $0..<($0 + 1)) }
        let groups = Dictionary(grouping: slots, by: \.sentence)
        let bySentence = SentenceSlots(slots)
        for k in slots.indices {
            #expect(Array(bySentence.slots(of: k)) == groups[slots[k].sentence])
        }
    }

    static let recognizer = try! AnalysisLexicons.load().semantic.entityRecognizer

    @Test(arguments: [
        ("OSLO, May 2 (Reuters) - Norway's central bank raised rates on Thursday.", 0..<72),
        ("Antony Blinken met Wang Yi in Beijing, and China's foreign ministry said talks would go on.", 40..<91),
        ("Antony Blinken met Wang Yi in Beijing, and China's foreign ministry said talks would go on.", 0..<20),
        ("In Paris, the United Nations and NATO met Emmanuel Macron after France and Germany spoke.", 50..<89),
        ("Nothing here names anyone.", 0..<26),
    ])
    func segmentNamesAreTheSegmentEntitiesNames(_ sentence: String, _ segment: Range<Int>) {
        let all = Self.recognizer.recognize(in: sentence)
        let kept = DocumentAnalyzer.entities(all, in: segment, text: sentence)
        let names = DocumentAnalyzer.segmentNames(all, in: segment, text: sentence)
        #expect(names.actors == kept.actors)
        #expect(names.places == kept.places)
    }

    @Test(arguments: [
        ([5..<9, 0..<3, 2..<4, 9..<12, 20..<20], [0..<4, 5..<12]),
        ([7..<8], [7..<8]),
        ([3..<3], []),
        ([10..<20, 0..<30], [0..<30]),
    ])
    func excludedRangesMerge(_ ranges: [Range<Int>], _ expected: [Range<Int>]) {
        let merged = withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: ranges.count) { out in
            Array(out[0..<ContentWords.merged(ranges, into: out)])
        }
        #expect(merged == expected)
    }

    @Test(arguments: [
        [3, 1, 3, 2, 1],
        Array((0..<40).reversed()) + [7, 7],
        [4],
    ])
    func tailsSortWithoutRepeats(_ tail: [Int32]) {
        var list: [Int32] = [9, 8] + tail
        EventMerger.Signatures.sortUniqueTail(&list, from: 2)
        #expect(list == [9, 8] + Array(Set(tail)).sorted())
    }

    @Test func tokenNumbersFollowFirstAppearancePerCategory() {
        var numbering = TokenNumbering()
        var tokens: [Int32] = []
        numbering.words(of: ContentWordList(["talks", "talk", "summit", "pressé"]), into: &tokens)
        // "talks" and "talk" are one word; a place spelled like an actor is another token.
        #expect(tokens == [0, 0, 1, 2])
        #expect(numbering.actor("Paris") == (0, 3))
        #expect(numbering.place("Paris") == (0, 4))
        #expect(numbering.actor("PARIS") == (1, 3))
        #expect(numbering.kind("visit") == 5)
        #expect(numbering.document("b") == 0 && numbering.document("a") == 1 && numbering.document("b") == 0)
        #expect(numbering.category == [.word, .word, .word, .actor, .place, .kind])
    }

    static func candidate(_ doc: String, _ offset: Int, _ when: TimeSpan, actors: [String] = [],
                          issues: [String: [String]] = [:]) -> EventCandidate {
        EventCandidate(mention: Mention(document: doc, sentence: "s", offset: offset, length: 1, when: when), when: when,
                       title: "t", actors: actors, issueEvidence: issues)
    }

    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso) ?? CalendarDate(dayNumber: 0) }

    @Test(arguments: [
        (["2024-03-01", "2024-03-31", "2024-03-05", "2024-03-05"], false),
        (["2024-03-01", "2024-03-31", "2024-04-05", "2024-04-05"], true),
        (["2024-01-01", "2024-12-31", "2024-02-01", "2024-02-29"], false),
    ])
    func combinedDatesMatchThePairwiseDefinition(_ bounds: [String], _ conflict: Bool) {
        let a = TimeSpan(earliest: Self.day(bounds[0]), latest: Self.day(bounds[1]), granularity: .month)
        let b = TimeSpan(earliest: Self.day(bounds[2]), latest: Self.day(bounds[3]), granularity: .day)
        let candidates = [Self.candidate("d", 0, a), Self.candidate("d", 5, .undated), Self.candidate("e", 0, b)]
        let combined = TimelineAssembler.combinedSpan([0, 1, 2], candidates)
        #expect(combined.conflict == conflict)
        #expect(combined.conflict == TimelineAssembler.hasConflict([0, 1, 2], candidates))
        if !conflict {
            #expect(combined.span.earliest == b.earliest && combined.span.latest == b.latest)
            #expect(combined.span.granularity == .day && combined.span.basis == nil)
        }
    }

    @Test func mergedListsKeepFirstOccurrences() {
        let lists = [["a", "b"], ["b", "c", "a"], ["d"]]
        #expect(TimelineAssembler.distinctUnion([0, 1, 2]) { lists[$0] } == ["a", "b", "c", "d"])
        let long = (0..<3).map { k in (0..<20).map { "n\($0 % (10 + k))" } }
        #expect(TimelineAssembler.distinctUnion([0, 1, 2]) { long[$0] } == long.flatMap { $0 }.distinctInOrder())
    }

    @Test func issuesRankByTaxonomyThenID() {
        let assembler = TimelineAssembler(issues: [IssueLabel(id: "trade", label: "Trade"), IssueLabel(id: "taiwan", label: "Taiwan")])
        #expect(assembler.issueOrder(["zeta", "taiwan", "alpha", "trade"]) == ["trade", "taiwan", "alpha", "zeta"])
        #expect(assembler.issueOrder(["taiwan"]) == ["taiwan"])
    }

    @Test func membersSortByDocumentThenOffsetStably() {
        let day = TimeSpan.day(Self.day("2024-01-01"))
        let candidates = [Self.candidate("b", 5, day), Self.candidate("a", 9, day), Self.candidate("a", 2, day),
                          Self.candidate("b", 5, day)]
        let documents = ["a", "b"].map { Document(id: $0, path: $0, title: $0, text: "") }
        let context = TimelineAssembler.Context(documents: documents, candidates: candidates)
        #expect(TimelineAssembler.inMentionOrder([0, 1, 2, 3], context) == [2, 1, 0, 3])
        #expect(TimelineAssembler.uniqueMentions([2, 1, 0, 3], candidates).map(\.offset) == [2, 9, 5])
    }

    @Test(arguments: [("doc", 0), ("reuters-2024-04-26", 9), ("a@b", 10), ("Zürich/Bericht", 123_456), ("x", Int.max), ("x", -42)])
    func mentionIDsAreDocumentAtOffset(_ document: String, _ offset: Int) {
        #expect(TimelineAssembler.mentionID(document, offset) == "\(document)@\(offset)")
    }
}
