/// Lexicon lookups of a word given as bytes of the text.
extension SentenceSplitter {
    /// `lexicon.isStarter` of the word at `range`: an ASCII word is lowercased and probed byte by byte;
    /// anything else takes the String path, so the answer is always the lexicon's.
    func isStarter(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let hash = Self.lowercasedASCIIHash(b, range) else {
            return lexicon.isStarter(String(decoding: UnsafeBufferPointer(rebasing: b[range]), as: UTF8.self))
        }
        return starterWords.value(forBytes: b[range].lazy.map(Self.lowercased), hash: hash) != nil
    }

    /// `lexicon.kind(of:)` of the word at `range`, the same way.
    func abbreviationKind(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> AbbreviationLexicon.Kind? {
        guard let hash = Self.lowercasedASCIIHash(b, range) else {
            return lexicon.kind(of: String(decoding: UnsafeBufferPointer(rebasing: b[range]), as: UTF8.self))
        }
        return abbreviationKinds.value(forBytes: b[range].lazy.map(Self.lowercased), hash: hash)
    }

    /// The `WordHash` of the lowercased bytes, or nil when a byte is not ASCII (whose lowercasing
    /// is Unicode's business).
    static func lowercasedASCIIHash(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64? {
        var hash = WordHash.seed
        for i in range {
            let c = b[i]
            guard c < 0x80 else { return nil }
            hash = WordHash.adding(lowercased(c), to: hash)
        }
        return hash
    }

    @inline(__always)
    static func lowercased(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
}
