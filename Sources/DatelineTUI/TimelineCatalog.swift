import DatelineModel
import Synchronization

/// Per-timeline lookup tables the browser shares between states (a reference, so copying a
/// `BrowserState` never copies them).
///
/// Built once in O(n + g log g + text) for n events in g month groups (the search signatures read
/// every event's text once); search haystacks are filled lazily.
final class TimelineCatalog: Sendable {
    /// Sorted distinct group keys (see `GroupKey`).
    let keys: [Int]
    /// For each event position, the index of its key in `keys`.
    let rankOf: [Int32]
    /// Every event in display order, grouped.
    let all: VisibleList
    private let haystacks: Mutex<[[UInt8]?]>
    /// For each event position, the Bloom signature of its search text (built with the catalog).
    let signatures: SearchSignatures
    /// The last match count: (query, visible-list generation, count).
    let lastMatchCount = Mutex<(query: String, generation: Int, count: Int)?>(nil)

    /// Position of each document by id (the first, if ids repeat).
    let documentPositions: [String: Int]

    init(events: [Event], documents: [Document]) {
        var documentPositions: [String: Int] = [:]
        for (position, document) in documents.enumerated() where documentPositions[document.id] == nil {
            documentPositions[document.id] = position
        }
        self.documentPositions = documentPositions
        var counts: [Int: Int] = [:]
        var keyOf = [Int](repeating: 0, count: events.count)
        for (position, event) in events.enumerated() {
            let key = GroupKey.of(event.when)
            keyOf[position] = key
            counts[key, default: 0] += 1
        }
        let keys = counts.keys.sorted()
        var rankOfKey: [Int: Int32] = [:]
        for (rank, key) in keys.enumerated() { rankOfKey[key] = Int32(rank) }
        let rankOf = keyOf.map { rankOfKey[$0] ?? 0 }
        self.keys = keys
        self.rankOf = rankOf
        self.all = VisibleList(positions: Array(events.indices), rankOf: rankOf, keys: keys)
        self.haystacks = Mutex(Array(repeating: nil, count: events.count))
        self.signatures = SearchSignatures(count: events.count) { position in
            let event = events[position]
            return [event.title, event.summary] + event.actors + event.places
        }
    }

    /// Calls `body` with the lowercased search text of events, building missing ones from `events`.
    /// `body` returns false to stop. Cost: O(text) for each event seen the first time, then O(1).
    func withHaystacks<R>(events: [Event], _ body: (_ haystack: (Int) -> [UInt8]) -> R) -> R {
        haystacks.withLock { table in
            body { position in
                if let cached = table[position] { return cached }
                let built = Self.haystack(events[position])
                table[position] = built
                return built
            }
        }
    }

    /// How many haystacks exist so far (tests use it to check that search stops early). O(n).
    var builtHaystacks: Int { haystacks.withLock { $0.reduce(0) { $0 + ($1 == nil ? 0 : 1) } } }

    /// Title, summary, actors and places, ASCII-lowercased, separated by newlines.
    static func haystack(_ event: Event) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(event.title.utf8.count + event.summary.utf8.count + 32)
        for part in [event.title, event.summary] + event.actors + event.places {
            bytes.append(0x0A)
            for byte in part.utf8 { bytes.append(lowercased(byte)) }
        }
        return bytes
    }

    @inline(__always) static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}

/// Where an event is listed: a month of a year, the year itself (coarser than a month), or undated.
///
/// Encoded as one Int that sorts in display order: `year * 13 + month`, with month 0 for events
/// known only to the year, season or quarter (they come before the year's months).
enum GroupKey {
    static let undated = Int.max

    static func of(_ span: TimeSpan) -> Int {
        guard let anchor = span.earliest ?? span.latest else { return undated }
        let monthly = span.granularity <= .month && span.earliest != nil
        return anchor.year * 13 + (monthly ? anchor.month : 0)
    }

    static func year(_ key: Int) -> Int { floorDiv(key, 13) }
    static func month(_ key: Int) -> Int { key - floorDiv(key, 13) * 13 }

    private static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : (a - b + 1) / b }
}
