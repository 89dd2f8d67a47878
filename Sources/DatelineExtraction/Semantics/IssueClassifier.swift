/// Multi-label issue tagging of a sentence by dictionary terms from a `Taxonomy`.
/// Cost: per word, one hash probe per prefix length of 4+ bytes; no regular expressions.
public struct IssueClassifier: Sendable {
    public let taxonomy: Taxonomy
    /// First word → terms starting with it (for exact first words and for prefix single words).
    private let byWord: [String: [Taxonomy.Term]]

    public init(taxonomy: Taxonomy) {
        self.taxonomy = taxonomy
        var index: [String: [Taxonomy.Term]] = [:]
        for term in taxonomy.terms {
            guard let first = term.words.first else { continue }
            index[first, default: []].append(term)
        }
        byWord = index
    }

    /// One term found in a text: which issue, which words (token indices), how strong.
    struct Hit {
        var issue: String
        var words: Range<Int>
        var text: String
        var isGeneric: Bool
    }

    /// Issue id → the words of the sentence that earned it (as written, first occurrence order).
    /// A trigger class mapped in the taxonomy adds its issues with the class name as evidence.
    /// Generic evidence ("talks", a meeting trigger) is dropped when a sectoral issue has specific
    /// evidence. When the sentence has no specific evidence, `documentIssues` (see `documentIssues(in:)`)
    /// supply the article's topic, with its most frequent term as evidence.
    public func classify(sentence: String, triggerClass: String?,
                         documentIssues: [DocumentIssue] = []) -> [String: [String]] {
        let hits = self.hits(in: sentence)
        var specific: [String: [String]] = [:]
        var generic: [String: [String]] = [:]
        for hit in hits {
            if hit.isGeneric { Self.add(hit.issue, hit.text, to: &generic) } else { Self.add(hit.issue, hit.text, to: &specific) }
        }
        if let triggerClass, let implied = taxonomy.triggerIssues[triggerClass] {
            for issue in implied { Self.add(issue, triggerClass, to: &generic) }
        }
        // A sentence with no specific evidence takes the article's topic; a sectoral topic then
        // absorbs generic evidence as a sectoral word in the sentence would ("a video call" in an
        // article about military channels is a military contact).
        if specific.isEmpty {
            for topic in documentIssues { Self.add(topic.id, topic.evidence, to: &specific) }
        }
        let absorbed = specific.keys.contains { taxonomy.sectoralIssues.contains($0) }
        for (issue, evidence) in generic where !absorbed || specific[issue] != nil {
            for e in evidence { Self.add(issue, e, to: &specific) }
        }
        return specific
    }

    /// Issue ids of `classify`, in taxonomy order.
    public func issues(sentence: String, triggerClass: String?, documentIssues: [DocumentIssue] = []) -> [String] {
        let found = classify(sentence: sentence, triggerClass: triggerClass, documentIssues: documentIssues)
        return taxonomy.issues.map(\.id).filter { found[$0] != nil }
    }

    /// All term hits of `text`; where a longer term covers a shorter one of another issue
    /// ("trade secrets" over "trade"), only the longer counts.
    func hits(in text: String) -> [Hit] {
        let bytes = Array(text.utf8)
        let words = WordTokenizer.tokens(bytes: bytes).filter(\.isWord)
        var hits: [Hit] = []
        for i in words.indices {
            for term in candidates(for: words[i].key) where matches(term, words, at: i) {
                let last = i + term.words.count - 1
                let range = words[i].range.lowerBound..<words[last].range.upperBound
                hits.append(Hit(issue: term.issue, words: i..<(last + 1),
                                text: String(decoding: bytes[range], as: UTF8.self), isGeneric: term.isGeneric))
            }
        }
        return hits.filter { hit in
            !hits.contains { other in
                other.issue != hit.issue && other.words.count > hit.words.count
                    && other.words.contains(hit.words.lowerBound) && other.words.contains(hit.words.upperBound - 1)
            }
        }
    }

    static func add(_ issue: String, _ evidence: String, to found: inout [String: [String]]) {
        var list = found[issue, default: []]
        if !list.contains(where: { $0.lowercased() == evidence.lowercased() }) { list.append(evidence) }
        found[issue] = list
    }

    /// Terms whose first word could match `key`: the key itself and each of its prefixes of 4+ bytes.
    private func candidates(for key: String) -> [Taxonomy.Term] {
        var out = byWord[key] ?? []
        let utf8 = Array(key.utf8)
        if utf8.count > 4 {
            for length in 4..<utf8.count {
                if let terms = byWord[String(decoding: utf8[0..<length], as: UTF8.self)] {
                    out += terms.filter { $0.words.count == 1 && $0.lastIsPrefix }
                }
            }
        }
        // "AIs", "G7s": a plural of a short whole word.
        if key.hasSuffix("s"), utf8.count > 1, let terms = byWord[String(key.dropLast())] {
            out += terms.filter { $0.words.count == 1 && !$0.lastIsPrefix }
        }
        return out
    }

    private func matches(_ term: Taxonomy.Term, _ words: [WordToken], at i: Int) -> Bool {
        guard i + term.words.count <= words.count else { return false }
        if term.words.count == 1 { return true }  // candidates() already checked the only word
        for (offset, want) in term.words.enumerated() {
            let key = words[i + offset].key
            let isLast = offset == term.words.count - 1
            if key == want { continue }
            if isLast && term.lastIsPrefix && key.hasPrefix(want) { continue }
            if isLast && !term.lastIsPrefix && key == want + "s" { continue }
            return false
        }
        return true
    }
}
