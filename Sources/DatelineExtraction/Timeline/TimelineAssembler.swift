import DatelineModel

/// Turns merged candidate clusters into the finished, sorted timeline with stable ids.
public struct TimelineAssembler: Sendable {
    public var issues: [IssueLabel] {
        didSet { issueRanks = Self.rankTable(issues) }
    }
    /// Issue id bytes → position in `issues`, when every id is ASCII (else empty: ids are scanned).
    private var issueRanks: ByteKeyTable

    public init(issues: [IssueLabel]) {
        self.issues = issues
        issueRanks = Self.rankTable(issues)
    }

    static func rankTable(_ issues: [IssueLabel]) -> ByteKeyTable {
        var table = ByteKeyTable()
        // (Only when every id is ASCII do equal bytes mean equal ids, both ways.)
        guard issues.allSatisfy({ $0.id.utf8.allSatisfy { $0 < 0x80 } }) else { return table }
        for (rank, issue) in issues.enumerated() {
            let bytes = Array(issue.id.utf8)
            bytes.withUnsafeBufferPointer { key in
                let hash = WordHash.of(bytes: key)
                // The first position of a repeated id, as `firstIndex` finds it.
                if table.value(for: key, hash: hash) == nil { table.insert(key, hash: hash, value: Int32(rank)) }
            }
        }
        return table
    }

    /// - Parameters:
    ///   - documents: in corpus order (the order mentions are listed in).
    ///   - candidates: every candidate of every document.
    ///   - clusters: positions into `candidates`, as `EventMerger.clusters` returns them.
    public func assemble(documents: [Document], candidates: [EventCandidate], clusters: [[Int]],
                         warnings: [String] = []) -> Timeline {
        let context = Context(documents: documents, candidates: candidates)
        let events = clusters.compactMap { event(for: $0, candidates: candidates, context: context) }
        return finish(documents: documents, events: events, warnings: warnings)
    }

    /// What every cluster's event needs to know of the whole corpus, computed once.
    public struct Context: Sendable {
        // By index: a closure over the elements would copy each whole candidate.
        let order: [Int]
        let offsets: [Int]
        let precisions: [Int]

        public init(documents: [Document], candidates: [EventCandidate]) {
            let documentOrder = Dictionary(documents.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            // Candidates come document by document: look each document up once, not once per candidate.
            var order: [Int] = []
            order.reserveCapacity(candidates.count)
            var last: (id: String, order: Int)?
            for candidate in candidates {
                if last?.id != candidate.documentID {
                    last = (candidate.documentID, documentOrder[candidate.documentID] ?? .max)
                }
                order.append(last?.order ?? .max)
            }
            self.order = order
            offsets = candidates.map(\.mention.offset)
            precisions = candidates.map { TimelineAssembler.precision($0.when) }
        }
    }

    /// Position of an issue id in the taxonomy; unknown ids after all known ones.
    func issueRank(_ id: String) -> Int {
        if issueRanks.count > 0, let found = id.utf8.withContiguousStorageIfAvailable({ bytes -> Int32? in
            var hash = WordHash.seed
            for byte in bytes {
                if byte >= 0x80 { return nil }
                hash = WordHash.adding(byte, to: hash)
            }
            return issueRanks.value(for: bytes, hash: hash)
        }), let rank = found {
            return Int(rank)
        }
        // (Unknown or non-ASCII ids: a scan, comparing as Strings do.)
        return issues.firstIndex { $0.id == id } ?? .max
    }

    /// The timeline from events in cluster order: ids made unique in that order (a second event
    /// from the same sentence gets ".2"), then sorted chronologically.
    public func finish(documents: [Document], events: consuming [Event], warnings: [String] = []) -> Timeline {
        // (Consumed: renaming an id must not copy every event of a caller's array.)
        var events = events
        var usedIDs = Set<String>()
        usedIDs.reserveCapacity(events.count)
        for k in events.indices {
            let base = events[k].id
            var id = base
            var suffix = 2
            while !usedIDs.insert(id).inserted {
                id = "\(base).\(suffix)"
                suffix += 1
            }
            if id != base { events[k].id = id }
        }
        Self.sortChronologically(&events)
        return Timeline(documents: documents, issues: issues, events: events, warnings: warnings)
    }

    /// Sorts `events` by `chronological` in place: compares precomputed keys, then moves events
    /// along the permutation's cycles with swaps (no event is copied).
    static func sortChronologically(_ events: inout [Event]) {
        let order = chronologicalOrder(events)
        var placed = [Bool](repeating: false, count: events.count)
        // The buffer's swapAt moves memory; Array's copies both elements (retaining every field).
        events.withUnsafeMutableBufferPointer { buffer in
            for start in buffer.indices where !placed[start] {
                var j = start
                while true {
                    placed[j] = true
                    let source = order[j]
                    if source == start { break }
                    buffer.swapAt(j, source)
                    j = source
                }
            }
        }
    }

    /// Positions of `events` in `chronological` order, comparing precomputed keys.
    static func chronologicalOrder(_ events: [Event]) -> [Int] {
        struct Key {
            var dated: Bool
            var earliest: Int
            var latest: Int
        }
        let keys = events.map { e in
            Key(dated: e.when.isDated, earliest: e.when.earliest?.dayNumber ?? .min, latest: e.when.latest?.dayNumber ?? .max)
        }
        let order = events.indices.sorted { i, j in
            let a = keys[i], b = keys[j]
            if a.dated != b.dated { return a.dated }
            if (a.earliest, a.latest) != (b.earliest, b.latest) { return (a.earliest, a.latest) < (b.earliest, b.latest) }
            return events[i].id < events[j].id
        }
        return order
    }

    /// Dated events by (earliest, latest), then undated context; ties by id so output is stable.
    static func chronological(_ a: Event, _ b: Event) -> Bool {
        switch (a.when.isDated, b.when.isDated) {
        case (true, false): return true
        case (false, true): return false
        default:
            let ka = (a.when.earliest?.dayNumber ?? .min, a.when.latest?.dayNumber ?? .max)
            let kb = (b.when.earliest?.dayNumber ?? .min, b.when.latest?.dayNumber ?? .max)
            if ka != kb { return ka < kb }
            return a.id < b.id
        }
    }

    /// Smaller is more precise: width in days, undated last.
    static func precision(_ span: TimeSpan) -> Int {
        guard span.isDated else { return .max }
        return span.width ?? (.max - 1)
    }
}
