/// Multi-word dictionary over token keys: finds the longest entry starting at a token.
/// Lookup is one `WordTable` probe on the first token's precomputed hash plus a scan of the (few)
/// entries sharing it; later words compare hashes before strings.
public struct PhraseTable<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        var keys: [String]
        var hashes: [UInt64]
        /// Entries written in capitals ("US", "PLA") only match capitalised tokens.
        var needsAllCaps: Bool
        var value: Value
    }

    private var byFirstKey = WordTable<[Entry]>()

    public init() {}

    /// Adds `phrase` (tokenised like any sentence; hyphens and periods inside words are kept).
    public mutating func add(_ phrase: String, value: Value) {
        let tokens = WordTokenizer.tokens(in: phrase).filter { $0.isWord || $0.key == "&" }
        guard let first = tokens.first else { return }
        let caps = tokens.count == 1 && first.isAllCaps && !first.key.contains(".")
        let entry = Entry(keys: tokens.map(\.key), hashes: tokens.map(\.keyHash), needsAllCaps: caps, value: value)
        var list = byFirstKey[first.key] ?? []
        list.append(entry)
        // Longest first, so the first hit is the longest match.
        list.sort { $0.keys.count > $1.keys.count }
        byFirstKey[first.key] = list
    }

    public var isEmpty: Bool { byFirstKey.isEmpty }

    /// Longest entry whose keys equal the word keys at `index`; returns its value and token count.
    /// Punctuation tokens other than `&` end a phrase; a trailing period after an abbreviation is skipped.
    public func longestMatch(in tokens: [WordToken], at index: Int) -> (value: Value, length: Int)? {
        guard index < tokens.count, tokens[index].isWord, let entries = byFirstKey.value(for: tokens[index]) else {
            return nil
        }
        // By index, reading fields in place: iterating would copy each entry's arrays.
        for e in entries.indices {
            if entries[e].needsAllCaps && !tokens[index].isAllCaps { continue }
            let count = entries[e].keys.count
            if count == 1 { return (entries[e].value, 1) }
            var j = index + 1
            var matched = 1
            while matched < count, j < tokens.count {
                guard tokens[j].keyHash == entries[e].hashes[matched], tokens[j].key == entries[e].keys[matched] else { break }
                matched += 1
                j += 1
            }
            if matched == count { return (entries[e].value, j - index) }
        }
        return nil
    }

    /// Whether `phrase` is present as a whole entry.
    public func contains(_ phrase: String) -> Bool {
        let tokens = WordTokenizer.tokens(in: phrase).filter(\.isWord)
        return longestMatch(in: tokens, at: 0)?.length == tokens.count && !tokens.isEmpty
    }
}
