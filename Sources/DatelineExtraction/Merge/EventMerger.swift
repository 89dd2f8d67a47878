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

    public init(threshold: Double = 0.34, sameDocumentThreshold: Double = 0.6, maxTokenShare: Double = 0.08) {
        self.threshold = threshold
        self.sameDocumentThreshold = sameDocumentThreshold
        self.maxTokenShare = maxTokenShare
    }

    /// Clusters of candidate positions; every candidate is in exactly one cluster, clusters are in
    /// order of their first member, members ascending.
    public func clusters(_ candidates: [EventCandidate]) -> [[Int]] {
        let signatures = candidates.map(Self.signature)
        let idf = Self.inverseDocumentFrequency(signatures)
        let pairs = scoredPairs(candidates, signatures, idf)

        var clusterOf = Array(candidates.indices)
        var members = candidates.indices.map { [$0] }
        var spans = candidates.map(\.when)
        var documents = candidates.map { Set([$0.documentID]) }

        for pair in pairs {
            let a = clusterOf[pair.first], b = clusterOf[pair.second]
            guard a != b, let joint = Self.intersection(spans[a], spans[b]) else { continue }
            let sameDocument = !documents[a].isDisjoint(with: documents[b])
            if sameDocument && pair.score < sameDocumentThreshold { continue }
            let (keep, drop) = a < b ? (a, b) : (b, a)
            for m in members[drop] { clusterOf[m] = keep }
            members[keep] += members[drop]
            members[drop] = []
            documents[keep].formUnion(documents[drop])
            spans[keep] = joint
        }
        return members.filter { !$0.isEmpty }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    struct Pair { var first: Int; var second: Int; var score: Double }

    func scoredPairs(_ candidates: [EventCandidate], _ signatures: [Set<String>], _ idf: [String: Double]) -> [Pair] {
        let limit = max(2, Int(Double(candidates.count) * maxTokenShare))
        var buckets: [String: [Int]] = [:]
        for (i, candidate) in candidates.enumerated() where candidate.when.isDated {
            let years = Self.years(of: candidate.when)
            for token in signatures[i] where (idf[token] ?? 0) > 0 {
                for year in years { buckets[token + "|" + String(year), default: []].append(i) }
            }
        }
        var seen = Set<Int>()
        var pairs: [Pair] = []
        let n = candidates.count
        for key in buckets.keys.sorted() {
            guard let list = buckets[key], list.count > 1, list.count <= limit else { continue }
            for x in 0..<list.count {
                for y in (x + 1)..<list.count {
                    let i = list[x], j = list[y]
                    guard seen.insert(i * n + j).inserted else { continue }
                    guard candidates[i].when.overlaps(candidates[j].when) else { continue }
                    var score = Self.similarity(signatures[i], signatures[j], idf)
                    // Different named people doing "the same kind of thing" are usually different events.
                    if !candidates[i].actors.isEmpty, !candidates[j].actors.isEmpty,
                       Set(candidates[i].actors).isDisjoint(with: candidates[j].actors) { score *= 0.5 }
                    let sameDocument = candidates[i].documentID == candidates[j].documentID
                    if score >= (sameDocument ? sameDocumentThreshold : threshold) {
                        pairs.append(Pair(first: i, second: j, score: score))
                    }
                }
            }
        }
        return pairs.sorted { ($0.score, $1.first, $1.second) > ($1.score, $0.first, $0.second) }
    }

    /// Words, actors, places and the trigger class, each prefixed so they cannot collide.
    static func signature(_ c: EventCandidate) -> Set<String> {
        var tokens = Set(c.contentWords.map { "w:" + $0 })
        for actor in c.actors { tokens.insert("a:" + actor.lowercased()) }
        for place in c.places { tokens.insert("p:" + place.lowercased()) }
        if let kind = c.kind { tokens.insert("k:" + kind) }
        return tokens
    }

    static func inverseDocumentFrequency(_ signatures: [Set<String>]) -> [String: Double] {
        var df: [String: Int] = [:]
        for s in signatures { for t in s { df[t, default: 0] += 1 } }
        let total = Double(max(signatures.count, 1))
        var weights: [String: Double] = [:]
        for (token, count) in df { weights[token] = log(1 + total / Double(count)) * kindWeight(token) }
        return weights
    }

    /// Actors say more about identity than words; a trigger class says less.
    static func kindWeight(_ token: String) -> Double {
        if token.hasPrefix("a:") { return 1.5 }
        if token.hasPrefix("k:") { return 0.5 }
        return 1
    }

    /// Weighted overlap coefficient: shared weight over the smaller signature's weight.
    static func similarity(_ a: Set<String>, _ b: Set<String>, _ idf: [String: Double]) -> Double {
        var shared = 0.0, weightA = 0.0, weightB = 0.0
        for t in a {
            let w = idf[t] ?? 0
            weightA += w
            if b.contains(t) { shared += w }
        }
        for t in b { weightB += idf[t] ?? 0 }
        let smaller = min(weightA, weightB)
        return smaller > 0 ? shared / smaller : 0
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
