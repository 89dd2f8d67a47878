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
    /// Buckets this small are always paired: in a handful of articles on one story, every shared
    /// word is "common", yet comparing them all costs nothing.
    static let minimumBucket = 8

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
        let pairs = scoredPairs(signatures)

        // A cluster is named by its smallest member; its members are a linked list (`next`), and
        // its documents an array only once it has merged (a single candidate's is its own).
        let n = candidates.count
        var clusterOf = Array(0..<n)
        var next = [Int](repeating: -1, count: n), last = Array(0..<n)
        // Each cluster's days as day numbers (open bounds as Int.min/Int.max): what `intersection`
        // of the members' spans allows, with no TimeSpan copied. (Only dated candidates pair.)
        var lower = signatures.facts.map(\.lowerDay), upper = signatures.facts.map(\.upperDay)
        // Sorted document numbers per merged cluster (usually one or two).
        var merged = [[Int32]?](repeating: nil, count: n)
        for pair in pairs {
            let a = clusterOf[pair.first], b = clusterOf[pair.second]
            guard a != b, lower[a] <= upper[b], lower[b] <= upper[a] else { continue }
            let documentsA = merged[a] ?? [signatures.facts[a].document], documentsB = merged[b] ?? [signatures.facts[b].document]
            let sameDocument = documentsA.contains { documentsB.contains($0) }
            if sameDocument && pair.score < sameDocumentThreshold { continue }
            let (keep, drop) = a < b ? (a, b) : (b, a)
            var m = drop
            while m >= 0 {
                clusterOf[m] = keep
                m = next[m]
            }
            next[last[keep]] = drop
            last[keep] = last[drop]
            var documents = keep == a ? documentsA : documentsB
            for d in (keep == a ? documentsB : documentsA) where !documents.contains(d) { documents.append(d) }
            merged[keep] = documents
            merged[drop] = nil
            (lower[keep], upper[keep]) = (max(lower[a], lower[b]), min(upper[a], upper[b]))
        }
        var clusters: [[Int]] = []
        clusters.reserveCapacity(n)
        for c in 0..<n where clusterOf[c] == c {
            guard next[c] >= 0 else {
                clusters.append([c])
                continue
            }
            var members: [Int] = []
            var m = c
            while m >= 0 {
                members.append(m)
                m = next[m]
            }
            clusters.append(members.sorted())
        }
        return clusters
    }

    /// "Friday's meeting ran for an hour" after "X and Y met on Friday": in one article, the same
    /// kind of event on the same exact day, one of them naming nobody or dated by a possessive
    /// ("condemned Friday's strikes"), is a back-reference.
    static func isBackReference(_ i: Int, _ j: Int, _ s: Signatures) -> Bool {
        let a = s.facts[i], b = s.facts[j]
        guard a.document == b.document, a.kind >= 0, a.kind == b.kind, a.flags.contains(.isOneDay),
              s.when[i] == s.when[j] else { return false }
        return a.hasActors != b.hasActors || a.flags.contains(.refersBack) != b.flags.contains(.refersBack)
    }

    /// Two articles' mentions whose sentences name topics, none in common ("the Ukraine Facility" vs
    /// "a naval mission to the Red Sea"), tell different events whatever words they share.
    static func differInTopic(_ a: Signatures.Facts, _ b: Signatures.Facts) -> Bool {
        a.topics != 0 && b.topics != 0 && a.topics & b.topics == 0
    }

    /// Two mentions in one article that cannot be one event: two dates in one sentence, or two
    /// different day-precise dates (an article repeats an event vaguely, not with another exact day).
    static func distinctInOneDocument(_ i: Int, _ j: Int, _ s: Signatures) -> Bool {
        guard s.facts[i].document == s.facts[j].document else { return false }
        if s.offset[i] == s.offset[j] { return true }
        return s.facts[i].flags.contains(.isDay) && s.facts[j].flags.contains(.isDay) && s.when[i] != s.when[j]
    }

    /// How alike two mentions are, 0…1: who acts (people and bodies, not countries, which a whole
    /// corpus shares), what happens (trigger class) and what the sentences talk about (IDF-weighted
    /// words and places). Named people on both sides with none in common halve the score: the same
    /// kind of thing done by different people is a different event.
    static func score(_ i: Int, _ j: Int, _ signatures: Signatures) -> Double {
        signatures.actorList.withUnsafeBufferPointer { actors in
            score(signatures.facts[i], signatures.facts[j], words: similarity(i, j, signatures), actors: actors)
        }
    }

    /// `score` of two candidates' facts given their `similarity`; `actors` is `Signatures.actorList`.
    @inline(__always)
    static func score(_ a: Signatures.Facts, _ b: Signatures.Facts, words: Double, actors: UnsafeBufferPointer<Int32>) -> Double {
        let kind: Double = a.kind >= 0
            && (a.kind == b.kind || a.flags.contains(.isUnspecific) || b.flags.contains(.isUnspecific)) ? 1 : 0
        let x = a.actors, y = b.actors
        guard !x.isEmpty, !y.isEmpty else { return 0.75 * words + 0.25 * kind }
        let shared = Double(sharedCount(actors, x, y)) / Double(min(x.count, y.count))
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
    /// side's weight. Shared weights are summed in token order (and each side's total was), so the
    /// result never varies. Walks the two sorted lists once; no allocation.
    static func similarity(_ i: Int, _ j: Int, _ signatures: Signatures) -> Double {
        let a = signatures.facts[i], b = signatures.facts[j]
        let smaller = min(a.wordWeight, b.wordWeight)
        guard smaller > 0 else { return 0 }
        let list = signatures.wordList, weights = signatures.wordWeights
        var x = a.words.lowerBound, y = b.words.lowerBound
        let endX = a.words.upperBound, endY = b.words.upperBound
        var shared = 0.0
        while x < endX && y < endY {
            let ta = list[x], tb = list[y]
            if ta == tb {
                shared += weights[x]
                x += 1
                y += 1
            } else if ta < tb {
                x += 1
            } else {
                y += 1
            }
        }
        return shared / smaller
    }

    static func countsAsWord(_ category: Signatures.Category) -> Bool { category == .word || category == .place }

    /// Size of the intersection of two sorted ranges of `list`.
    @inline(__always)
    static func sharedCount(_ list: UnsafeBufferPointer<Int32>, _ a: Range<Int>, _ b: Range<Int>) -> Int {
        var x = a.lowerBound, y = b.lowerBound, count = 0
        while x < a.upperBound && y < b.upperBound {
            if list[x] == list[y] { count += 1; x += 1; y += 1 } else if list[x] < list[y] { x += 1 } else { y += 1 }
        }
        return count
    }

    /// The years of every dated candidate as `year << 32 | candidate` (the year truncated to 32
    /// bits), ordered by year, then candidate: a counting sort when the years span a sane range.
    static func candidateYears(_ years: [ClosedRange<Int>?]) -> [UInt64] {
        var packed: [UInt64] = []
        var lowest = Int.max, highest = Int.min
        for (i, y) in years.enumerated() {
            guard let y else { continue }
            lowest = min(lowest, y.lowerBound)
            highest = max(highest, y.upperBound)
            for year in y { packed.append(UInt64(UInt32(truncatingIfNeeded: year)) << 32 | UInt64(UInt32(truncatingIfNeeded: i))) }
        }
        let range = highest.subtractingReportingOverflow(lowest)
        guard !packed.isEmpty, !range.overflow, range.partialValue < 1 << 16 else { packed.sort(); return packed }
        var start = [Int](repeating: 0, count: highest - lowest + 2)
        for y in years {
            guard let y else { continue }
            for year in y { start[year - lowest + 1] += 1 }
        }
        for k in 1..<start.count { start[k] += start[k - 1] }
        var out = [UInt64](repeating: 0, count: packed.count)
        // (Candidates in order, so the sort keeps that order within a year.)
        var p = 0
        for y in years {
            guard let y else { continue }
            for year in y {
                out[start[year - lowest]] = packed[p]
                start[year - lowest] += 1
                p += 1
            }
        }
        return out
    }

    /// Years an interval touches, capped so that vague spans do not flood the index.
    static func years(of span: TimeSpan) -> ClosedRange<Int>? {
        guard let e = span.earliest ?? span.latest, let l = span.latest ?? span.earliest else { return nil }
        let first = e.year, last = min(l.year, first + 2)
        return first...max(first, last)
    }

    /// The days both spans allow, with the finer granularity; nil when they do not overlap.
    static func intersection(_ a: TimeSpan, _ b: TimeSpan) -> TimeSpan? {
        guard a.overlaps(b) else { return nil }
        // (The later of the known lower bounds, the earlier of the known upper ones; no arrays.)
        let earliest = a.earliest.map { e in b.earliest.map { max(e, $0) } ?? e } ?? b.earliest
        let latest = a.latest.map { l in b.latest.map { min(l, $0) } ?? l } ?? b.latest
        return TimeSpan(earliest: earliest, latest: latest, granularity: min(a.granularity, b.granularity))
    }
}
