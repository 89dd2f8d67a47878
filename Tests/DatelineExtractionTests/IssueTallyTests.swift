import Testing
@testable import DatelineExtraction

/// The one-list `IssueClassifier.Tally`: issues are those of its words, in first-added order.
@Suite struct IssueTallyTests {
    static func tally(_ adds: [(Int, String)]) -> IssueClassifier.Tally {
        var t = IssueClassifier.Tally()
        for (issue, word) in adds { t.add(issue, word) }
        return t
    }

    @Test(arguments: [
        ([(3, "a"), (1, "b"), (3, "c"), (2, "d")], [3, 1, 2]),
        ([(5, "Tariffs"), (5, "tariffs"), (5, "duties")], [5]),
        ([], []),
    ] as [([(Int, String)], [Int])])
    func issuesInFirstAddedOrder(_ adds: [(Int, String)], _ issues: [Int]) {
        let t = Self.tally(adds)
        #expect(t.issues == issues)
        #expect(t.isEmpty == issues.isEmpty)
        for issue in 0..<6 { #expect(t.contains(issue) == issues.contains(issue)) }
        #expect(t.containsIssue(where: { $0 > 2 }) == issues.contains(where: { $0 > 2 }))
    }

    @Test func duplicatesUpToCaseAreDroppedPerIssue() {
        let t = Self.tally([(1, "Tariffs"), (1, "tariffs"), (2, "tariffs"), (1, "duties")])
        #expect(t.words(of: 1) == ["Tariffs", "duties"])
        #expect(t.words(of: 2) == ["tariffs"])
    }

    @Test func keepDropsIssuesWithTheirWords() {
        var t = Self.tally([(1, "a"), (2, "b"), (1, "c"), (3, "d")])
        t.keep { $0 != 1 }
        #expect(t.issues == [2, 3])
        #expect(t.words(of: 1).isEmpty)
        #expect(t.dictionary { "i\($0)" } == ["i2": ["b"], "i3": ["d"]])
    }

    @Test func addWordsAsksPerIssueAfterTheIssuesBefore() {
        let generic = Self.tally([(1, "talks"), (2, "visit"), (1, "meeting")])
        var specific = Self.tally([(2, "tariffs")])
        var asked: [(Int, Int)] = []
        generic.addWords(to: &specific) { issue, current in
            asked.append((issue, current.words.count))
            return true
        }
        // Issue 1 is asked first (one word there), issue 2 after issue 1's two words were added.
        #expect(asked.map(\.0) == [1, 2])
        #expect(asked.map(\.1) == [1, 3])
        #expect(specific.dictionary { "i\($0)" } == ["i1": ["talks", "meeting"], "i2": ["tariffs", "visit"]])
    }
}
