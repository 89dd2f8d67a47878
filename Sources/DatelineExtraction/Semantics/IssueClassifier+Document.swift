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
    /// `broadIssues` as a list, searched with `==` where a set's hashing would cost more.
    static let broadIssueList = Array(broadIssues)

    /// The article's topic: issues whose specific evidence occurs at least `minimumCount` times and at
    /// least half as often as the most frequent issue's, most frequent first, at most `limit`.
    /// Pass the headline and lead paragraph: the whole body of a long article drifts to side topics.
    /// Cost: one pass over the text, as for a sentence.
    public func documentIssues(in text: String, limit: Int = 2, minimumCount: Int = 2) -> [DocumentIssue] {
        let sentence = TokenizedSentence(text)
        return documentIssues(words: sentence.words, text: sentence.text, limit: limit, minimumCount: minimumCount)
    }

    /// `documentIssues(in:limit:minimumCount:)` of the parts' texts joined by "\n", from their
    /// tokens: a line break separates words as a space does and the tokenizer never reads past one,
    /// so the joined text's words are each part's words in turn, shifted by the part's offset.
    /// Cost: one pass over the parts' words; nothing is tokenised again.
    public func documentIssues(in parts: [TokenizedSentence], limit: Int = 2, minimumCount: Int = 2) -> [DocumentIssue] {
        var words: [WordToken] = []
        words.reserveCapacity(parts.reduce(0) { $0 + $1.words.count })
        var offsets: [Int] = []
        var offset = 0
        for part in parts {
            offsets.append(offset)
            for var word in part.words {
                word.range = (word.range.lowerBound + offset)..<(word.range.upperBound + offset)
                words.append(word)
            }
            offset += part.bytes.count + 1
        }
        return documentIssues(words: words, text: { range in
            // A term within one part reads that part; one across a line break reads the joined text.
            if let p = offsets.lastIndex(where: { $0 <= range.lowerBound }), range.upperBound <= offsets[p] + parts[p].bytes.count {
                return parts[p].text((range.lowerBound - offsets[p])..<(range.upperBound - offsets[p]))
            }
            let joined = Array(parts.map(\.text).joined(separator: "\n").utf8)
            return String(decoding: joined[range], as: UTF8.self)
        }, limit: limit, minimumCount: minimumCount)
    }

    private func documentIssues(words: [WordToken], text: (Range<Int>) -> String, limit: Int, minimumCount: Int) -> [DocumentIssue] {
        // Per issue (position in `issueIds`): occurrences, and each lowercased term with its count.
        var counts = [Int](repeating: 0, count: issueIds.count)
        var termCounts = [[(key: String, count: Int)]](repeating: [], count: issueIds.count)
        // Lowercased term → its first spelling, over all issues.
        var spelling: [(key: String, text: String)] = []
        // Generic terms of a specific issue ("Russia" for the war) still show what the article is
        // about; only the broad labels' generic words ("talks") say nothing about it.
        for hit in hits(in: words) where !hit.isGeneric || !isBroad(Int(hit.issue)) {
            let issue = Int(hit.issue)
            counts[issue] += 1
            let text = text(words[hit.words.lowerBound].range.lowerBound..<words[hit.words.upperBound - 1].range.upperBound)
            let key = text.lowercased()
            if let k = termCounts[issue].firstIndex(where: { $0.key == key }) {
                termCounts[issue][k].count += 1
            } else {
                termCounts[issue].append((key, 1))
            }
            if !spelling.contains(where: { $0.key == key }) { spelling.append((key, text)) }
        }
        guard let top = counts.max(), top > 0, top >= minimumCount else { return [] }
        // (The comparison reads two flag lists, not `self`: a closure over `self` copied the classifier.)
        let issueOrder = self.issueOrder, issueIsBroad = self.issueIsBroad
        let ranked = counts.indices.filter { counts[$0] > 0 && counts[$0] >= minimumCount && 2 * counts[$0] >= top }
            .sorted { a, b in
                if counts[a] != counts[b] { return counts[a] > counts[b] }
                // On a tie the label any story could carry gives way to the one naming this story.
                if issueIsBroad[a] != issueIsBroad[b] { return issueIsBroad[b] }
                return issueOrder[a] < issueOrder[b]
            }
        return ranked.prefix(limit).map { issue in
            let best = termCounts[issue].max { a, b in a.count != b.count ? a.count < b.count : a.key > b.key }?.key
                ?? issueIds[issue]
            let written = spelling.first { $0.key == best }?.text ?? best
            return DocumentIssue(id: issueIds[issue], evidence: written, count: counts[issue])
        }
    }
}
