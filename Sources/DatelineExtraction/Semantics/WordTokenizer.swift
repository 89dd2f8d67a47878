/// Splits text into `WordToken`s on UTF-8 bytes. Linear in the byte count; allocates nothing per
/// token (a key of more than 15 bytes is interned once per process, see `TokenKey`), and hashes
/// each key once.
public enum WordTokenizer {
    public static func tokens(in text: String) -> [WordToken] {
        // A native string's bytes are read in place; only a bridged one is copied first.
        if let tokens = text.utf8.withContiguousStorageIfAvailable({ tokens(buffer: $0) }) { return tokens }
        return tokens(bytes: Array(text.utf8))
    }

    public static func tokens(bytes: [UInt8]) -> [WordToken] {
        bytes.withUnsafeBufferPointer { tokens(buffer: $0) }
    }

    static func tokens(buffer bytes: UnsafeBufferPointer<UInt8>) -> [WordToken] {
        // A key is never longer than its word: one scratch buffer of the text's size serves all.
        // (16 bytes more, zeroed: a short key's bits are read as two whole words.)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 16) { scratch in
            scratch.initialize(repeating: 0)
            var key = KeyBuffer(storage: scratch)
            return tokens(buffer: bytes, key: &key)
        }
    }

    /// The bytes of the key being built (no bounds or uniqueness checks on each append).
    struct KeyBuffer {
        let storage: UnsafeMutableBufferPointer<UInt8>
        private(set) var count = 0
        /// `WordHash` of the bytes so far, extended as they are appended.
        private(set) var hash = WordHash.seed

        init(storage: UnsafeMutableBufferPointer<UInt8>) { self.storage = storage }

        @inline(__always) mutating func append(_ byte: UInt8) {
            storage[count] = byte
            count += 1
            hash = WordHash.adding(byte, to: hash)
        }

        var last: UInt8? { count > 0 ? storage[count - 1] : nil }
        mutating func removeAll() {
            count = 0
            hash = WordHash.seed
        }
        var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: storage[0..<count]) }

        /// `TokenKey.make(bytes, inline:)`: a short ASCII key's bits are its first 16 bytes read
        /// as two little-endian words (the storage has 16 bytes to spare), the bytes past the
        /// key masked off, instead of being assembled byte by byte. (`inline` holds only where
        /// the library's small strings are laid out so, little-endian.)
        @inline(__always)
        func tokenKey(inline: Bool) -> TokenKey {
            if inline && count <= 15, let base = storage.baseAddress {
                let raw = UnsafeRawPointer(base)
                var low = raw.loadUnaligned(as: UInt64.self).littleEndian
                var high = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self).littleEndian
                if count < 8 {
                    low &= (1 << UInt64(8 * count)) &- 1
                    high = 0
                } else {
                    high &= (1 << UInt64(8 * (count - 8))) &- 1
                }
                if (low | high) & 0x8080_8080_8080_8080 == 0 {
                    return TokenKey(low: low, high: high | (0xE0 | UInt64(count)) << 56)
                }
            }
            return TokenKey.make(bytes, inline: inline)
        }
    }

    private static func tokens(buffer bytes: UnsafeBufferPointer<UInt8>, key: inout KeyBuffer) -> [WordToken] {
        var out: [WordToken] = []
        // (News prose runs about one token per four or five bytes, punctuation included: room for
        // one per three is rarely outgrown, where regrowing moves every token made so far.)
        out.reserveCapacity(bytes.count / 3 + 2)
        var i = 0
        var hyphenPending = false
        let n = bytes.count
        // (Read once here: a static is checked for initialisation at every access.)
        let inline = TokenKey.layoutIsSmallString
        let asciiKeys = Self.asciiKeys, asciiHashes = Self.asciiHashes
        let fold = PlainWord.fold
        while i < n {
            let b = bytes[i]
            // Most words are short ASCII letters and digits followed by a space or plain mark: read
            // them in one tight loop; anything else (see `PlainWord.token`) takes `scanWord`.
            if inline, fold[Int(b)] != 0,
               let token = PlainWord.token(bytes, from: i, fold: fold, hyphenated: hyphenPending, scratch: key.storage) {
                out.append(token)
                i = token.range.upperBound
                hyphenPending = false
                if i + 1 < n, bytes[i] == UInt8(ascii: "-"), isWordStart(bytes, i + 1) {
                    hyphenPending = true
                    i += 1
                }
                continue
            }
            if b == 0x20 {
                i += 1
                hyphenPending = false
                continue
            }
            if isSpace(b) || (b == 0xC2 && i + 1 < n && bytes[i + 1] == 0xA0) {
                i += b == 0xC2 ? 2 : 1
                hyphenPending = false
                continue
            }
            if isWordStart(bytes, i) {
                let (token, next) = scanWord(bytes, from: i, hyphenated: hyphenPending, key: &key, inline: inline)
                out.append(token)
                i = next
                hyphenPending = false
                // A hyphen glued between two words joins them.
                if i + 1 < n, bytes[i] == UInt8(ascii: "-"), isWordStart(bytes, i + 1) {
                    hyphenPending = true
                    i += 1
                }
                continue
            }
            hyphenPending = false
            let width = scalarWidth(b)
            let end = min(n, i + width)
            let punctuation: TokenKey, hash: UInt64
            if b < 0x80 {
                // One ASCII mark: its key and hash are made once, not per token.
                punctuation = asciiKeys[Int(b)]
                hash = asciiHashes[Int(b)]
            } else {
                let text = punctuationKey(bytes, i, end)
                punctuation = TokenKey.make(string: text, inline: inline)
                hash = WordHash.of(text)
            }
            out.append(WordToken(kind: .punctuation, range: i..<end, keyBits: punctuation, keyHash: hash,
                                 isCapitalized: false, isAllCaps: false, isPossessive: false, isHyphenated: false))
            i = end
        }
        return out
    }

    /// The one token of `text` when it is a plain lowercase ASCII word ("met", "discuss"), built
    /// without a tokenizer pass: what `tokens(in:)` returns for it. Nil for any other text.
    public static func plainWordToken(_ text: String) -> WordToken? {
        var hash = WordHash.seed
        var count = 0
        for b in text.utf8 {
            guard isLower(b) else { return nil }
            hash = WordHash.adding(b, to: hash)
            count += 1
        }
        guard count > 0 else { return nil }
        return WordToken(kind: .word, range: 0..<count, key: text, keyHash: hash, isCapitalized: false, isAllCaps: false,
                         isPossessive: false, isHyphenated: false)
    }

    // MARK: - Scanning

    /// One word from `start`; `key` is scratch space reused across words.
    private static func scanWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, hyphenated: Bool,
                                 key: inout KeyBuffer, inline: Bool) -> (WordToken, Int) {
        let n = bytes.count
        var i = start
        key.removeAll()
        var keyHasPeriod = false
        var letters = 0, upper = 0
        var possessive = false
        var end = start
        while i < n {
            let b = bytes[i]
            // A run of lowercase letters, most of every word, in one tight loop (what the general
            // case below does for each of them).
            if b &- 0x61 < 26 {
                var j = i
                repeat {
                    key.append(bytes[j])
                    j += 1
                } while j < n && bytes[j] &- 0x61 < 26
                letters += j - i
                i = j
                end = j
                continue
            }
            if isAlnum(b) || (b >= 0x80 && !isPunctuationSequence(bytes, i)) {
                if b < 0x80 {
                    if isUpper(b) {
                        upper += 1
                        letters += 1
                        key.append(b + 32)
                    } else {
                        if isLower(b) { letters += 1 }
                        key.append(b)
                    }
                    i += 1
                } else {
                    letters += 1
                    let w = scalarWidth(b)
                    for k in i..<min(n, i + w) { key.append(bytes[k]) }
                    i += w
                }
                end = i
                continue
            }
            // "U.S.", "U.N.": periods inside initialisms; "76.7", "1,000": separators inside numbers.
            if b == UInt8(ascii: ".") {
                let previous = i > start ? bytes[i - 1] : 0
                let nextIsLetter = i + 1 < n && isAlpha(bytes[i + 1])
                let initialism = isUpper(previous) && (i - start == 1 || keyHasPeriod)
                if initialism && nextIsLetter && i + 2 <= n {
                    key.append(b); keyHasPeriod = true; i += 1; end = i; continue
                }
                if initialism && keyHasPeriod {
                    key.append(b); i += 1; end = i; break
                }
            }
            if (b == UInt8(ascii: ".") || b == UInt8(ascii: ",")), i > start, isDigit(bytes[i - 1]),
               i + 1 < n, isDigit(bytes[i + 1]) {
                if b == UInt8(ascii: ".") { keyHasPeriod = true }
                key.append(b); i += 1; continue
            }
            if let width = apostropheWidth(bytes, i) {
                let after = i + width
                let nextIsLetter = after < n && isAlpha(bytes[after])
                if nextIsLetter, lowercased(bytes[after]) == UInt8(ascii: "s"),
                   after + 1 >= n || !isAlnum(bytes[after + 1]) {
                    possessive = true
                    i = after + 1
                    break
                }
                if nextIsLetter {  // "didn't", "O'Brien"
                    key.append(UInt8(ascii: "'")); i = after; continue
                }
                if key.last == UInt8(ascii: "s") {  // "officials' "
                    possessive = true
                    i = after
                }
                break
            }
            break
        }
        let token = WordToken(kind: .word, range: start..<end, keyBits: key.tokenKey(inline: inline), keyHash: key.hash,
                              isCapitalized: isUpper(bytes[start]) || bytes[start] >= 0x80,
                              isAllCaps: letters >= 2 && upper == letters,
                              isPossessive: possessive, isHyphenated: hyphenated)
        return (token, max(i, start + 1))
    }

    /// The key of each one-byte (ASCII) punctuation token, and its hash, by byte value.
    private static let asciiKeys: [TokenKey] = (0..<128).map { TokenKey.make(string: String(decoding: [UInt8($0)], as: UTF8.self)) }
    private static let asciiHashes: [UInt64] = (0..<128).map { WordHash.of(bytes: [UInt8($0)]) }

    // MARK: - Byte classes

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }
    static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    static func isAlpha(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) || b >= 0x80 }
    static func isAlnum(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) || isDigit(b) }
    static func lowercased(_ b: UInt8) -> UInt8 { isUpper(b) ? b + 32 : b }

    private static func isWordStart(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = bytes[i]
        if isAlnum(b) { return true }
        return b >= 0xC0 && !isPunctuationSequence(bytes, i)
    }

    private static func scalarWidth(_ b: UInt8) -> Int {
        if b < 0x80 { return 1 }
        if b >= 0xF0 { return 4 }
        if b >= 0xE0 { return 3 }
        if b >= 0xC0 { return 2 }
        return 1
    }

    /// General Punctuation block (U+2000–U+206F: curly quotes, dashes, ellipsis) and Latin-1 marks.
    private static func isPunctuationSequence(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = bytes[i]
        if b == 0xE2, i + 1 < bytes.count, bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81 { return true }
        if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] < 0xC0 { return true }  // nbsp, «, », °, ©
        if b == 0xE3, i + 2 < bytes.count, bytes[i + 1] == 0x80 { return true }  // CJK punctuation
        return false
    }

    /// Width of a straight or curly apostrophe at `i`, if there is one.
    private static func apostropheWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        if bytes[i] == UInt8(ascii: "'") { return 1 }
        if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 { return 3 }
        return nil
    }

    private static func punctuationKey(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        if end - start == 3, bytes[start] == 0xE2, bytes[start + 1] == 0x80 {
            switch bytes[start + 2] {
            case 0x9C, 0x9D: return "\""
            case 0x98, 0x99: return "'"
            case 0x93, 0x94: return "-"
            default: break
            }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
}
