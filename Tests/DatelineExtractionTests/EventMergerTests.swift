import Testing
import DatelineModel
@testable import DatelineExtraction

@Suite struct EventMergerTests {
    static func span(_ e: String, _ l: String, _ g: Granularity) -> TimeSpan {
        TimeSpan(earliest: CalendarDate(iso: e), latest: CalendarDate(iso: l), granularity: g)
    }

    static func candidate(_ doc: String, _ offset: Int, _ when: TimeSpan, kind: String, actors: [String] = [],
                          places: [String] = [], words: [String]) -> EventCandidate {
        EventCandidate(mention: Mention(document: doc, sentence: words.joined(separator: " "), offset: offset, length: 10, when: when),
                       when: when, title: words.joined(separator: " "), kind: kind, actors: actors, places: places,
                       contentWords: words)
    }

    /// Background noise so that IDF weights behave as in a real corpus.
    static let filler: [EventCandidate] = (0..<12).map { i in
        candidate("noise\(i)", 0, span("2019-0\(i % 9 + 1)-01", "2019-0\(i % 9 + 1)-28", .month), kind: "statement",
                  words: ["ministry", "statement", "topic\(i)"])
    }

    @Test func sameEventInTwoArticlesMergesAndKeepsTheFinerDate() {
        let a = Self.candidate("a", 10, Self.span("2023-02-04", "2023-02-04", .day), kind: "shoot-down",
                               actors: ["Joe Biden"], words: ["balloon", "spy", "shot", "down", "ordered"])
        let b = Self.candidate("b", 50, Self.span("2023-01-01", "2023-06-15", .year), kind: "shoot-down",
                               actors: ["Joe Biden"], words: ["balloon", "spotted", "shot", "down", "western"])
        let clusters = EventMerger().clusters(Self.filler + [a, b])
        let n = Self.filler.count
        #expect(clusters.contains([n, n + 1]))
        let timeline = TimelineAssembler(issues: []).assemble(documents: [], candidates: Self.filler + [a, b], clusters: clusters)
        let merged = timeline.events.first { $0.mentions.count == 2 }
        #expect(merged?.when.earliest?.iso == "2023-02-04")
        #expect(merged?.when.granularity == .day)
        #expect(merged?.mentions.map(\.when?.granularity) == [.day, .year], "each mention keeps its own precision")
    }

    @Test("'The incident' in one article and what happened in another are one event; a named kind is not a wildcard")
    func anUnspecificIncidentMatchesAnyKind() {
        let incident = Self.candidate("a", 0, Self.span("2022-07-01", "2022-07-31", .month), kind: "incident",
                                      words: ["drone", "incident", "border"])
        let downing = Self.candidate("b", 0, Self.span("2022-01-01", "2022-12-31", .year), kind: "shoot-down",
                                     actors: ["Army"], words: ["drone", "spotted", "ordered", "downed"])
        let n = Self.filler.count
        #expect(EventMerger().clusters(Self.filler + [incident, downing]).contains([n, n + 1]))
        #expect(!EventMerger().clusters(Self.filler + [incident.with(kind: "visit"), downing]).contains([n, n + 1]))
    }

    @Test("'Friday's meeting' with no names joins the meeting the article reported that day; two named ones do not")
    func aNamelessSameDayMentionIsABackReference() {
        let day = Self.span("2024-05-31", "2024-05-31", .day)
        let meeting = Self.candidate("a", 100, day, kind: "meeting", actors: ["Lena Ortiz", "Amir Haddad"],
                                     words: ["ministers", "sat", "together", "singapore"])
        let later = Self.candidate("a", 900, day, kind: "meeting", words: ["meeting", "ran", "hour"])
        let other = Self.candidate("a", 900, day, kind: "meeting", actors: ["Kofi Mensah"], words: ["meeting", "ran", "hour"])
        let n = Self.filler.count
        #expect(EventMerger().clusters(Self.filler + [meeting, later]).contains([n, n + 1]))
        #expect(!EventMerger().clusters(Self.filler + [meeting, other]).contains([n, n + 1]))
        #expect(!EventMerger().clusters(Self.filler + [meeting, later.with(kind: "visit")]).contains([n, n + 1]))
    }

    @Test("'condemned Friday's strikes' refers back to the strikes told that day; a plain date does not")
    func aPossessiveDateIsABackReference() {
        let day = Self.span("2024-05-31", "2024-05-31", .day)
        let strikes = Self.candidate("a", 100, day, kind: "attack", words: ["jets", "struck", "depots", "coast"])
        let reaction = "Ankara condemned Friday's strikes as reckless."
        func mention(_ sentence: String, date: String) -> EventCandidate {
            var c = Self.candidate("a", 900, day, kind: "attack", words: ["condemned", "strikes", "reckless"])
            let start = sentence.utf8.count - (sentence.components(separatedBy: date).last?.utf8.count ?? 0) - date.utf8.count
            c.mention = Mention(document: "a", sentence: sentence, offset: 900, length: sentence.utf8.count,
                                timex: date, timexOffset: 900 + start, timexLength: date.utf8.count, when: day)
            return c
        }
        let n = Self.filler.count
        #expect(EventMerger().clusters(Self.filler + [strikes, mention(reaction, date: "Friday")]).contains([n, n + 1]))
        let plain = "Ankara condemned the strikes on Friday as reckless."
        #expect(!EventMerger().clusters(Self.filler + [strikes, mention(plain, date: "Friday")]).contains([n, n + 1]))
    }

    @Test func differentMeetingsInTheSameMonthStayApart() {
        let a = Self.candidate("a", 0, Self.span("2024-04-01", "2024-04-30", .month), kind: "meeting",
                               actors: ["Janet Yellen"], places: ["Guangzhou"], words: ["yellen", "visit", "guangzhou", "treasury"])
        let b = Self.candidate("b", 0, Self.span("2024-04-24", "2024-04-26", .day), kind: "meeting",
                               actors: ["Antony Blinken"], places: ["Shanghai"], words: ["blinken", "visit", "shanghai", "secretary"])
        let clusters = EventMerger().clusters(Self.filler + [a, b])
        #expect(clusters.count == Self.filler.count + 2)
    }

    @Test func datesThatDoNotOverlapAreNeverMerged() {
        let a = Self.candidate("a", 0, Self.span("2022-08-01", "2022-08-31", .month), kind: "visit",
                               actors: ["Nancy Pelosi"], places: ["Taipei"], words: ["pelosi", "visit", "taipei"])
        let b = Self.candidate("b", 0, Self.span("2023-08-01", "2023-08-31", .month), kind: "visit",
                               actors: ["Nancy Pelosi"], places: ["Taipei"], words: ["pelosi", "visit", "taipei"])
        #expect(EventMerger().clusters(Self.filler + [a, b]).count == Self.filler.count + 2)
    }

    @Test func chainsCannotPullInAnIncompatibleDate() {
        // b overlaps both a and c, but a and c do not overlap: at most one of them joins b.
        let words = ["summit", "leaders", "bali", "climate"]
        let a = Self.candidate("a", 0, Self.span("2022-11-14", "2022-11-14", .day), kind: "summit", words: words)
        let b = Self.candidate("b", 0, Self.span("2022-11-01", "2022-11-30", .month), kind: "summit", words: words)
        let c = Self.candidate("c", 0, Self.span("2022-11-20", "2022-11-20", .day), kind: "summit", words: words)
        let clusters = EventMerger().clusters(Self.filler + [a, b, c])
        let n = Self.filler.count
        #expect(!clusters.contains { $0.contains(n) && $0.contains(n + 2) })
    }

    @Test func repeatedMentionInOneArticleNeedsAStrongerMatch() {
        let a = Self.candidate("a", 0, Self.span("2023-07-03", "2023-07-03", .day), kind: "export-control",
                               words: ["gallium", "germanium", "export", "controls", "announced"])
        let weak = Self.candidate("a", 90, Self.span("2023-07-01", "2023-07-31", .month), kind: "export-control",
                                  words: ["export", "rules", "chips", "tightened", "commerce"])
        let strong = Self.candidate("a", 200, Self.span("2023-07-01", "2023-07-31", .month), kind: "export-control",
                                    words: ["gallium", "germanium", "export", "controls"])
        let clusters = EventMerger().clusters(Self.filler + [a, weak, strong])
        let n = Self.filler.count
        #expect(clusters.contains([n, n + 2]))
        #expect(clusters.contains([n + 1]))
    }

    @Test func undatedCandidatesStayAlone() {
        let a = Self.candidate("a", 0, .undated, kind: "visit", words: ["visit", "beijing"])
        let b = Self.candidate("b", 0, .undated, kind: "visit", words: ["visit", "beijing"])
        #expect(EventMerger().clusters([a, b]) == [[0], [1]])
    }
}

@Suite struct TimelineAssemblerTests {
    @Test func sortsDatedFirstAndGivesStableIDs() {
        let late = EventMergerTests.candidate("doc", 40, EventMergerTests.span("2024-05-01", "2024-05-01", .day), kind: "visit", words: ["a"])
        let early = EventMergerTests.candidate("doc", 80, EventMergerTests.span("2023-01-01", "2023-12-31", .year), kind: "visit", words: ["b"])
        let undated = EventMergerTests.candidate("doc", 0, .undated, kind: "visit", words: ["c"])
        let sameSentence = EventMergerTests.candidate("doc", 40, EventMergerTests.span("2024-06-01", "2024-06-30", .month), kind: "visit", words: ["d"])
        let timeline = TimelineAssembler(issues: []).assemble(documents: [], candidates: [late, early, undated, sameSentence],
                                                               clusters: [[0], [1], [2], [3]])
        #expect(timeline.events.map(\.id) == ["doc@80", "doc@40", "doc@40.2", "doc@0"])
        #expect(timeline.events.last?.when.isDated == false)
    }

    @Test func ordersIssuesByTaxonomyAndKeepsEvidence() {
        var c = EventMergerTests.candidate("doc", 0, .day(CalendarDate(iso: "2024-01-02")!), kind: "drills", words: ["drills"])
        c.issueEvidence = ["military": ["drills"], "taiwan": ["Taiwan Strait"]]
        let issues = [IssueLabel(id: "taiwan", label: "Taiwan"), IssueLabel(id: "military", label: "Military")]
        let event = TimelineAssembler(issues: issues).assemble(documents: [], candidates: [c], clusters: [[0]]).events[0]
        #expect(event.issues == ["taiwan", "military"])
        #expect(event.issueEvidence["taiwan"] == ["Taiwan Strait"])
    }
}

extension EventCandidate {
    func with(kind: String) -> EventCandidate {
        var copy = self
        copy.kind = kind
        return copy
    }
}
