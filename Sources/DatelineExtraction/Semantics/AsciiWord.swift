/// Byte-level answers for the word tests the title builder runs on rendered text, where the
/// plain code lowercased, split and compared `String`s. Each helper gives exactly the `String`
/// answer: it works on the bytes only where bytes decide it (ASCII text, where `lowercased()` is
/// ASCII lowercasing and every byte is one `Character`; spaces that stand alone as `Character`s),
/// and otherwise takes the `String` path itself or reports nil so that the caller does.
/// Cost: one pass over the bytes.
enum AsciiWord {
    /// Whether every UTF-8 byte of `text` is ASCII.
    @inline(__always)
    static func isASCII<S: StringProtocol>(_ text: S) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }

    @inline(__always)
    static func isAlphanumeric(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    @inline(__always)
    static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 32 : b }

    /// `WordHash` of `text.lowercased()`, or nil when `text` is not ASCII.
    static func lowercasedHash<S: StringProtocol>(_ text: S) -> UInt64? {
        var hash = WordHash.seed
        for b in text.utf8 {
            if b >= 0x80 { return nil }
            hash = WordHash.adding(lower(b), to: hash)
        }
        return hash
    }

    /// Whether `text.lowercased() == word`, for a lowercase ASCII `word`; nil when `text` is not ASCII.
    static func lowercased<S: StringProtocol>(_ text: S, equals word: StaticString) -> Bool? {
        let utf8 = text.utf8
        guard utf8.count == word.utf8CodeUnitCount else { return isASCII(text) ? false : nil }
        var same = true
        var i = 0
        let w = word.utf8Start
        for b in utf8 {
            if b >= 0x80 { return nil }
            if lower(b) != w[i] { same = false }
            i += 1
        }
        return same
    }

    /// Whether `text` is exactly the bytes of `word` (for an ASCII `word`, the same as `text == word`).
    static func spells<S: StringProtocol>(_ text: S, _ word: StaticString) -> Bool {
        let utf8 = text.utf8
        guard utf8.count == word.utf8CodeUnitCount else { return false }
        return utf8.elementsEqual(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
    }

    /// `text.count` (in `Character`s) when that is cheap to know exactly: ASCII without a carriage
    /// return ("\r\n" is one `Character`). Otherwise nil.
    static func characterCount<S: StringProtocol>(_ text: S) -> Int? {
        var n = 0
        for b in text.utf8 {
            if b >= 0x80 || b == 0x0D { return nil }
            n += 1
        }
        return n
    }

    /// `text.hasSuffix(suffix)`, on the bytes when `text` is ASCII without carriage returns: then a
    /// suffix that is not (a curly apostrophe, an accent, a carriage return) cannot end it.
    static func hasSuffix<S: StringProtocol>(_ text: String, _ suffix: S) -> Bool {
        guard characterCount(text) != nil else { return text.hasSuffix(suffix) }
        guard characterCount(suffix) != nil else { return false }
        return text.utf8.reversed().starts(with: suffix.utf8.reversed())
    }

    /// `words.joined(separator: " ")`, appended piece by piece into one reserved string (the
    /// generic `joined` over substrings is several times slower).
    static func joined(_ words: [Substring]) -> String {
        var out = ""
        out.reserveCapacity(words.reduce(words.count) { $0 + $1.utf8.count })
        for (i, word) in words.enumerated() {
            if i > 0 { out.append(" ") }
            out.append(contentsOf: word)
        }
        return out
    }

    /// Whether the space byte at `i` is a `Character` of its own: its neighbours are ASCII (or
    /// absent). Only non-ASCII scalars join a space into a cluster (a combining mark after it, a
    /// prepended mark before it), so then splitting bytes at spaces splits `Character`s there too.
    @inline(__always)
    static func isLoneSpace(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        (i == 0 || bytes[i - 1] < 0x80) && (i + 1 == bytes.count || bytes[i + 1] < 0x80)
    }

    /// `text.split(separator: " ")`: on the bytes when every space byte is a lone space `Character`
    /// (`isLoneSpace`), else by `Character`s. Cost: one pass over the bytes, one array.
    static func words(_ text: String) -> [Substring] {
        let utf8 = text.utf8
        let scanned = utf8.withContiguousStorageIfAvailable { bytes -> [Substring]? in
            // (Offsets into a native string's UTF-8 make indices in constant time.)
            func word(_ from: Int, _ to: Int) -> Substring {
                text[utf8.index(utf8.startIndex, offsetBy: from)..<utf8.index(utf8.startIndex, offsetBy: to)]
            }
            var out: [Substring] = []
            var start = -1
            for i in 0..<bytes.count {
                let b = bytes[i]
                if b == 0x20, !isLoneSpace(bytes, at: i) { return nil }
                if b == 0x20 {
                    if start >= 0 { out.append(word(start, i)) }
                    start = -1
                } else if start < 0 {
                    start = i
                }
            }
            if start >= 0 { out.append(word(start, bytes.count)) }
            return out
        }
        if case let words?? = scanned { return words }
        return text.split(separator: " ")
    }

    /// `text.prefix { $0 != " " }`: up to the first space byte when it is a lone space (the first
    /// space `Character` holds the first space byte), else by `Character`s.
    static func firstWord(_ text: String) -> Substring {
        let utf8 = text.utf8
        let end = utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            guard let i = bytes.firstIndex(of: 0x20) else { return bytes.count }
            return isLoneSpace(bytes, at: i) ? i : nil
        }
        guard case let offset?? = end else { return text.prefix { $0 != " " } }
        return text[..<utf8.index(utf8.startIndex, offsetBy: offset)]
    }

    /// `text.split(separator: " ").count`, on the bytes when every space byte is a lone space.
    static func wordCount(_ text: String) -> Int {
        let counted = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var count = 0
            var inWord = false
            for i in 0..<bytes.count {
                if bytes[i] == 0x20 {
                    guard isLoneSpace(bytes, at: i) else { return nil }
                    inWord = false
                } else if !inWord {
                    inWord = true
                    count += 1
                }
            }
            return count
        }
        if case let count?? = counted { return count }
        return text.split(separator: " ").count
    }

    /// Whether `text` has no leading, trailing or double space byte and no space-separated word
    /// that, lowercased, is in `set` (of ASCII words without "k"). Then splitting it into `Character`
    /// words, replacing only words of `set`, and joining them with spaces returns `text`: no empty
    /// word is dropped, and a word that lowercases to such a word is ASCII, delimited by space bytes
    /// (the only non-ASCII scalar that lowercases to ASCII is the Kelvin sign, to "k").
    /// (A space joined to a combining mark splits nothing; the answer stays "plain".)
    static func isPlainText(_ text: String, avoiding set: WordSet) -> Bool {
        isPlainText(text) { set.contains(asciiLowercasing: $0) }
    }

    /// `isPlainText(_:avoiding:)` with the set's test given as `isListed` (a word's bytes, as written).
    @inline(__always)
    static func isPlainText(_ text: String, listed isListed: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var wordStart = 0
            var previous: UInt8 = 0x20
            for i in 0..<bytes.count {
                let b = bytes[i]
                if b == 0x20 && previous == 0x20 { return false }
                if b == 0x20 {
                    if isListed(UnsafeBufferPointer(rebasing: bytes[wordStart..<i])) { return false }
                    wordStart = i + 1
                }
                previous = b
            }
            return previous != 0x20 && !isListed(UnsafeBufferPointer(rebasing: bytes[wordStart..<bytes.count]))
        }
        return answer ?? false
    }

    /// `text` with its first `Character` uppercased, as `first.uppercased() + text.dropFirst()`
    /// gives it. On the bytes when the first two bytes are ASCII (then the first byte is the whole
    /// first `Character`, and only a lowercase letter changes).
    static func capitalizingFirst(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.first else { return text }
        let second = utf8.dropFirst().first
        guard first < 0x80, second.map({ $0 < 0x80 }) ?? true, !(first == 0x0D && second == 0x0A) else {
            guard let character = text.first else { return text }
            return character.uppercased() + text.dropFirst()
        }
        guard first >= 0x61 && first <= 0x7A else { return text }
        var bytes = Array(utf8)
        bytes[0] = first - 32
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension CueLexicon {
    /// `contains(list, key: text.lowercased())` without building the lowercased string for ASCII text.
    func contains<S: StringProtocol>(_ list: List, lowercasing text: S) -> Bool {
        guard let hash = AsciiWord.lowercasedHash(text) else { return contains(list, key: String(text).lowercased()) }
        return contains(list, bytes: text.utf8.lazy.map(AsciiWord.lower), hash: hash)
    }
}

extension TitleGrammar {
    /// `contains(list, key: text.lowercased())` without building the lowercased string for ASCII text.
    func contains<S: StringProtocol>(_ list: List, lowercasing text: S) -> Bool {
        guard let hash = AsciiWord.lowercasedHash(text) else { return contains(list, key: String(text).lowercased()) }
        return contains(list, bytes: text.utf8.lazy.map(AsciiWord.lower), hash: hash)
    }
}

/// A fixed set of lowercase words, probed by a token's precomputed hash or by the bytes of a
/// lowercased text: what `["the", "a", "an"].contains(key)` answers, without building the array
/// or hashing the key again. (Keys are compared as strings after the hash, so only words spelled
/// with the same bytes match; for the ASCII words these sets hold, that is `String` equality.)
struct WordSet: Sendable {
    private var table = WordTable<Bool>()

    init(_ words: [String]) {
        for word in words { table[word] = true }
    }

    @inline(__always)
    func contains(_ token: WordToken) -> Bool { table.value(for: token) != nil }

    func contains(key: String) -> Bool { table.value(forKey: key) != nil }

    /// Whether the word spelled by `bytes` (`WordHash` `hash`) is in the set.
    func contains<Bytes: Collection>(bytes: Bytes, hash: UInt64) -> Bool where Bytes.Element == UInt8 {
        table.value(forBytes: bytes, hash: hash) != nil
    }

    /// Whether the ASCII `bytes`, lowercased, spell a word of the set.
    func contains(asciiLowercasing bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var hash = WordHash.seed
        for b in bytes { hash = WordHash.adding(AsciiWord.lower(b), to: hash) }
        return table.value(forBytes: bytes.lazy.map(AsciiWord.lower), hash: hash) != nil
    }

    /// Whether `text.lowercased()` is in the set.
    func contains<S: StringProtocol>(lowercasing text: S) -> Bool {
        guard let hash = AsciiWord.lowercasedHash(text) else { return contains(key: String(text).lowercased()) }
        return table.value(forBytes: text.utf8.lazy.map(AsciiWord.lower), hash: hash) != nil
    }
}

extension WordToken {
    /// `key.hasSuffix(suffix)`, on the bytes when both are ASCII (as keys nearly always are).
    func keyHasSuffix(_ suffix: String) -> Bool { AsciiWord.hasSuffix(key, suffix) }

    /// Whether a token key's UTF-8 bytes end with those of `suffix` (what
    /// `key.utf8.reversed().starts(with: suffix.utf8.reversed())` answers), read in place: a
    /// reversed view steps back through the string's indices one by one. (Static, taking the key:
    /// a method called on `tokens[j]` copied the whole token out first.)
    @inline(__always)
    static func keyBytes(of key: String, endWith suffix: StaticString) -> Bool {
        var key = key
        return key.withUTF8 { bytes in
            let n = suffix.utf8CodeUnitCount
            guard bytes.count >= n else { return false }
            let s = suffix.utf8Start
            for k in 0..<n where bytes[bytes.count - n + k] != s[k] { return false }
            return true
        }
    }
}
