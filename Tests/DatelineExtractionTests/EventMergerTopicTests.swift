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
