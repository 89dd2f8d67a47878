/// One word or punctuation mark of a sentence, located by UTF-8 byte offsets.
/// A plain value (no reference inside): arrays of tokens copy and free without per-token work.
public struct WordToken: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case word, punctuation }

    /// UTF-8 byte range in the tokenised text (a possessive `'s` is left out of a word's range).
    public var range: Range<Int>
    /// `WordHash.of(key)`, computed once while tokenising so that lexicon lookups need not rehash.
    public var keyHash: UInt64
    /// The key's bits (see `TokenKey`): compared and hashed as integers, read as a `String` by `key`.
    var keyBits: TokenKey
    public var kind: Kind
    /// First letter is upper case (ASCII) or the word starts with a non-ASCII letter.
    public var isCapitalized: Bool
    /// Every ASCII letter is upper case and there are at least two letters ("US", "PLA", "U.S.").
    public var isAllCaps: Bool
    /// The word carried a possessive `'s`/`’s` (or a bare trailing apostrophe after `s`).
    public var isPossessive: Bool
    /// Joined to the previous word by a hyphen with no space ("then-House", "cross-strait").
    public var isHyphenated: Bool

    /// Matching key: ASCII lowercased, curly apostrophes straightened; quotes become `"`, dashes `-`.
    /// Cost: none for a key of up to 15 bytes (its bits are the string); a pool read otherwise.
    public var key: String {
        @inline(__always) get { keyBits.string }
        set { keyBits = TokenKey.make(string: newValue) }
    }

    public var isWord: Bool { kind == .word }

    init(kind: Kind, range: Range<Int>, key: String, keyHash: UInt64, isCapitalized: Bool, isAllCaps: Bool,
         isPossessive: Bool, isHyphenated: Bool) {
        self.init(kind: kind, range: range, keyBits: TokenKey.make(string: key), keyHash: keyHash,
                  isCapitalized: isCapitalized, isAllCaps: isAllCaps, isPossessive: isPossessive, isHyphenated: isHyphenated)
    }

    init(kind: Kind, range: Range<Int>, keyBits: TokenKey, keyHash: UInt64, isCapitalized: Bool, isAllCaps: Bool,
         isPossessive: Bool, isHyphenated: Bool) {
        self.range = range
        self.keyHash = keyHash
        self.keyBits = keyBits
        self.kind = kind
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
        self.isPossessive = isPossessive
        self.isHyphenated = isHyphenated
    }

    // (As the synthesised conformance did, with the key compared as a `String`.)
    public static func == (a: WordToken, b: WordToken) -> Bool {
        a.kind == b.kind && a.range == b.range && a.keyHash == b.keyHash && a.isCapitalized == b.isCapitalized
            && a.isAllCaps == b.isAllCaps && a.isPossessive == b.isPossessive && a.isHyphenated == b.isHyphenated
            && (a.keyBits == b.keyBits || a.key == b.key)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(range)
        hasher.combine(key)
        hasher.combine(keyHash)
        hasher.combine(isCapitalized)
        hasher.combine(isAllCaps)
        hasher.combine(isPossessive)
        hasher.combine(isHyphenated)
    }
}
