/// Multi-label issue tagging of a sentence by dictionary terms from a `Taxonomy`.
/// Cost: per word, one `WordTable` probe per prefix length of 4+ bytes (prefix hashes extend byte
/// by byte, so no prefix string is built); no regular expressions.
/// Multi-label issue tagging of a sentence by dictionary terms from a `Taxonomy`.
/// Cost: per word, one `WordTable` probe per prefix length of 4+ bytes (prefix hashes extend byte
/// by byte, so no prefix string is built); no regular expressions, no dictionary but the result.
public struct IssueClassifier: Sendable {
    public let taxonomy: Taxonomy
    /// First word → terms starting with it (for exact first words and for prefix single words).
    let byWord: WordTable<TermList>
    /// The one-word terms of `byWord` whose word may start a longer one ("tariff" → "tariffs"),
    /// and those that may not (matched whole or with a plural "s").
    let prefixWords: WordTable<TermList>
    let wholeWords: WordTable<TermList>
    /// Term indices grouped by table key (each group in taxonomy order); `TermList`s point into it.
    let termOrder: [Int32]
    /// Per term of `taxonomy.terms`.
    let termInfo: [TermInfo]
    /// Per term: its words' bits as tokens hold them.
    let termBits: [[TokenKey]]
    /// The issue ids terms name: the taxonomy's issues in order, then any other.
    let issueIds: [String]
    /// Per `issueIds` entry: its position in the taxonomy's issues (0 when absent, as a failed
    /// `firstIndex` counted), and whether it is broad.
    let issueOrder: [Int]
    let issueIsBroad: [Bool]
    /// Per `issueIds` entry: whether it is sectoral.
    private let issueIsSectoral: [Bool]
    /// `taxonomy.sectoralIssues` as a list (few; compared with `==`, as the set's lookup does).
    private let sectoral: [String]
    /// `taxonomy.triggerIssues` in a `WordTable`, when every trigger class is ASCII, as
    /// positions in `issueIds`.
    private let triggerIssues: WordTable<[Int]>?

    public init(taxonomy: Taxonomy) {
        self.taxonomy = taxonomy
        var ids = taxonomy.issues.map(\.id)
        for term in taxonomy.terms where !ids.contains(term.issue) { ids.append(term.issue) }
        issueIds = ids
        let taxonomyOrder = taxonomy.issues.map(\.id)
        issueOrder = ids.map { taxonomyOrder.firstIndex(of: $0) ?? 0 }
        issueIsBroad = ids.map { Self.broadIssues.contains($0) }
        sectoral = Array(taxonomy.sectoralIssues)
        issueIsSectoral = ids.map { taxonomy.sectoralIssues.contains($0) }
        termInfo = taxonomy.terms.map { term in
            TermInfo(issue: Int32(ids.firstIndex(of: term.issue) ?? 0), wordCount: Int32(term.words.count),
                     lastIsPrefix: term.lastIsPrefix, isGeneric: term.isGeneric)
        }
        termBits = taxonomy.terms.map { $0.words.map { TokenKey.make(string: $0) } }
        var groups = WordTable<[Int]>()
        for (t, term) in taxonomy.terms.enumerated() {
            guard let first = term.words.first else { continue }
            groups[first] = (groups[first] ?? []) + [t]
        }
        var order: [Int32] = []
        func list(_ terms: [Int]) -> TermList {
            let start = Int32(order.count)
            order += terms.map { Int32($0) }
            return TermList(start: start, count: Int32(terms.count))
        }
        var index = WordTable<TermList>()
        var prefixes = WordTable<TermList>()
        var wholes = WordTable<TermList>()
        for (key, terms) in groups.entries {
            index[key] = list(terms)
            let single = terms.filter { taxonomy.terms[$0].words.count == 1 }
            let prefix = single.filter { taxonomy.terms[$0].lastIsPrefix }
            let whole = single.filter { !taxonomy.terms[$0].lastIsPrefix }
            if !prefix.isEmpty { prefixes[key] = list(prefix) }
            if !whole.isEmpty { wholes[key] = list(whole) }
        }
        byWord = index
        prefixWords = prefixes
        wholeWords = wholes
        termOrder = order
        var starts = [UInt64](repeating: 0, count: Self.startFilterWords)
        for (key, _) in prefixes.entries {
            let bytes = Array(key.utf8)
            guard bytes.count >= 4 else { continue }
            let bit = Self.startBit(bytes[0], bytes[1], bytes[2], bytes[3])
            starts[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        prefixStarts = starts
        if taxonomy.triggerIssues.keys.allSatisfy({ AsciiWord.isASCII($0) }) {
            var table = WordTable<[Int]>()
            for (key, issues) in taxonomy.triggerIssues { table[key] = issues.map { ids.firstIndex(of: $0) ?? 0 } }
            triggerIssues = table
        } else {
            triggerIssues = nil
        }
    }

    /// Bit set over the first four bytes of every prefix term: a word whose first four bytes are
    /// not in it has no prefix of 4+ bytes that is a term, so its prefixes need no probing.
    let prefixStarts: [UInt64]
    private static let startFilterWords = 1024  // 65,536 bits

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
        classify(words: sentence.words, text: sentence.text, triggerClass: triggerClass, documentIssues: documentIssues)
    }

    /// `classify` over the given word tokens; `text` reads a byte range of the sentence as written.
    func classify(words: [WordToken], text: (Range<Int>) -> String, triggerClass: String?,
                  documentIssues: [DocumentIssue]) -> [String: [String]] {
        // Issues are positions in `issueIds`, then in `extras` (ids only a caller's topic names).
        var specific = Tally()
        var generic = Tally()
        for hit in hits(in: words) {
            let written = text(words[hit.words.lowerBound].range.lowerBound..<words[hit.words.upperBound - 1].range.upperBound)
            if hit.isGeneric { generic.add(Int(hit.issue), written) } else { specific.add(Int(hit.issue), written) }
        }
        // (`extras` is passed to the local functions, not captured: a captured `var` had every
        // access checked for exclusivity at run time.)
        var extras: [String] = []
        let known = issueIds.count
        let issueIds = self.issueIds
        func index(of id: String, _ extras: inout [String]) -> Int {
            if let k = issueIds.firstIndex(of: id) { return k }
            if let k = extras.firstIndex(of: id) { return known + k }
            extras.append(id)
            return known + extras.count - 1
        }
        if let triggerClass {
            if let triggerIssues, let issues = Self.asciiValue(in: triggerIssues, forKey: triggerClass) {
                for issue in issues ?? [] { generic.add(issue, triggerClass) }
            } else if let implied = taxonomy.triggerIssues[triggerClass] {
                for issue in implied { generic.add(index(of: issue, &extras), triggerClass) }
            }
        }
        // A sentence with no specific evidence takes the article's topic; a sectoral topic then
        // absorbs generic evidence as a sectoral word in the sentence would ("a video call" in an
        // article about military channels is a military contact).
        // A regional issue's generic term ("Russia", for the war) gives way to the sentence's own
        // evidence of another region: "…, with Russia and China abstaining" in a Red Sea story.
        // (Sectoral and broad evidence — "troops", "ambassadors" — fits any region.)
        // (The few broad and sectoral ids are compared in a list, as their sets' lookups would.)
        // (Flags by position; an extra id is looked up as the id lists would be.)
        let broad = Self.broadIssueList, sectoral = self.sectoral
        let issueIsBroad = self.issueIsBroad, issueIsSectoral = self.issueIsSectoral
        func isBroadIssue(_ issue: Int, _ extras: [String]) -> Bool {
            issue < known ? issueIsBroad[issue] : broad.contains(extras[issue - known])
        }
        func isSectoral(_ issue: Int, _ extras: [String]) -> Bool {
            issue < known ? issueIsSectoral[issue] : sectoral.contains(extras[issue - known])
        }
        func isRegion(_ issue: Int, _ extras: [String]) -> Bool { !isBroadIssue(issue, extras) && !isSectoral(issue, extras) }
        let before = extras
        let hasRegions = specific.containsIssue { isRegion($0, before) }
        generic.keep { issue in
            isBroadIssue(issue, before) || !hasRegions || (isRegion(issue, before) && specific.contains(issue))
        }
        if specific.isEmpty {
            for topic in documentIssues { specific.add(index(of: topic.id, &extras), topic.evidence) }
        }
        let after = extras
        let absorbed = specific.containsIssue { isSectoral($0, after) }
        generic.addWords(to: &specific) { issue, specific in !absorbed || specific.contains(issue) }
        return specific.dictionary { $0 < known ? issueIds[$0] : after[$0 - known] }
    }

    /// `table.value(forKey: key)` when `key` is ASCII (`.some`), read off its bytes in place with
    /// its hash made in the same pass; nil (not `.some(nil)`) for a key with another byte.
    static func asciiValue<Value>(in table: WordTable<Value>, forKey key: String) -> Value?? {
        let found = key.utf8.withContiguousStorageIfAvailable { bytes -> Value?? in
            var hash = WordHash.seed
            for b in bytes {
                if b >= 0x80 { return nil }
                hash = WordHash.adding(b, to: hash)
            }
            return .some(table.value(forBytes: bytes, hash: hash))
        }
        if let found { return found }
        return AsciiWord.isASCII(key) ? .some(table.value(forKey: key)) : nil
    }

    /// Issue ids of `classify`, in taxonomy order.
    public func issues(sentence: String, triggerClass: String?, documentIssues: [DocumentIssue] = []) -> [String] {
        let found = classify(sentence: sentence, triggerClass: triggerClass, documentIssues: documentIssues)
        return taxonomy.issues.map(\.id).filter { found[$0] != nil }
    }

    /// Position of `issueIds[issue]` among the taxonomy's issues, and whether it is broad.
    func order(of issue: Int) -> Int { issueOrder[issue] }
    func isBroad(_ issue: Int) -> Bool { issueIsBroad[issue] }
}
