import Testing
import DatelineModel

/// The index groups keys with its own hash table: it must agree with `Dictionary` grouping
/// (String ==, canonical equivalence included) on any labels.
@Suite struct TimelineIndexGroupingTests {
    static func naive(_ keys: [[String]]) -> [String: [Int]] {
        var table: [String: [Int]] = [:]
        for (position, list) in keys.enumerated() {
            for key in list.distinctInOrder() { table[key, default: []].append(position) }
        }
        return table
    }

    static func events(actors: [[String]]) -> [Event] {
        actors.enumerated().map { k, list in
            Event(id: "e\(k)", when: .undated, title: "t", summary: "s", issues: list, actors: list,
                  mentions: list.map { Mention(document: $0, sentence: "s", offset: k, length: 1) })
        }
    }

    @Test(arguments: [
        [["Wang Yi", "Antony Blinken"], ["Antony Blinken"], ["Wang Yi", "Wang Yi"]],
        // U+212A KELVIN SIGN is canonically "K"; "é" precomposed and decomposed are one key.
        [["K"], ["\u{212A}"], ["Kim"], ["\u{212A}", "K"]],
        [["\u{212A}"], ["K"]],
        [["café"], ["cafe\u{301}"], ["cafe"]],
        [[], ["a"], []],
    ])
    func groupsLikeADictionary(labels: [[String]]) {
        let index = TimelineIndex(events: Self.events(actors: labels))
        let expected = Self.naive(labels)
        #expect(index.byActor == expected)
        #expect(index.byIssue == expected)
        #expect(index.byDocument == expected)
    }

    @Test func growsPastItsFirstTable() {
        // More distinct keys than the first index holds (it doubles while filling).
        let labels = (0..<500).map { ["actor \($0 % 300)", "actor \(($0 * 7) % 300)"] }
        let index = TimelineIndex(events: Self.events(actors: labels))
        #expect(index.byActor == Self.naive(labels))
        #expect(index.byActor.count == 300)
    }
}
