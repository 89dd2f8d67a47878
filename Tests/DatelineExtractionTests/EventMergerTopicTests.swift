import Testing
import DatelineModel
@testable import DatelineExtraction

/// Cross-article links that word overlap alone would make: different topics, and dates smeared by an
/// uncertain publication date.
@Suite struct EventMergerTopicTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var a: EventCandidate
        var b: EventCandidate
        var merges: Bool
        var description: String { name }
    }

    static func pair(_ spanA: TimeSpan, _ issuesA: [String], _ spanB: TimeSpan, _ issuesB: [String],
                     actors: [String] = ["European Union"],
                     words: ([String], [String]) = (["ministers", "agreed", "billion", "package", "brussels"],
                                                    ["ministers", "agreed", "billion", "package", "mission"]))
        -> (EventCandidate, EventCandidate) {
        var a = EventMergerTests.candidate("a", 0, spanA, kind: "meeting", actors: actors, words: words.0)
        var b = EventMergerTests.candidate("b", 0, spanB, kind: "meeting", actors: actors, words: words.1)
        a.issueEvidence = Dictionary(uniqueKeysWithValues: issuesA.map { ($0, ["x"]) })
        b.issueEvidence = Dictionary(uniqueKeysWithValues: issuesB.map { ($0, ["x"]) })
        return (a, b)
    }

    static let month = EventMergerTests.span("2024-02-01", "2024-02-29", .month)
    static let day = EventMergerTests.span("2024-02-14", "2024-02-14", .day)
    /// "this week" under a publication date known only to the year.
    static let smearedWeek = EventMergerTests.span("2024-01-01", "2024-12-31", .week)

    /// Two meetings of ministers that share little more than that.
    static let looseWords = (["ministers", "meet", "brussels", "plan"], ["ministers", "meeting", "reef", "vessels", "dominated"])

    static let cases: [Case] = {
        func make(_ name: String, _ p: (EventCandidate, EventCandidate), _ merges: Bool) -> Case {
            Case(name: name, a: p.0, b: p.1, merges: merges)
        }
        return [
            make("same topic merges", pair(month, ["russia-ukraine", "diplomacy"], day, ["russia-ukraine"]), true),
            make("only broad labels on one side merges", pair(month, ["diplomacy"], day, ["middle-east", "diplomacy"]), true),
            make("disjoint topics stay apart", pair(month, ["russia-ukraine", "diplomacy"], day, ["middle-east", "diplomacy"]), false),
            make("a precise week merges on a loose match",
                 pair(month, [], EventMergerTests.span("2024-02-12", "2024-02-18", .week), [], actors: [], words: looseWords), true),
            make("a smeared week needs a stronger match", pair(month, [], smearedWeek, [], actors: [], words: looseWords), false),
            make("a smeared week still merges on a strong match", pair(month, [], smearedWeek, []), true),
        ]
    }()

    @Test(arguments: cases)
    func links(_ c: Case) {
        let n = EventMergerTests.filler.count
        let merged = EventMerger().clusters(EventMergerTests.filler + [c.a, c.b]).contains([n, n + 1])
        #expect(merged == c.merges)
    }
}

/// A handful of articles on one story share most of their words, and tell them in the singular or plural.
@Suite struct EventMergerSmallCorpusTests {
    typealias T = EventMergerTests

    @Test("In a few articles on one story, the same incident told twice is one event")
    func aSmallCorpusStillMerges() {
        let day = T.span("2023-08-05", "2023-08-05", .day)
        // Every word the two share is carried by most of the corpus: in a big corpus, too common to index.
        let told = T.candidate("a", 0, day, kind: "incident", words: ["mission", "interrupted", "water", "cannon", "boats", "shoal"])
        let retold = T.candidate("b", 0, day, kind: "launch", words: ["ship", "fired", "water", "cannons", "boat", "shoal"])
        let others = [
            T.candidate("a", 200, T.span("2023-08-22", "2023-08-22", .day), kind: "conclusion", words: ["completed", "water", "cannon", "boats", "shoal"]),
            T.candidate("c", 0, T.span("2023-08-07", "2023-08-07", .day), kind: "statement", words: ["spokesperson", "water", "cannon", "shoal", "boat"]),
            T.candidate("b", 300, T.span("2023-08-22", "2023-08-22", .day), kind: "statement", words: ["council", "statement", "water", "cannon"]),
        ]
        #expect(EventMerger().clusters([told, retold] + others).contains([0, 1]))
    }

    @Test("A plural 's' does not make a different word", arguments: [
        ("cannons", "cannon"), ("talks", "talk"), ("tariffs", "tariff"), ("press", "press"), ("status", "status"),
        ("crisis", "crisis"), ("gas", "gas"), ("us", "us"),
    ])
    func singular(_ written: String, _ compared: String) {
        let bytes = Array(written.utf8)
        let length = bytes.withUnsafeBufferPointer { EventMerger.Signatures.singularLength($0) }
        #expect(String(decoding: bytes[..<length], as: UTF8.self) == compared)
    }
}
