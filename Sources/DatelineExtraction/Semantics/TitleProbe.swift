/// A word of a title's bytes probed in the lexicons' word tables by its key bits instead of its
/// bytes: for an ASCII word of at most 15 bytes, the token the tokenizer would key its lowercased
/// bytes with (`TokenKey` bits and `WordHash`), so that a table probe compares two integers with
/// the slot its hash lands on instead of walking a lazily lowercased byte view. The same answers
/// as the byte probes (`WordTable.value(forBytes:hash:)`): an inline ASCII key's bits are its
/// bytes, and a table's slot holds the bits of its key made the same way.
enum TitleProbe {
    /// The probe token of `bytes` lowercased, or nil for a word with a non-ASCII byte or longer
    /// than an inline key (and wherever keys are not laid out inline), for the byte probe.
    /// Cost: a shift, an or and a multiply per byte; no allocation.
    @inline(__always)
    static func token(lowercasing bytes: UnsafeBufferPointer<UInt8>) -> WordToken? {
        let n = bytes.count
        guard n <= 15, TokenKey.layoutIsSmallString else { return nil }
        var low: UInt64 = 0, high: UInt64 = 0
        var hash = WordHash.seed
        for k in 0..<n {
            let b = bytes[k]
            guard b < 0x80 else { return nil }
            let l = AsciiWord.lower(b)
            hash = WordHash.adding(l, to: hash)
            if k < 8 { low |= UInt64(l) << UInt64(8 * k) } else { high |= UInt64(l) << UInt64(8 * (k - 8)) }
        }
        return WordToken(kind: .word, range: 0..<n, keyBits: TokenKey(low: low, high: high | (0xE0 | UInt64(n)) << 56),
                         keyHash: hash, isCapitalized: false, isAllCaps: false, isPossessive: false, isHyphenated: false)
    }

    /// `token(lowercasing:)` of the bytes `word` of `bytes`.
    @inline(__always)
    static func token(lowercasing bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> WordToken? {
        token(lowercasing: UnsafeBufferPointer(rebasing: bytes[word]))
    }
}

extension WordSet {
    /// `contains(asciiLowercasing:)` by the word's key bits when it has them.
    @inline(__always)
    func containsProbing(asciiLowercasing bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if let probe = TitleProbe.token(lowercasing: bytes) { return contains(probe) }
        return contains(asciiLowercasing: bytes)
    }
}

extension TitleProbe {
    /// `AsciiWord.isPlainText(text, avoiding: set)`, each word probed by its key bits when it has
    /// them (the same scan; only the probes differ). Cost: one pass over the bytes.
    static func isPlainText(_ text: String, avoiding set: WordSet) -> Bool {
        AsciiWord.isPlainText(text) { set.containsProbing(asciiLowercasing: $0) }
    }
}
