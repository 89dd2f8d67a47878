import DatelineModel
@testable import DatelineTUI

/// A small invented corpus covering what the browser must show: every date precision, a date
/// conflict, quotes, several sources, undated context, and hostile text (escapes, bidi, CJK, emoji).
enum Fixture {
    static func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

    static func span(_ from: CalendarDate, _ to: CalendarDate, _ granularity: Granularity, basis: String? = nil) -> TimeSpan {
        TimeSpan(earliest: from, latest: to, granularity: granularity, basis: basis)
    }

    static let issues = [
        IssueLabel(id: "conflict", label: "Armed conflict"),
        IssueLabel(id: "diplomacy", label: "Diplomacy and talks"),
        IssueLabel(id: "trade", label: "Trade and tariffs"),
        IssueLabel(id: "sanctions", label: "Sanctions"),
        IssueLabel(id: "border", label: "Borders and territory"),
        IssueLabel(id: "maritime", label: "Maritime disputes"),
    ]

    static let wireText = """
    Officials from Northland and Southmark signed a ceasefire on 14 November 2022 in a lakeside town.
    "This is the first quiet night in a year," said a village elder.
    On 21 February 2023 soldiers exchanged fire near the river crossing, the ministry said.
    Envoys from both sides said talks would resume in early April 2024.
    """

    static let dailyText = """
    The finance ministry announced sanctions against three shipping firms on Feb. 3, 2023.
    Trade ministers met in February 2023 to discuss the tariff dispute.
    A border clash was reported on Sunday, Feb. 19, 2023, according to local radio.
    After May 9, 2023 the envoy returned to the capital.
    The river has long marked the frontier between the two states.
    """

    static let asiaText = """
    Summit opens in Seoul on April 26, 2024 as 李明 and 김민준 meet.
    Coastal states began talks on a fisheries accord in 2022.
    Regulators also announced sanctions on Feb. 3, 2023, citing the same firms.
    """

    static let documents = [
        Document(id: "wire-1", path: "wire-1.txt", title: "Ceasefire holds as envoys plan new talks", source: "Wire",
                 published: PublicationDate(exactly: day(2024, 3, 2), basis: "metadata"), text: wireText),
        Document(id: "daily-2", path: "daily-2.txt", title: "Ministry widens sanctions on shipping", source: "Daily",
                 published: PublicationDate(exactly: day(2023, 12, 1), basis: "dateline"), text: dailyText),
        Document(id: "asia-3", path: "asia-3.txt", title: "Leaders meet in Seoul", source: nil, published: nil, text: asiaText),
    ]

    /// A mention with offsets found in the document text (UTF-8), as the extractor would give them.
    static func mention(_ documentID: String, _ sentence: String, timex: String?, when: TimeSpan?) -> Mention {
        let text = documents.first { $0.id == documentID }?.text ?? ""
        let offset = find(Array(sentence.utf8), in: Array(text.utf8)) ?? 0
        var timexOffset: Int?
        if let timex, let local = find(Array(timex.utf8), in: Array(sentence.utf8)) { timexOffset = offset + local }
        return Mention(document: documentID, sentence: sentence, offset: offset, length: sentence.utf8.count,
                       timex: timex, timexOffset: timexOffset, timexLength: timex?.utf8.count, when: when)
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        return (0...(haystack.count - needle.count)).first { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    static var events: [Event] {
        let year2022 = span(day(2022, 1, 1), day(2022, 12, 31), .year)
        let ceasefire = TimeSpan.day(day(2022, 11, 14))
        let feb2023 = span(day(2023, 2, 1), day(2023, 2, 28), .month)
        let feb3 = TimeSpan(earliest: day(2023, 2, 3), latest: day(2023, 2, 3), granularity: .day, basis: "explicit date")
        let feb21 = TimeSpan.day(day(2023, 2, 21))
        let feb19 = TimeSpan.day(day(2023, 2, 19))
        let afterMay = span(day(2023, 5, 10), day(2023, 12, 31), .year)
        let earlyApril = span(day(2024, 4, 1), day(2024, 4, 10), .month, basis: "relative to publication")
        let summit = TimeSpan.day(day(2024, 4, 26))
        return [
            Event(id: "e1", when: year2022, title: "Coastal states begin talks on a fisheries accord",
                  summary: "Coastal states began talks on a fisheries accord.", kind: "talks",
                  issues: ["maritime", "diplomacy"], actors: ["Coastal states"], places: [],
                  issueEvidence: ["maritime": ["fisheries"], "diplomacy": ["talks"]],
                  mentions: [mention("asia-3", "Coastal states began talks on a fisheries accord in 2022.", timex: "2022", when: year2022)]),
            Event(id: "e2", when: ceasefire, title: "Northland and Southmark sign a ceasefire",
                  summary: "Officials signed a ceasefire in a lakeside town.", kind: "agreement",
                  issues: ["conflict", "diplomacy"], actors: ["Northland", "Southmark"], places: ["lakeside town"],
                  issueEvidence: ["conflict": ["ceasefire"], "diplomacy": ["signed"]],
                  quotes: [Quote(speaker: "a village elder", text: "This is the first quiet night in a year,")],
                  mentions: [mention("wire-1", "Officials from Northland and Southmark signed a ceasefire on 14 November 2022 in a lakeside town.",
                                     timex: "14 November 2022", when: ceasefire)]),
            Event(id: "e3", when: feb2023, title: "Trade ministers meet over the tariff dispute",
                  summary: "Trade ministers met to discuss the tariff dispute.", kind: "meeting",
                  issues: ["trade"], actors: ["trade ministers"], places: [],
                  issueEvidence: ["trade": ["tariff"]],
                  mentions: [mention("daily-2", "Trade ministers met in February 2023 to discuss the tariff dispute.", timex: "February 2023", when: feb2023)]),
            Event(id: "e4", when: feb3, title: "Sanctions announced against three shipping firms",
                  summary: "The finance ministry announced sanctions against three shipping firms.", kind: "sanction",
                  issues: ["sanctions", "trade"], actors: ["finance ministry"], places: [],
                  issueEvidence: ["sanctions": ["sanctions"], "trade": ["shipping firms"]],
                  mentions: [
                    mention("daily-2", "The finance ministry announced sanctions against three shipping firms on Feb. 3, 2023.", timex: "Feb. 3, 2023", when: feb3),
                    mention("asia-3", "Regulators also announced sanctions on Feb. 3, 2023, citing the same firms.", timex: "Feb. 3, 2023", when: feb3),
                  ]),
            Event(id: "e5", when: span(day(2023, 2, 19), day(2023, 2, 21), .day), title: "Border clash reported near the river crossing",
                  summary: "Soldiers exchanged fire near the river crossing.", kind: "clash",
                  issues: ["conflict", "border"], actors: ["soldiers"], places: ["river crossing"],
                  issueEvidence: ["conflict": ["exchanged fire", "clash"], "border": ["border"]],
                  mentions: [
                    mention("wire-1", "On 21 February 2023 soldiers exchanged fire near the river crossing, the ministry said.", timex: "21 February 2023", when: feb21),
                    mention("daily-2", "A border clash was reported on Sunday, Feb. 19, 2023, according to local radio.", timex: "Sunday, Feb. 19, 2023", when: feb19),
                  ], dateConflict: true),
            Event(id: "e6", when: afterMay, title: "Envoy returns to the capital",
                  summary: "The envoy returned to the capital.", kind: "visit",
                  issues: ["diplomacy"], actors: ["envoy"], places: ["capital"],
                  issueEvidence: ["diplomacy": ["envoy"]],
                  mentions: [mention("daily-2", "After May 9, 2023 the envoy returned to the capital.", timex: "After May 9, 2023", when: afterMay)]),
            Event(id: "e7", when: earlyApril, title: "Talks between Northland and Southmark resume",
                  summary: "Envoys said talks would resume.", kind: "talks",
                  issues: ["diplomacy"], actors: ["Northland", "Southmark"], places: [],
                  issueEvidence: ["diplomacy": ["talks", "envoys"]],
                  mentions: [mention("wire-1", "Envoys from both sides said talks would resume in early April 2024.", timex: "early April 2024", when: earlyApril)]),
            Event(id: "e8", when: summit,
                  title: "Summit\u{1B}[31m opens\u{202E} in Seoul\u{202C} as 李明 and 김민준 meet\r\u{8}",
                  summary: "Leaders meet ❤️ 👍🏽 at the\u{00AD}summit.", kind: "summit",
                  issues: ["diplomacy"], actors: ["李明", "김민준"], places: ["Seoul"],
                  issueEvidence: ["diplomacy": ["summit"]],
                  mentions: [mention("asia-3", "Summit opens in Seoul on April 26, 2024 as 李明 and 김민준 meet.", timex: "April 26, 2024", when: summit)]),
            Event(id: "e9", when: .undated, title: "The river has long marked the frontier",
                  summary: "Background on the frontier.", kind: nil,
                  issues: ["border"], actors: [], places: ["river"],
                  issueEvidence: ["border": ["frontier"]],
                  mentions: [mention("daily-2", "The river has long marked the frontier between the two states.", timex: nil, when: nil)]),
        ]
    }

    static var timeline: Timeline {
        Timeline(documents: documents, issues: issues, events: events,
                 warnings: ["skipped empty.txt: no text", "repaired invalid UTF-8 in daily-2.txt"])
    }

    static func state(width: Int = 80, height: Int = 24, options: BrowserOptions = .init()) -> BrowserState {
        BrowserState(timeline: timeline, corpusName: "fixture", width: width, height: height, options: options)
    }

    /// Applies keys in order.
    static func press(_ state: BrowserState, _ keys: [Key]) -> BrowserState {
        keys.reduce(state) { reduce($0, $1) }
    }

    static func type(_ text: String) -> [Key] { text.map { Key.character($0) } }
}
