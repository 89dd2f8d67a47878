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

    /// One cluster's event, with the id of its first mention (`finish` makes ids unique). Pure and
    /// independent of other clusters, so a driver may build them in parallel.
    public func event(for cluster: [Int], candidates: [EventCandidate], context: Context) -> Event? {
        guard let only = cluster.first else { return nil }
        // One mention (most events): no lists to merge.
        if cluster.count == 1 { return event(only: only, candidates: candidates) }
        let order = context.order, offsets = context.offsets, precisions = context.precisions
        let members = cluster.sorted { (order[$0], offsets[$0]) < (order[$1], offsets[$1]) }
        guard let first = members.first else { return nil }
        let lead = members.min { precisions[$0] < precisions[$1] } ?? first
        var evidence: [String: [String]] = [:]
        for m in members {
            for (issue, words) in candidates[m].issueEvidence {
                var list = evidence.removeValue(forKey: issue) ?? []
                for w in words where !list.contains(w) { list.append(w) }
                evidence[issue] = list
            }
        }
        let spans = members.map { candidates[$0].when }
        return Event(
            id: "\(candidates[first].documentID)@\(candidates[first].mention.offset)",
            when: Self.combinedSpan(spans),
            title: candidates[lead].title,
            summary: candidates[lead].mention.sentence,
            kind: candidates[lead].kind,
            issues: issueOrder(evidence.keys),
            actors: members.flatMap { candidates[$0].actors }.distinctInOrder(),
            places: members.flatMap { candidates[$0].places }.distinctInOrder(),
            issueEvidence: evidence,
            quotes: members.flatMap { candidates[$0].quotes }.distinctInOrder(),
            mentions: Self.uniqueMentions(members.map { candidates[$0].mention }),
            dateConflict: Self.hasConflict(spans))
    }

    /// The event of a one-mention cluster: the candidate's own lists, without repeats.
    func event(only k: Int, candidates: [EventCandidate]) -> Event {
        var evidence = candidates[k].issueEvidence
        // Its evidence as it is, unless a list repeats a word.
        for (issue, words) in evidence where words.count > 1 {
            let distinct = words.distinctInOrder()
            if distinct.count != words.count { evidence[issue] = distinct }
        }
        let when = candidates[k].when
        return Event(
            id: "\(candidates[k].documentID)@\(candidates[k].mention.offset)",
            when: Self.combinedSpan(of: when),
            title: candidates[k].title,
            summary: candidates[k].mention.sentence,
            kind: candidates[k].kind,
            issues: issueOrder(evidence.keys),
            actors: candidates[k].actors.distinctInOrder(),
            places: candidates[k].places.distinctInOrder(),
            issueEvidence: evidence,
            quotes: candidates[k].quotes.distinctInOrder(),
            mentions: [candidates[k].mention],
            dateConflict: false)
    }

    /// Issue ids in taxonomy order, unknown ones after, by id. Each id is ranked once.
    func issueOrder(_ ids: Dictionary<String, [String]>.Keys) -> [String] {
        if ids.count < 2 { return Array(ids) }
        var ranked: [(rank: Int, id: String)] = []
        ranked.reserveCapacity(ids.count)
        // (An insertion sort: an event has a handful of issues.)
        for id in ids {
            let entry = (rank: issueRank(id), id: id)
            var k = ranked.count
            ranked.append(entry)
            while k > 0, (entry.rank, entry.id) < (ranked[k - 1].rank, ranked[k - 1].id) {
                ranked.swapAt(k, k - 1)
                k -= 1
            }
        }
        return ranked.map(\.id)
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

    /// The most precise interval every dated mention allows (they overlap, or the merger kept them apart).
    /// `combinedSpan([span])`, without the arrays.
    static func combinedSpan(of span: TimeSpan) -> TimeSpan {
        guard span.isDated else { return .undated }
        var result = span
        result.basis = nil
        return result
    }

    static func combinedSpan(_ spans: [TimeSpan]) -> TimeSpan {
        let dated = spans.filter(\.isDated)
        guard var result = dated.first else { return .undated }
        for span in dated.dropFirst() {
            if let joint = EventMerger.intersection(result, span) { result = joint }
        }
        // Granularity: that of the finest mention whose interval equals the result, else the finest.
        result.granularity = dated.first { $0.earliest == result.earliest && $0.latest == result.latest }?.granularity
            ?? dated.map(\.granularity).min() ?? result.granularity
        result.basis = nil
        return result
    }

    static func hasConflict(_ spans: [TimeSpan]) -> Bool {
        let dated = spans.filter(\.isDated)
        for i in dated.indices {
            for j in dated.indices where j > i && !dated[i].overlaps(dated[j]) { return true }
        }
        return false
    }

    /// The first mention of each (document, offset).
    static func uniqueMentions(_ mentions: [Mention]) -> [Mention] {
        if mentions.count <= 8 {
            var result: [Mention] = []
            for m in mentions where !result.contains(where: { $0.offset == m.offset && $0.document == m.document }) {
                result.append(m)
            }
            return result
        }
        var seen = Set<String>()
        return mentions.filter { seen.insert("\($0.document)@\($0.offset)").inserted }
    }
}
