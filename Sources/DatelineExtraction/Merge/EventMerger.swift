import DatelineModel
import Foundation

/// Groups candidates that tell the same real event, within and across articles.
///
/// Two candidates are compared only when they share a distinctive signature token (a content word,
/// actor, place or trigger class) in a common year: an inverted index, never all pairs. A pair is
/// linked when their dates overlap and their IDF-weighted signature overlap passes `threshold`.
/// Clusters grow greedily from the best pair down and never take in a date that is incompatible
/// with the cluster, so two different meetings in one month stay apart when their people differ.
///
/// - Complexity: O(n · t · b) to index (t tokens, b year buckets per candidate, both small), plus the
///   pairs that share a bucket; tokens common to many candidates are not indexed.
public struct EventMerger: Sendable {
    /// Minimum weighted overlap for two mentions in different articles.
    public var threshold: Double
    /// Minimum weighted overlap for two mentions in the same article (repeated mentions).
    public var sameDocumentThreshold: Double
    /// Tokens carried by more than this share of candidates are too common to index.
    public var maxTokenShare: Double
    /// Buckets larger than this are never paired, whatever the corpus size (bounds the work per token).
    public var maxBucket = 48

    public init(threshold: Double = 0.4, sameDocumentThreshold: Double = 0.65, maxTokenShare: Double = 0.08) {
        self.threshold = threshold
        self.sameDocumentThreshold = sameDocumentThreshold
        self.maxTokenShare = maxTokenShare
    }

    /// Clusters of candidate positions; every candidate is in exactly one cluster, clusters are in
    /// order of their first member, members ascending.
    ///
    /// Deterministic: scores are summed in a fixed token order, so equal inputs give equal clusters
    /// in every process (Swift's per-process hash seed must not reach the floating-point sums).
    public func clusters(_ candidates: [EventCandidate]) -> [[Int]] {
        let signatures = Signatures(candidates)
        let pairs = scoredPairs(candidates, signatures)

        var clusterOf = Array(candidates.indices)
        var members = candidates.indices.map { [$0] }
        var spans = signatures.when
        // Sorted document numbers per cluster (usually one or two).
        var documents = signatures.document.map { [$0] }

        for pair in pairs {
            let a = clusterOf[pair.first], b = clusterOf[pair.second]
            guard a != b, let joint = Self.intersection(spans[a], spans[b]) else { continue }
            let sameDocument = documents[a].contains { documents[b].contains($0) }
            if sameDocument && pair.score < sameDocumentThreshold { continue }
            let (keep, drop) = a < b ? (a, b) : (b, a)
            for m in members[drop] { clusterOf[m] = keep }
            members[keep] += members[drop]
            members[drop] = []
            for d in documents[drop] where !documents[keep].contains(d) { documents[keep].append(d) }
            documents[drop] = []
            spans[keep] = joint
        }
        return members.filter { !$0.isEmpty }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    struct Pair { var first: Int; var second: Int; var score: Double }

    func scoredPairs(_ candidates: [EventCandidate], _ signatures: Signatures) -> [Pair] {
        // A token shared by very many candidates says little about identity and would make the
        // pair count quadratic: such buckets are skipped.
        let limit = min(maxBucket, max(2, Int(Double(candidates.count) * maxTokenShare)))
        // Buckets of (token, year) as runs of one sorted array: no dictionary of arrays to grow.
        var entries: [(key: UInt64, candidate: Int)] = []
        for i in candidates.indices where signatures.when[i].isDated {
            let years = Self.years(of: signatures.when[i])
            // A token no other candidate carries cannot pair (every weight is positive).
            for token in signatures.tokens[i] where signatures.frequency[Int(token)] > 1 {
                for year in years {
                    entries.append((UInt64(UInt32(bitPattern: token)) << 32 | UInt64(UInt32(truncatingIfNeeded: year)), i))
                }
            }
        }
        // (Swift's sort is stable: each run keeps its candidates ascending, as appended.)
        entries.sort { $0.key < $1.key }
        // Every pair that shares a bucket, once (a pair shares many), as i << 32 | j with i < j.
        var shared: [UInt64] = []
        var runStart = 0
        while runStart < entries.count {
            var runEnd = runStart + 1
            while runEnd < entries.count, entries[runEnd].key == entries[runStart].key { runEnd += 1 }
            if runEnd - runStart > 1, runEnd - runStart <= limit {
                for x in runStart..<runEnd {
                    for y in (x + 1)..<runEnd {
                        shared.append(UInt64(entries[x].candidate) << 32 | UInt64(entries[y].candidate))
                    }
                }
            }
            runStart = runEnd
        }
        shared.sort()
        var pairs: [Pair] = []
        var previous: UInt64?
        for pair in shared where pair != previous {
            previous = pair
            let i = Int(pair >> 32), j = Int(pair & 0xFFFF_FFFF)
            guard signatures.when[i].overlaps(signatures.when[j]),
                  !Self.distinctInOneDocument(i, j, signatures) else { continue }
            var score = Self.score(i, j, signatures)
            if Self.isBackReference(i, j, signatures) { score = max(score, sameDocumentThreshold) }
            let sameDocument = signatures.document[i] == signatures.document[j]
            if !sameDocument, Self.differInTopic(i, j, signatures) { continue }
            // A date known only within a span far wider than its expression names (a "this
            // week" under a year-wide publication range) cannot vouch for identity.
            let vague = signatures.isVague[i] || signatures.isVague[j]
            if score >= (sameDocument || vague ? sameDocumentThreshold : threshold) {
                pairs.append(Pair(first: i, second: j, score: score))
            }
        }
        return pairs.sorted { ($0.score, $1.first, $1.second) > ($1.score, $0.first, $0.second) }
    }

    /// "Friday's meeting ran for an hour" after "X and Y met on Friday": in one article, the same
    /// kind of event on the same exact day, one of them naming nobody or dated by a possessive
    /// ("condemned Friday's strikes"), is a back-reference.
    static func isBackReference(_ i: Int, _ j: Int, _ s: Signatures) -> Bool {
        guard s.document[i] == s.document[j], s.kind[i] >= 0, s.kind[i] == s.kind[j],
              s.when[i].granularity == .day, s.when[i].width == 1, s.when[i] == s.when[j] else { return false }
        return s.actorsNotPlaces[i].isEmpty != s.actorsNotPlaces[j].isEmpty || s.refersBack[i] != s.refersBack[j]
    }

    /// Two articles' mentions whose sentences name topics, none in common ("the Ukraine Facility" vs
    /// "a naval mission to the Red Sea"), tell different events whatever words they share.
    static func differInTopic(_ i: Int, _ j: Int, _ s: Signatures) -> Bool {
        s.topics[i] != 0 && s.topics[j] != 0 && s.topics[i] & s.topics[j] == 0
    }

    /// Two mentions in one article that cannot be one event: two dates in one sentence, or two
    /// different day-precise dates (an article repeats an event vaguely, not with another exact day).
    static func distinctInOneDocument(_ i: Int, _ j: Int, _ s: Signatures) -> Bool {
        guard s.document[i] == s.document[j] else { return false }
        if s.offset[i] == s.offset[j] { return true }
        return s.when[i].granularity == .day && s.when[j].granularity == .day && s.when[i] != s.when[j]
    }

    /// How alike two mentions are, 0…1: who acts (people and bodies, not countries, which a whole
    /// corpus shares), what happens (trigger class) and what the sentences talk about (IDF-weighted
    /// words and places). Named people on both sides with none in common halve the score: the same
    /// kind of thing done by different people is a different event.
    static func score(_ i: Int, _ j: Int, _ signatures: Signatures) -> Double {
        let words = similarity(signatures.tokens[i], signatures.tokens[j], signatures)
        let kind: Double = signatures.kind[i] >= 0
            && (signatures.kind[i] == signatures.kind[j] || signatures.isUnspecific[i] || signatures.isUnspecific[j]) ? 1 : 0
        let actorsA = signatures.actorsNotPlaces[i], actorsB = signatures.actorsNotPlaces[j]
        guard !actorsA.isEmpty, !actorsB.isEmpty else { return 0.75 * words + 0.25 * kind }
        let shared = Double(sharedCount(actorsA, actorsB)) / Double(min(actorsA.count, actorsB.count))
        let combined = 0.4 * shared + 0.4 * words + 0.2 * kind
        return shared == 0 ? combined * 0.5 : combined
    }

    /// An event noun that names no kind of happening ("the incident", "the standoff") agrees with
    /// any kind: a later article calls it by what happened.
    static func isUnspecific(_ kind: String?) -> Bool { kind == "incident" }

    /// Actors say more about identity than words; a trigger class says less.
    static func kindWeight(_ category: Signatures.Category) -> Double {
        switch category {
        case .actor: return 1.5
        case .kind: return 0.5
        case .word, .place: return 1
        }
    }

    /// Weighted overlap coefficient of the word and place tokens: shared weight over the smaller
    /// side's weight. Both lists sorted; summed in token order, so the result never varies.
    static func similarity(_ a: [Int32], _ b: [Int32], _ signatures: Signatures) -> Double {
        var shared = 0.0, weightA = 0.0, weightB = 0.0
        var x = 0, y = 0
        while x < a.count || y < b.count {
            let ta = x < a.count ? a[x] : .max, tb = y < b.count ? b[y] : .max
            if ta <= tb {
                if Self.countsAsWord(signatures.category[Int(ta)]) {
                    let w = signatures.idf[Int(ta)]
                    weightA += w
                    if ta == tb { shared += w }
                }
                x += 1
            }
            if tb <= ta {
                if Self.countsAsWord(signatures.category[Int(tb)]) { weightB += signatures.idf[Int(tb)] }
                y += 1
            }
        }
        let smaller = min(weightA, weightB)
        return smaller > 0 ? shared / smaller : 0
    }

    static func countsAsWord(_ category: Signatures.Category) -> Bool { category == .word || category == .place }

    /// Size of the intersection of two sorted lists.
    static func sharedCount(_ a: [Int32], _ b: [Int32]) -> Int {
        var x = 0, y = 0, count = 0
        while x < a.count && y < b.count {
            if a[x] == b[y] { count += 1; x += 1; y += 1 } else if a[x] < b[y] { x += 1 } else { y += 1 }
        }
        return count
    }

    /// Years an interval touches, capped so that vague spans do not flood the index.
    static func years(of span: TimeSpan) -> [Int] {
        guard let e = span.earliest ?? span.latest, let l = span.latest ?? span.earliest else { return [] }
        let first = e.year, last = min(l.year, e.year + 2)
        return Array(first...max(first, last))
    }

    /// The days both spans allow, with the finer granularity; nil when they do not overlap.
    static func intersection(_ a: TimeSpan, _ b: TimeSpan) -> TimeSpan? {
        guard a.overlaps(b) else { return nil }
        let earliest = [a.earliest, b.earliest].compactMap { $0 }.max()
        let latest = [a.latest, b.latest].compactMap { $0 }.min()
        return TimeSpan(earliest: earliest, latest: latest, granularity: min(a.granularity, b.granularity))
    }
}
