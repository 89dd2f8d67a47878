import Foundation
import Testing
import DatelineModel

/// The hand-written export writer must give exactly what `JSONEncoder` gives from the `Codable`
/// conformances (which stay the definition of the format and what decoding reads).
@Suite struct TimelineJSONTests {
    static func encoderBytes(_ timeline: Timeline) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(timeline))
    }

    /// Strings with everything an encoder escapes or must leave alone.
    static let awkward = ["plain", "", "quote \" and \\ backslash", "slash / and tab\t", "line\nbreak\r\n",
                          "bell \u{07} esc \u{1B} del \u{7F}", "\u{08}\u{0C}\u{00}", "é e\u{301} 北京 🙂 \u{202E}\u{2028}"]

    static func timeline(seed: Int) -> Timeline {
        func pick(_ k: Int) -> String { awkward[(seed + k) % awkward.count] }
        let day = CalendarDate(iso: "2024-02-29")!
        let documents = [
            Document(id: "a", path: "dir/a.txt", title: pick(0), text: "ignored"),
            Document(id: pick(1), path: pick(2), title: "t", url: "https://example.com/x?y=1", source: pick(3),
                     published: PublicationDate(earliest: day, latest: day.adding(days: 3), basis: pick(4)), text: ""),
        ]
        let mention = Mention(document: "a", sentence: pick(5), offset: seed, length: 12, timex: pick(6),
                              timexOffset: seed + 1, timexLength: 3, when: .day(day))
        let bare = Mention(document: pick(1), sentence: "s", offset: 0, length: 1)
        let events = [
            Event(id: "a@0", when: .day(day), title: pick(7), summary: pick(1), kind: "visit", issues: ["taiwan", pick(2)],
                  actors: [pick(3), "Wang Yi"], places: [], issueEvidence: ["taiwan": ["Taipei", pick(4)], pick(5): [], "z": ["q"]],
                  quotes: [Quote(speaker: nil, text: pick(6)), Quote(speaker: pick(0), text: "x")],
                  mentions: [mention, bare], dateConflict: seed % 2 == 0),
            Event(id: pick(2), when: .undated, title: "", summary: ""),
            Event(id: "b", when: TimeSpan(earliest: day, latest: nil, granularity: .month, basis: pick(3)),
                  title: "t", summary: "s", mentions: [bare]),
        ]
        return Timeline(documents: seed % 3 == 0 ? [] : documents,
                        issues: [IssueLabel(id: "taiwan", label: "Taiwan"), IssueLabel(id: pick(4), label: pick(5))],
                        events: seed % 4 == 3 ? [] : events)
    }

    @Test(arguments: 0..<12)
    func writerMatchesJSONEncoder(seed: Int) throws {
        let timeline = Self.timeline(seed: seed)
        let written = timeline.prettyJSON()
        let encoded = try Self.encoderBytes(timeline)
        #expect(written == encoded, "\(String(decoding: written, as: UTF8.self))\n---\n\(String(decoding: encoded, as: UTF8.self))")
    }

    /// Years and numbers the writer pads or signs itself (decoding reads four-digit years only, so
    /// these are compared with the encoder's bytes, not round-tripped).
    @Test(arguments: [-800_000, -1, 0, 364_000, 2_960_000])
    func writerSpellsUnusualDatesAndNumbersAsTheEncoder(dayNumber: Int) throws {
        let date = CalendarDate(dayNumber: dayNumber)
        let mention = Mention(document: "a", sentence: "s", offset: dayNumber, length: Int.max,
                              timexOffset: Int.min + 1, timexLength: 0, when: .day(date))
        let event = Event(id: "e", when: TimeSpan(earliest: date, latest: date.adding(days: 400), granularity: .year),
                          title: "t", summary: "s", mentions: [mention])
        let timeline = Timeline(documents: [], issues: [], events: [event])
        #expect(timeline.prettyJSON() == (try Self.encoderBytes(timeline)))
    }

    @Test func writtenJSONDecodesToTheSameTimeline() throws {
        let timeline = Self.timeline(seed: 1)
        let decoded = try JSONDecoder().decode(Timeline.self, from: Data(timeline.prettyJSON()))
        #expect(decoded.events.map(\.id) == timeline.events.map(\.id))
        #expect(decoded.events.map(\.title) == timeline.events.map(\.title))
        #expect(decoded.events[0].issueEvidence == timeline.events[0].issueEvidence)
        #expect(decoded.documents.map(\.published) == timeline.documents.map(\.published))
    }
}
