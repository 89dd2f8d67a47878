/// An issue that dominates a whole article, with the term that shows it most often.
public struct DocumentIssue: Hashable, Sendable {
    public var id: String
    public var evidence: String
    /// Term occurrences in the article (generic ones only for issues other than the broad ones).
    public var count: Int

    public init(id: String, evidence: String, count: Int) {
        self.id = id
        self.evidence = evidence
        self.count = count
    }
}

extension IssueClassifier {
    /// Labels that fit most international stories; a tie for an article's topic goes to another.
    static let broadIssues: Set<String> = ["diplomacy"]

    /// The article's topic: issues whose specific evidence occurs at least `minimumCount` times and at
    /// least half as often as the most frequent issue's, most frequent first, at most `limit`.
    /// Pass the headline and lead paragraph: the whole body of a long article drifts to side topics.
    /// Cost: one pass over the text, as for a sentence.
    public func documentIssues(in text: String, limit: Int = 2, minimumCount: Int = 2) -> [DocumentIssue] {
        var counts: [String: Int] = [:]
        var termCounts: [String: [String: Int]] = [:]
        var spelling: [String: String] = [:]
        // Generic terms of a specific issue ("Russia" for the war) still show what the article is
        // about; only the broad labels' generic words ("talks") say nothing about it.
        for hit in hits(in: text) where !hit.isGeneric || !Self.broadIssues.contains(hit.issue) {
            counts[hit.issue, default: 0] += 1
            let key = hit.text.lowercased()
            termCounts[hit.issue, default: [:]][key, default: 0] += 1
            if spelling[key] == nil { spelling[key] = hit.text }
        }
        guard let top = counts.values.max(), top >= minimumCount else { return [] }
        let order = taxonomy.issues.map(\.id)
        let ranked = counts.filter { $0.value >= minimumCount && 2 * $0.value >= top }
            .sorted { a, b in
                if a.value != b.value { return a.value > b.value }
                // On a tie the label any story could carry gives way to the one naming this story.
                let broadA = Self.broadIssues.contains(a.key), broadB = Self.broadIssues.contains(b.key)
                if broadA != broadB { return broadB }
                return (order.firstIndex(of: a.key) ?? 0) < (order.firstIndex(of: b.key) ?? 0)
            }
        return ranked.prefix(limit).map { issue, count in
            let terms = termCounts[issue] ?? [:]
            let best = terms.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key ?? issue
            return DocumentIssue(id: issue, evidence: spelling[best] ?? best, count: count)
        }
    }
}
