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
        let pairs = scoredPairs(candidates, signatures)

        // A cluster is named by its smallest member; its members are a linked list (`next`), and
        // its documents an array only once it has merged (a single candidate's is its own).
        let n = candidates.count
        var clusterOf = Array(0..<n)
        var next = [Int](repeating: -1, count: n), last = Array(0..<n)
        var spans = signatures.when
        // Sorted document numbers per merged cluster (usually one or two).
        var merged = [[Int]?](repeating: nil, count: n)
        for pair in pairs {
            let a = clusterOf[pair.first], b = clusterOf[pair.second]
            guard a != b, let joint = Self.intersection(spans[a], spans[b]) else { continue }
            let documentsA = merged[a] ?? [signatures.document[a]], documentsB = merged[b] ?? [signatures.document[b]]
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
            spans[keep] = joint
        }
        var clusters: [[Int]] = []
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

    struct Pair { var first: Int; var second: Int; var score: Double }

    func scoredPairs(_ candidates: [EventCandidate], _ signatures: Signatures) -> [Pair] {
        let n = signatures.count
        // A token shared by very many candidates says little about identity and would make the
        // pair count quadratic: such buckets are skipped.
        let limit = min(maxBucket, max(Self.minimumBucket, Int(Double(n) * maxTokenShare)))
        // Buckets of (token, year) as runs of one array: a counting sort by token (token numbers
        // are dense), filled in order of (year, candidate) so that each token's entries come grouped
        // by year. Each entry packs its year (as the bucket key always had it, truncated to 32 bits)
        // and its candidate.
        let tokenCount = signatures.category.count
        let years = (0..<n).map { signatures.isDated[$0] ? Self.years(of: signatures.when[$0]) : nil }
        let dated = Self.candidateYears(years)
        var bucketStart = [Int](repeating: 0, count: tokenCount + 1)
        for i in 0..<n {
            guard let y = years[i] else { continue }
            // A token no other candidate carries cannot pair (every weight is positive).
            for x in signatures.tokenStart[i]..<signatures.tokenStart[i + 1] {
                let token = Int(signatures.tokenList[x])
                if signatures.frequency[token] > 1 { bucketStart[token + 1] += y.count }
            }
        }
        for t in 0..<tokenCount { bucketStart[t + 1] += bucketStart[t] }
        var fill = bucketStart
        var entries = [UInt64](repeating: 0, count: bucketStart[tokenCount])
        for packed in dated {
            let i = Int(packed & 0xFFFF_FFFF)
            for x in signatures.tokenStart[i]..<signatures.tokenStart[i + 1] {
                let token = Int(signatures.tokenList[x])
                guard signatures.frequency[token] > 1 else { continue }
                entries[fill[token]] = packed
                fill[token] += 1
            }
        }
        // The pairable runs (one token, one year) each candidate is in, as one flat list per
        // candidate of its entries' positions (offsets into `runsOf`). Which run meets a pair
        // first does not matter: a pair is scored once, and pairs are sorted at the end.
        var runs: [Range<Int>] = []
        // The end of the run each entry is in: a run lists its candidates ascending, so the later
        // candidates of a run are those after the entry.
        var runEnds = [Int](repeating: 0, count: entries.count)
        var runCount = [Int](repeating: 0, count: n + 1)
        for t in 0..<tokenCount where bucketStart[t + 1] - bucketStart[t] > 1 {
            let bucket = bucketStart[t]..<bucketStart[t + 1]
            var runStart = bucket.lowerBound
            while runStart < bucket.upperBound {
                let year = entries[runStart] >> 32
                var runEnd = runStart + 1
                while runEnd < bucket.upperBound, entries[runEnd] >> 32 == year { runEnd += 1 }
                if runEnd - runStart > 1, runEnd - runStart <= limit {
                    runs.append(runStart..<runEnd)
                    for x in runStart..<runEnd {
                        runCount[Int(entries[x] & 0xFFFF_FFFF) + 1] += 1
                        runEnds[x] = runEnd
                    }
                }
                runStart = runEnd
            }
        }
        for i in 0..<n { runCount[i + 1] += runCount[i] }
        var place = runCount
        var runsOf = [Int](repeating: 0, count: runCount[n])
        for run in runs {
            for x in run {
                let c = Int(entries[x] & 0xFFFF_FFFF)
                runsOf[place[c]] = x
                place[c] += 1
            }
        }
        // Every pair that shares a run, once (a pair shares many): `seenBy[j] == i` marks j as met.
        var seenBy = [Int](repeating: -1, count: n)
        var pairs: [Pair] = []
        let lower = signatures.lowerDay, upper = signatures.upperDay, document = signatures.document
        // The word tokens of `i`, marked once for all its pairs: each pair then walks one list.
        var marks = [Bool](repeating: false, count: tokenCount)
        let wordList = signatures.wordList
        for i in 0..<n {
            var marked = false
            defer {
                if marked { for x in signatures.wordStart[i]..<signatures.wordStart[i + 1] { marks[Int(wordList[x])] = false } }
            }
            for k in runCount[i]..<runCount[i + 1] {
                let own = runsOf[k]
                for x in (own + 1)..<runEnds[own] {
                    let j = Int(entries[x] & 0xFFFF_FFFF)
                    guard seenBy[j] != i else { continue }
                    seenBy[j] = i
                    // (Both are dated: only dated candidates are indexed.)
                    guard lower[i] <= upper[j], lower[j] <= upper[i],
                          !Self.distinctInOneDocument(i, j, signatures) else { continue }
                    if !marked {
                        for x in signatures.wordStart[i]..<signatures.wordStart[i + 1] { marks[Int(wordList[x])] = true }
                        marked = true
                    }
                    var score = Self.score(i, j, words: Self.similarity(i, j, marks, signatures), signatures)
                    if Self.isBackReference(i, j, signatures) { score = max(score, sameDocumentThreshold) }
                    let sameDocument = document[i] == document[j]
                    if !sameDocument, Self.differInTopic(i, j, signatures) { continue }
                    // A date known only within a span far wider than its expression names (a "this
                    // week" under a year-wide publication range) cannot vouch for identity.
                    let vague = signatures.isVague[i] || signatures.isVague[j]
                    if score >= (sameDocument || vague ? sameDocumentThreshold : threshold) {
                        pairs.append(Pair(first: i, second: j, score: score))
                    }
                }
            }
        }
        pairs.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            return a.first != b.first ? a.first < b.first : a.second < b.second
        }
        return pairs
    }

    /// "Friday's meeting ran for an hour" after "X and Y met on Friday": in one article, the same
    /// kind of event on the same exact day, one of them naming nobody or dated by a possessive
    /// ("condemned Friday's strikes"), is a back-reference.
    static func isBackReference(_ i: Int, _ j: Int, _ s: Signatures) -> Bool {
        guard s.document[i] == s.document[j], s.kind[i] >= 0, s.kind[i] == s.kind[j],
              s.when[i].granularity == .day, s.when[i].width == 1, s.when[i] == s.when[j] else { return false }
        return s.hasActors(i) != s.hasActors(j) || s.refersBack[i] != s.refersBack[j]
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
        score(i, j, words: similarity(i, j, signatures), signatures)
    }

    /// `score` given the pair's `similarity`.
    static func score(_ i: Int, _ j: Int, words: Double, _ signatures: Signatures) -> Double {
        let kind: Double = signatures.kind[i] >= 0
            && (signatures.kind[i] == signatures.kind[j] || signatures.isUnspecific[i] || signatures.isUnspecific[j]) ? 1 : 0
        let a = signatures.actorStart[i]..<signatures.actorStart[i + 1]
        let b = signatures.actorStart[j]..<signatures.actorStart[j + 1]
        guard !a.isEmpty, !b.isEmpty else { return 0.75 * words + 0.25 * kind }
        let shared = Double(sharedCount(signatures.actorList, a, b)) / Double(min(a.count, b.count))
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
        let smaller = min(signatures.wordWeight[i], signatures.wordWeight[j])
        guard smaller > 0 else { return 0 }
        let list = signatures.wordList, weights = signatures.wordWeights
        var x = signatures.wordStart[i], y = signatures.wordStart[j]
        let endX = signatures.wordStart[i + 1], endY = signatures.wordStart[j + 1]
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

    /// `similarity(i, j, signatures)` when `marks` flags exactly `i`'s word tokens: walks `j`'s
    /// list alone, summing the marked weights in token order (the same sum, the same order).
    static func similarity(_ i: Int, _ j: Int, _ marks: [Bool], _ signatures: Signatures) -> Double {
        let smaller = min(signatures.wordWeight[i], signatures.wordWeight[j])
        guard smaller > 0 else { return 0 }
        var shared = 0.0
        for y in signatures.wordStart[j]..<signatures.wordStart[j + 1] where marks[Int(signatures.wordList[y])] {
            shared += signatures.wordWeights[y]
        }
        return shared / smaller
    }

    static func countsAsWord(_ category: Signatures.Category) -> Bool { category == .word || category == .place }

    /// Size of the intersection of two sorted ranges of `list`.
    static func sharedCount(_ list: [Int32], _ a: Range<Int>, _ b: Range<Int>) -> Int {
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
