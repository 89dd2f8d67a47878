/// Byte-level string tests for the title builder's hot paths, each giving exactly the `String`
/// answer it replaces while reading the UTF-8 bytes in place (no arrays, no lowercased copies).
enum TitleBytes {
    /// `text.hasSuffix(suffix)` (and `AsciiWord.hasSuffix`) for a `suffix` of lowercase ASCII
    /// letters, apostrophes or "’" (none of which a different scalar sequence is canonically
    /// equal to). Equal bytes after an ASCII byte (or none) are whole equal `Character`s; after a
    /// non-ASCII byte (a scalar that might join the suffix's first one) the `String` test decides.
    /// Cost: a compare per suffix byte.
    static func hasSuffix<S: StringProtocol>(_ text: S, _ suffix: StaticString) -> Bool {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            let n = suffix.utf8CodeUnitCount
            guard bytes.count >= n else { return false }
            let s = suffix.utf8Start
            let start = bytes.count - n
            for j in 0..<n where bytes[start + j] != s[j] { return false }
            return start == 0 || bytes[start - 1] < 0x80 ? true : nil
        }
        if case let known?? = answer { return known }
        return text.hasSuffix(String(decoding: UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount),
                                     as: UTF8.self))
    }

    /// `text.hasPrefix(prefix)` for a `prefix` of ASCII letters other than "K" and spaces (of
    /// other scalars only the Kelvin sign is canonically equal to an ASCII letter, "K"): a byte
    /// mismatch, or too few bytes, is no prefix; equal bytes followed by an ASCII byte (or none)
    /// are whole equal `Character`s; before a non-ASCII byte (which might join the last one) the
    /// `String` test decides. Cost: a compare per prefix byte.
    static func hasPrefix(_ text: String, _ prefix: StaticString) -> Bool {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            let n = prefix.utf8CodeUnitCount
            guard bytes.count >= n else { return false }
            let p = prefix.utf8Start
            for j in 0..<n where bytes[j] != p[j] { return false }
            return n == bytes.count || bytes[n] < 0x80 ? true : nil
        }
        if case let known?? = answer { return known }
        return text.hasPrefix(String(decoding: UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount),
                                     as: UTF8.self))
    }

    /// `text.contains(" ")`: false without a space byte, true with one between ASCII bytes (a
    /// lone space `Character`), else the `String` test. Cost: one pass over the bytes.
    static func containsSpace(_ text: String) -> Bool {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var sawSpace = false
            for i in bytes.indices where bytes[i] == 0x20 {
                if AsciiWord.isLoneSpace(bytes, at: i) { return true }
                sawSpace = true
            }
            return sawSpace ? nil : false
        }
        if case let known?? = answer { return known }
        return text.contains(" ")
    }

    /// Whether `suffixes` holds a suffix of `text` (see `hasSuffix`).
    static func hasSuffix<S: StringProtocol>(_ text: S, anyOf suffixes: [StaticString]) -> Bool {
        for suffix in suffixes where hasSuffix(text, suffix) { return true }
        return false
    }

    /// Whether the lowercased ASCII `bytes` end with the lowercase ASCII `suffix`.
    static func lowercasedHasSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        guard bytes.count >= n else { return false }
        let s = suffix.utf8Start
        let start = bytes.count - n
        for j in 0..<n where AsciiWord.lower(bytes[start + j]) != s[j] { return false }
        return true
    }

    /// `AsciiWord.hasSuffix(text, suffix)` for a nonempty ASCII `suffix` without carriage returns,
    /// given as bytes: a byte comparison when `text` is ASCII without them, else `String.hasSuffix`.
    static func hasSuffix(_ text: String, asciiBytes suffix: UnsafeBufferPointer<UInt8>) -> Bool {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            for b in bytes where b >= 0x80 || b == 0x0D { return nil }
            guard bytes.count >= suffix.count else { return false }
            let start = bytes.count - suffix.count
            for j in 0..<suffix.count where bytes[start + j] != suffix[j] { return false }
            return true
        }
        if case let known?? = answer { return known }
        return text.hasSuffix(String(decoding: suffix, as: UTF8.self))
    }

    /// `WordTokenizer.tokens(in: text).filter(\.isWord)`, without the second array (and the
    /// copies of every token) when the text holds no punctuation, as most titles do.
    static func wordTokens(in text: String) -> [WordToken] {
        let tokens = WordTokenizer.tokens(in: text)
        for token in tokens where !token.isWord { return tokens.filter(\.isWord) }
        return tokens
    }

    /// `text.lowercased()`: the text itself when it is ASCII without a capital (most verbs as
    /// written; lowercasing gives an equal string), else the `String` method. Cost: one pass
    /// over the bytes, and no new string for a text already lowercase.
    static func lowercased(_ text: String) -> String {
        let plain = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            for b in bytes where b >= 0x80 || (b >= 0x41 && b <= 0x5A) { return false }
            return true
        } ?? false
        return plain ? text : text.lowercased()
    }

    /// `text.lowercased() == word` for a lowercase ASCII `word` without "k": only ASCII text of
    /// the same length can lowercase to it (of other scalars only the Kelvin sign lowercases to
    /// ASCII, to "k"). Cost: a compare per byte, no lowercased copy.
    static func lowercased(_ text: String, equals word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard text.utf8.count == n else { return false }
        let w = word.utf8Start
        var j = 0
        for b in text.utf8 {
            if b >= 0x80 || AsciiWord.lower(b) != w[j] { return false }
            j += 1
        }
        return true
    }

    /// `cues.contains(list, lowercasing: AsciiWord.firstWord(text))`: on the bytes when the first
    /// word is ASCII and ends at a lone space or the end (then it is what `firstWord` gives, and
    /// lowercasing is byte by byte), else through those calls. Cost: a pass over the first word.
    static func firstWord(of text: String, isIn list: CueLexicon.List, cues: CueLexicon) -> Bool {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var end = bytes.count
            if let i = bytes.firstIndex(of: 0x20) {
                guard AsciiWord.isLoneSpace(bytes, at: i) else { return nil }
                end = i
            }
            // (A short ASCII word by its key bits; else lowercased into a buffer on the stack: a
            // lazily lowercased view cost more to compare.)
            if let probe = TitleProbe.token(lowercasing: UnsafeBufferPointer(rebasing: bytes[0..<end])) {
                return cues.contains(list, token: probe)
            }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, end)) { lowered -> Bool? in
                var hash = WordHash.seed
                for k in 0..<end {
                    let b = bytes[k]
                    if b >= 0x80 { return nil }
                    let l = AsciiWord.lower(b)
                    lowered[k] = l
                    hash = WordHash.adding(l, to: hash)
                }
                return cues.contains(list, bytes: UnsafeBufferPointer(rebasing: lowered[0..<end]), hash: hash)
            }
        }
        if case let known?? = answer { return known }
        return cues.contains(list, lowercasing: AsciiWord.firstWord(text))
    }

    /// Adjective endings whose noun a cut may have dropped ("economic", "vital", "massive").
    static let adjectiveEndings: [StaticString] = ["ic", "al", "ive", "ous", "ary", "ful", "able", "ible"]
}

extension WordToken {
    /// `keyHasSuffix(suffix)` on the key's bytes in place (see `TitleBytes.hasSuffix`).
    /// (An inline key's bytes are read off its bits: no key string, no copy of its bytes.)
    @inline(__always)
    func keyEnds(_ suffix: StaticString) -> Bool {
        let bits = keyBits
        if bits.isInline {
            let n = suffix.utf8CodeUnitCount, count = bits.count
            guard count >= n else { return false }
            let s = suffix.utf8Start
            let start = count - n
            for j in 0..<n where bits.inlineByte(start + j) != s[j] { return false }
            // (Equal bytes after an ASCII byte, or none, are whole equal `Character`s.)
            if start == 0 || bits.inlineByte(start - 1) < 0x80 { return true }
        }
        return TitleBytes.hasSuffix(key, suffix)
    }
}
