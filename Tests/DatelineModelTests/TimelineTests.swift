import Foundation
import Testing
import DatelineModel

@Suite struct TimelineTests {
    static func event(_ id: String, issues: [String], actors: [String] = [], document: String = "a") -> Event {
        Event(id: id, when: .day(CalendarDate(iso: "2024-01-0\(id.count % 9 + 1)")!), title: id, summary: "s",
              issues: issues, actors: actors,
              mentions: [Mention(document: document, sentence: "s", offset: 0, length: 1)])
    }

    @Test func indexesListPositionsInOrder() {
        let timeline = Timeline(documents: [], issues: [], events: [
            Self.event("e1", issues: ["trade"], actors: ["Wang Yi"]),
            Self.event("e2", issues: ["taiwan", "trade"], document: "b"),
            Self.event("e3", issues: ["taiwan"], actors: ["Wang Yi"]),
        ])
        #expect(timeline.index.byIssue["trade"] == [0, 1])
        #expect(timeline.index.byIssue["taiwan"] == [1, 2])
        #expect(timeline.index.byActor["Wang Yi"] == [0, 2])
        #expect(timeline.index.byDocument["b"] == [1])
    }

    /// Hand-edited or foreign JSON may repeat a label or a document: a position is listed once.
    @Test(arguments: [2, 40])
    func repeatedLabelsAreIndexedOnce(repeats: Int) {
        let actors = (0..<repeats).map { "Actor \($0 % 2)" }
        var event = Self.event("e1", issues: Array(repeating: "trade", count: repeats), actors: actors)
        event.mentions = (0..<repeats).map { Mention(document: $0 % 2 == 0 ? "a" : "b", sentence: "s", offset: $0, length: 1) }
        let timeline = Timeline(documents: [], issues: [], events: [event])
        #expect(timeline.index.byIssue["trade"] == [0])
        #expect(timeline.index.byActor["Actor 1"] == [0])
        #expect(timeline.index.byDocument["b"] == [0])
        #expect(event.documentIDs == ["a", "b"])
    }

    @Test(arguments: [
        ([[1, 4, 9], [2, 4, 10]], [1, 2, 4, 9, 10]),
        ([[], [3]], [3]),
        ([[5, 6]], [5, 6]),
    ])
    func unionMergesSortedLists(lists: [[Int]], expected: [Int]) {
        var table: [String: [Int]] = [:]
        for (i, list) in lists.enumerated() { table["k\(i)"] = list }
        #expect(TimelineIndex.union(table.keys.sorted(), in: table) == expected)
    }

    @Test func roundTripsThroughJSON() throws {
        let document = Document(id: "d1", path: "d1.txt", title: "T", url: "https://example.org", text: "body",)
        let timeline = Timeline(documents: [document], issues: [IssueLabel(id: "trade", label: "Trade")],
                                events: [Self.event("e1", issues: ["trade"])])
        let data = try JSONEncoder().encode(timeline)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["format"] as? String == "dateline.timeline")
        #expect(object["version"] as? Int == 1)
        let decoded = try JSONDecoder().decode(Timeline.self, from: data)
        #expect(decoded.events == timeline.events)
        #expect(decoded.documents.first?.url == "https://example.org")
        #expect(decoded.documents.first?.text == "", "the export carries no article text")
    }

    @Test func rejectsOtherFormats() {
        let data = Data(#"{"format":"other","version":1,"documents":[],"events":[]}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Timeline.self, from: data) }
    }
}
