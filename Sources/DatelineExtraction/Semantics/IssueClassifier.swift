/// Multi-label issue tagging of a sentence by dictionary terms from a `Taxonomy`.
/// Cost: per word, one `WordTable` probe per prefix length of 4+ bytes (prefix hashes extend byte
/// by byte, so no prefix string is built); no regular expressions.
public struct IssueClassifier: Sendable {
    public let taxonomy: Taxonomy
    /// First word → terms starting with it (for exact first words and for prefix single words).
    private let byWord: WordTable<[Taxonomy.Term]>
    /// The one-word terms of `byWord` whose word may start a longer one ("tariff" → "tariffs"),
    /// and those that may not (matched whole or with a plural "s").
    private let prefixWords: WordTable<[Taxonomy.Term]>
    private let wholeWords: WordTable<[Taxonomy.Term]>

    public init(taxonomy: Taxonomy) {
        self.taxonomy = taxonomy
        var index = WordTable<[Taxonomy.Term]>()
        var prefixes = WordTable<[Taxonomy.Term]>()
        var wholes = WordTable<[Taxonomy.Term]>()
        for term in taxonomy.terms {
            guard let first = term.words.first else { continue }
            index[first] = (index[first] ?? []) + [term]
        }
        // Same order as a filter of `byWord`'s lists, key by key.
        for (key, terms) in index.entries {
            let prefix = terms.filter { $0.words.count == 1 && $0.lastIsPrefix }
            let whole = terms.filter { $0.words.count == 1 && !$0.lastIsPrefix }
            if !prefix.isEmpty { prefixes[key] = prefix }
            if !whole.isEmpty { wholes[key] = whole }
        }
        byWord = index
        prefixWords = prefixes
        wholeWords = wholes
        var starts = [UInt64](repeating: 0, count: Self.startFilterWords)
        for (key, _) in prefixes.entries {
            let bytes = Array(key.utf8)
            guard bytes.count >= 4 else { continue }
            let bit = Self.startBit(bytes[0], bytes[1], bytes[2], bytes[3])
            starts[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        prefixStarts = starts
    }

    /// Bit set over the first four bytes of every prefix term: a word whose first four bytes are
    /// not in it has no prefix of 4+ bytes that is a term, so its prefixes need no probing.
    private let prefixStarts: [UInt64]
    private static let startFilterWords = 1024  // 65,536 bits

    private static func startBit(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) -> Int {
        let word = UInt32(a) | UInt32(b) << 8 | UInt32(c) << 16 | UInt32(d) << 24
        return Int((word &* 0x9E37_79B1) >> 16)
    }

    private func mayStartPrefixTerm(_ key: String.UTF8View) -> Bool {
        var i = key.startIndex
        let a = key[i]; i = key.index(after: i)
        let b = key[i]; i = key.index(after: i)
        let c = key[i]; i = key.index(after: i)
        let bit = Self.startBit(a, b, c, key[i])
        return prefixStarts[bit >> 6] & (1 << UInt64(bit & 63)) != 0
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
        classify(sentence: TokenizedSentence(sentence), triggerClass: triggerClass, documentIssues: documentIssues)
    }

    /// Same as `classify(sentence:triggerClass:documentIssues:)` on an already tokenised sentence.
    public func classify(sentence: TokenizedSentence, triggerClass: String?,
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
        // A regional issue's generic term ("Russia", for the war) gives way to the sentence's own
        // evidence of another region: "…, with Russia and China abstaining" in a Red Sea story.
        // (Sectoral and broad evidence — "troops", "ambassadors" — fits any region.)
        let regions = Set(specific.keys.filter { !Self.broadIssues.contains($0) && !taxonomy.sectoralIssues.contains($0) })
        generic = generic.filter { issue, _ in
            Self.broadIssues.contains(issue) || regions.isEmpty || regions.contains(issue)
        }
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
        hits(in: TokenizedSentence(text))
    }

    func hits(in sentence: TokenizedSentence) -> [Hit] {
        let words = sentence.words
        var hits: [Hit] = []
        for i in words.indices {
            for term in candidates(for: words[i]) where matches(term, words, at: i) {
                let last = i + term.words.count - 1
                let range = words[i].range.lowerBound..<words[last].range.upperBound
                hits.append(Hit(issue: term.issue, words: i..<(last + 1),
                                text: sentence.text(range), isGeneric: term.isGeneric))
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
        let lowered = evidence.lowercased()
        if found[issue]?.contains(where: { $0.lowercased() == lowered }) == true { return }
        // (Appending in place: a copy taken out and written back would duplicate the list each time.)
        found[issue, default: []].append(evidence)
    }

    /// Terms whose first word could match `key`: the key itself and each of its prefixes of 4+ bytes.
    private func candidates(for token: WordToken) -> [Taxonomy.Term] {
        var out = byWord.value(for: token) ?? []
        let key = token.key.utf8
        let count = key.count
        let plural = count > 1 && key.last == UInt8(ascii: "s")
        let prefixes = count > 4 && mayStartPrefixTerm(key)
        guard prefixes || plural else { return out }
        // The hash of each prefix is the running hash before its next byte.
        var singular: [Taxonomy.Term]?
        var hash = WordHash.seed
        var length = 0
        for byte in key {
            if prefixes, length >= 4, let terms = prefixWords.value(forBytes: key.prefix(length), hash: hash) {
                out += terms
            }
            if plural, length == count - 1 { singular = wholeWords.value(forBytes: key.prefix(length), hash: hash) }
            hash = WordHash.adding(byte, to: hash)
            length += 1
        }
        // "AIs", "G7s": a plural of a short whole word.
        if let terms = singular { out += terms }
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
