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
        // A token shared by very many candidates says little about identity and would make the
        // pair count quadratic: such buckets are skipped.
        let limit = min(maxBucket, max(2, Int(Double(candidates.count) * maxTokenShare)))
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
                    guard candidates[i].when.overlaps(candidates[j].when),
                          !Self.distinctInOneDocument(candidates[i], candidates[j]) else { continue }
                    var score = Self.score(candidates[i], candidates[j], signatures[i], signatures[j], idf)
                    if Self.isBackReference(candidates[i], candidates[j]) { score = max(score, sameDocumentThreshold) }
                    let sameDocument = candidates[i].documentID == candidates[j].documentID
                    if score >= (sameDocument ? sameDocumentThreshold : threshold) {
                        pairs.append(Pair(first: i, second: j, score: score))
                    }
                }
            }
        }
        return pairs.sorted { ($0.score, $1.first, $1.second) > ($1.score, $0.first, $0.second) }
    }

    /// "Friday's meeting ran for an hour" after "X and Y met on Friday": in one article, the same
    /// kind of event on the same exact day, one of them naming nobody, is a back-reference.
    static func isBackReference(_ a: EventCandidate, _ b: EventCandidate) -> Bool {
        guard a.documentID == b.documentID, a.kind != nil, a.kind == b.kind,
              a.when.granularity == .day, a.when.width == 1, a.when == b.when else { return false }
        let namesA = Set(a.actors).subtracting(a.places), namesB = Set(b.actors).subtracting(b.places)
        return namesA.isEmpty != namesB.isEmpty
    }

    /// Two mentions in one article that cannot be one event: two dates in one sentence, or two
    /// different day-precise dates (an article repeats an event vaguely, not with another exact day).
    static func distinctInOneDocument(_ a: EventCandidate, _ b: EventCandidate) -> Bool {
        guard a.documentID == b.documentID else { return false }
        if a.mention.offset == b.mention.offset { return true }
        return a.when.granularity == .day && b.when.granularity == .day && a.when != b.when
    }

    /// How alike two mentions are, 0…1: who acts (people and bodies, not countries, which a whole
    /// corpus shares), what happens (trigger class) and what the sentences talk about (IDF-weighted
    /// words and places). Named people on both sides with none in common halve the score: the same
    /// kind of thing done by different people is a different event.
    static func score(_ a: EventCandidate, _ b: EventCandidate, _ sa: Set<String>, _ sb: Set<String>,
                      _ idf: [String: Double]) -> Double {
        let words = similarity(sa.filter { !$0.hasPrefix("a:") && !$0.hasPrefix("k:") },
                               sb.filter { !$0.hasPrefix("a:") && !$0.hasPrefix("k:") }, idf)
        let kind: Double = a.kind != nil && (a.kind == b.kind || Self.isUnspecific(a.kind) || Self.isUnspecific(b.kind)) ? 1 : 0
        let actorsA = Set(a.actors).subtracting(a.places), actorsB = Set(b.actors).subtracting(b.places)
        guard !actorsA.isEmpty, !actorsB.isEmpty else { return 0.75 * words + 0.25 * kind }
        let shared = Double(actorsA.intersection(actorsB).count) / Double(min(actorsA.count, actorsB.count))
        let combined = 0.4 * shared + 0.4 * words + 0.2 * kind
        return shared == 0 ? combined * 0.5 : combined
    }

    /// An event noun that names no kind of happening ("the incident", "the standoff") agrees with
    /// any kind: a later article calls it by what happened.
    static func isUnspecific(_ kind: String?) -> Bool { kind == "incident" }

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
