/// Multi-word dictionary over token keys: finds the longest entry starting at a token.
/// Lookup is one `WordTable` probe on the first token's precomputed hash plus a scan of the (few)
/// entries sharing it; later words compare hashes before strings.
public struct PhraseTable<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        var keys: [String]
        var hashes: [UInt64]
        /// The keys' bits as tokens hold them (compared instead of the strings).
        var bits: [TokenKey]
        /// Entries written in capitals ("US", "PLA") only match capitalised tokens.
        var needsAllCaps: Bool
        var value: Value
    }

    /// Every entry, in the order added.
    private var entries: [Entry] = []
    /// First key → its entries (positions in `entries`), longest first, while the table is built.
    private var lists = WordTable<[Int32]>()
    /// First key → the run of `order` listing its entries: a plain value, so a probe retains nothing.
    private var byFirstKey = WordTable<Run>()
    /// Entry positions, each first key's list stored as one run (a key's list is stored anew
    /// when an entry joins it; the old run is left unused).
    private var order: [Int32] = []

    struct Run: Sendable {
        var start: Int32
        var count: Int32
    }

    public init() {}

    /// Adds `phrase` (tokenised like any sentence; hyphens and periods inside words are kept).
    public mutating func add(_ phrase: String, value: Value) {
        let tokens = WordTokenizer.tokens(in: phrase).filter { $0.isWord || $0.key == "&" }
        guard let first = tokens.first else { return }
        let caps = tokens.count == 1 && first.isAllCaps && !first.key.contains(".")
        let position = Int32(entries.count)
        entries.append(Entry(keys: tokens.map(\.key), hashes: tokens.map(\.keyHash), bits: tokens.map(\.keyBits),
                             needsAllCaps: caps, value: value))
        var list = lists[first.key] ?? []
        list.append(position)
        // Longest first, so the first hit is the longest match.
        list.sort { entries[Int($0)].keys.count > entries[Int($1)].keys.count }
        lists[first.key] = list
        byFirstKey[first.key] = Run(start: Int32(order.count), count: Int32(list.count))
        order += list
    }

    public var isEmpty: Bool { byFirstKey.isEmpty }

    /// False when no entry starts with `token` (then `longestMatch` at it is nil); true when one
    /// may. One filter bit read, for scans that try every token: most start nothing.
    @inline(__always)
    func mayStart(with token: WordToken) -> Bool {
        token.isWord && byFirstKey.mayContain(hash: token.keyHash)
    }

    /// Longest entry whose keys equal the word keys at `index`; returns its value and token count.
    /// Punctuation tokens other than `&` end a phrase; a trailing period after an abbreviation is skipped.
    public func longestMatch(in tokens: [WordToken], at index: Int) -> (value: Value, length: Int)? {
        // (Key and hash read in place: passing the token would copy it out of the array.)
        guard index < tokens.count, tokens[index].isWord,
              let run = byFirstKey.value(for: tokens[index]) else {
            return nil
        }
        // By index, reading fields in place: iterating would copy each entry's arrays.
        for n in Int(run.start)..<Int(run.start + run.count) {
            let e = Int(order[n])
            if entries[e].needsAllCaps && !tokens[index].isAllCaps { continue }
            let count = entries[e].keys.count
            if count == 1 { return (entries[e].value, 1) }
            var j = index + 1
            var matched = 1
            while matched < count, j < tokens.count {
                guard tokens[j].keyHash == entries[e].hashes[matched], tokens[j].keyBits == entries[e].bits[matched] else { break }
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
