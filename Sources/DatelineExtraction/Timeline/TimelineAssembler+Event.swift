import DatelineModel

extension TimelineAssembler {
    /// One cluster's event, with the id of its first mention (`finish` makes ids unique). Pure and
    /// independent of other clusters, so a driver may build them in parallel.
    ///
    /// Cost: one pass over the members per list (evidence, actors, places, quotes, mentions, dates),
    /// each built in place: no intermediate arrays of the members' lists or spans.
    public func event(for cluster: [Int], candidates: [EventCandidate], context: Context) -> Event? {
        guard let only = cluster.first else { return nil }
        // One mention (most events): no lists to merge.
        if cluster.count == 1 { return event(only: only, candidates: candidates) }
        let members = Self.inMentionOrder(cluster, context)
        let first = members[0]
        // The most precise member (the first of them) gives title, summary and kind.
        var lead = first
        for m in members where context.precisions[m] < context.precisions[lead] { lead = m }
        // Evidence per issue, in order of first appearance; words in member order, without repeats.
        var issueIDs: [String] = [], issueWords: [[String]] = []
        for m in members {
            for (issue, words) in candidates[m].issueEvidence {
                if let k = issueIDs.firstIndex(of: issue) {
                    for w in words where !issueWords[k].contains(w) { issueWords[k].append(w) }
                } else {
                    issueIDs.append(issue)
                    issueWords.append(words.distinctInOrder())
                }
            }
        }
        var evidence = [String: [String]](minimumCapacity: issueIDs.count)
        for k in issueIDs.indices { evidence[issueIDs[k]] = issueWords[k] }
        let dates = Self.combinedSpan(members, candidates)
        return Event(
            id: Self.mentionID(candidates[first].documentID, candidates[first].mention.offset),
            when: dates.span,
            title: candidates[lead].title,
            summary: candidates[lead].mention.sentence,
            kind: candidates[lead].kind,
            issues: issueOrder(issueIDs),
            actors: Self.distinctUnion(members) { candidates[$0].actors },
            places: Self.distinctUnion(members) { candidates[$0].places },
            issueEvidence: evidence,
            quotes: Self.distinctUnion(members) { candidates[$0].quotes },
            mentions: Self.uniqueMentions(members, candidates),
            dateConflict: dates.conflict)
    }

    /// The event of a one-mention cluster: the candidate's own lists, without repeats.
    func event(only k: Int, candidates: [EventCandidate]) -> Event {
        var evidence = candidates[k].issueEvidence
        // Its evidence as it is, unless a list repeats a word.
        for (issue, words) in evidence where words.count > 1 {
            let distinct = words.distinctInOrder()
            if distinct.count != words.count { evidence[issue] = distinct }
        }
        return Event(
            id: Self.mentionID(candidates[k].documentID, candidates[k].mention.offset),
            when: Self.combinedSpan(of: candidates[k].when),
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
    func issueOrder<IDs: Collection<String>>(_ ids: IDs) -> [String] {
        // (One issue or none, the usual case: no generic copy of the keys.)
        guard ids.count > 1 else { return ids.first.map { [$0] } ?? [] }
        var ordered = Array(ids)
        // (An insertion sort on (rank, id), ranks on the stack: an event has a handful of issues.)
        ordered.withUnsafeMutableBufferPointer { ids in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: ids.count) { ranks in
                for k in ids.indices {
                    let id = ids[k], rank = issueRank(id)
                    var j = k
                    while j > 0, (rank, id) < (ranks[j - 1], ids[j - 1]) {
                        ids[j] = ids[j - 1]
                        ranks[j] = ranks[j - 1]
                        j -= 1
                    }
                    ids[j] = id
                    ranks[j] = rank
                }
            }
        }
        return ordered
    }

    /// The cluster's members in mention order: by document (corpus order), then offset; ties in
    /// position order (a stable sort).
    static func inMentionOrder(_ cluster: [Int], _ context: Context) -> [Int] {
        let order = context.order, offsets = context.offsets
        guard cluster.count <= 16 else { return cluster.sorted { (order[$0], offsets[$0]) < (order[$1], offsets[$1]) } }
        var members = cluster
        for k in 1..<members.count {
            let m = members[k]
            var j = k
            while j > 0, (order[m], offsets[m]) < (order[members[j - 1]], offsets[members[j - 1]]) {
                members[j] = members[j - 1]
                j -= 1
            }
            members[j] = m
        }
        return members
    }

    /// The members' lists joined without repeats, first occurrences in order (what
    /// `flatMap(list).distinctInOrder()` gives), without the joined copy for short lists.
    static func distinctUnion<T: Hashable>(_ members: [Int], _ list: (Int) -> [T]) -> [T] {
        var out: [T] = []
        for m in members {
            let items = list(m)
            // (Long lists: hashing beats the quadratic scan.)
            guard out.count + items.count <= 32 else { return members.flatMap(list).distinctInOrder() }
            for item in items where !out.contains(item) { out.append(item) }
        }
        return out
    }

    /// The first mention of each (document, offset), in member order.
    static func uniqueMentions(_ members: [Int], _ candidates: [EventCandidate]) -> [Mention] {
        guard members.count <= 32 else { return uniqueMentions(members.map { candidates[$0].mention }) }
        var result: [Mention] = []
        result.reserveCapacity(members.count)
        for m in members {
            let offset = candidates[m].mention.offset
            if result.contains(where: { $0.offset == offset && $0.document == candidates[m].mention.document }) { continue }
            result.append(candidates[m].mention)
        }
        return result
    }

    /// The first mention of each (document, offset).
    static func uniqueMentions(_ mentions: [Mention]) -> [Mention] {
        var seen = Set<String>()
        return mentions.filter { seen.insert("\($0.document)@\($0.offset)").inserted }
    }

    /// The most precise interval every dated member allows (they overlap, or the merger kept them
    /// apart), and whether two dated members do not overlap. Reads the members' dates in place.
    static func combinedSpan(_ members: [Int], _ candidates: [EventCandidate]) -> (span: TimeSpan, conflict: Bool) {
        var result = TimeSpan.undated
        var found = false
        var finest = Granularity.undated
        // The latest lower and earliest upper bound as day numbers: when the one is not after the
        // other, every two dated members overlap.
        var latestLower = Int.min, earliestUpper = Int.max
        for m in members where candidates[m].when.isDated {
            let earliest = candidates[m].when.earliest, latest = candidates[m].when.latest
            let granularity = candidates[m].when.granularity
            latestLower = max(latestLower, earliest?.dayNumber ?? .min)
            earliestUpper = min(earliestUpper, latest?.dayNumber ?? .max)
            guard found else {
                result = TimeSpan(earliest: earliest, latest: latest, granularity: granularity)
                finest = granularity
                found = true
                continue
            }
            finest = min(finest, granularity)
            // `EventMerger.intersection(result, span)`, kept when the two overlap.
            let lo = result.earliest?.dayNumber ?? .min, hi = result.latest?.dayNumber ?? .max
            guard lo <= (latest?.dayNumber ?? .max), (earliest?.dayNumber ?? .min) <= hi else { continue }
            result = TimeSpan(earliest: result.earliest.map { e in earliest.map { max(e, $0) } ?? e } ?? earliest,
                              latest: result.latest.map { l in latest.map { min(l, $0) } ?? l } ?? latest,
                              granularity: min(result.granularity, granularity))
        }
        guard found else { return (.undated, false) }
        // Granularity: that of the first mention whose interval equals the result, else the finest.
        result.granularity = finest
        for m in members where candidates[m].when.isDated
            && candidates[m].when.earliest == result.earliest && candidates[m].when.latest == result.latest {
            result.granularity = candidates[m].when.granularity
            break
        }
        return (result, latestLower > earliestUpper && hasConflict(members, candidates))
    }

    /// Whether two dated members' dates do not overlap (pair by pair).
    static func hasConflict(_ members: [Int], _ candidates: [EventCandidate]) -> Bool {
        let dated = members.filter { candidates[$0].when.isDated }
        for i in dated.indices {
            for j in dated.indices where j > i && !candidates[dated[i]].when.overlaps(candidates[dated[j]].when) { return true }
        }
        return false
    }

    /// "document@offset", the id of an event first told at `offset` of `document`: its bytes
    /// written once, without the string interpolation machinery.
    static func mentionID(_ document: String, _ offset: Int) -> String {
        guard offset >= 0 else { return "\(document)@\(offset)" }
        var digits = 1
        var rest = offset
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        let count = document.utf8.count + 1 + digits
        return String(unsafeUninitializedCapacity: count) { buffer in
            // (A native string's bytes are copied at once; only a bridged one is walked.)
            var i = document.utf8.withContiguousStorageIfAvailable { bytes in
                UnsafeMutableBufferPointer(rebasing: buffer[..<bytes.count]).update(fromContentsOf: bytes)
            } ?? 0
            if i == 0 {
                for byte in document.utf8 {
                    buffer[i] = byte
                    i += 1
                }
            }
            buffer[i] = UInt8(ascii: "@")
            var value = offset
            for k in stride(from: i + digits, to: i, by: -1) {
                buffer[k] = UInt8(truncatingIfNeeded: 48 + value % 10)
                value /= 10
            }
            return count
        }
    }

    /// `combinedSpan` of a single mention's date.
    static func combinedSpan(of span: TimeSpan) -> TimeSpan {
        guard span.isDated else { return .undated }
        var result = span
        result.basis = nil
        return result
    }
}
