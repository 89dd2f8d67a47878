extension TitleText {
    // Lookups on the token list by byte offset (binary searches: token ranges are nonempty and in
    // order) and the shapes of punctuation tokens, used while a `TitleText` is built.

    /// `tokenSpan(of:)` over `tokens`.
    static func span(of range: Range<Int>, in tokens: [WordToken]) -> Range<Int>? {
        guard !range.isEmpty else { return nil }  // (an empty range overlaps nothing)
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].range.upperBound > range.lowerBound { high = mid } else { low = mid + 1 }
        }
        let first = low
        guard first < tokens.count, tokens[first].range.lowerBound < range.upperBound else { return nil }
        high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].range.lowerBound < range.upperBound { low = mid + 1 } else { high = mid }
        }
        return first..<low
    }

    /// The tokens whose range starts inside the byte range `r` (token ranges are nonempty and in order).
    static func tokens(in tokens: [WordToken], startingIn r: Range<Int>) -> Range<Int> {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].range.lowerBound < r.lowerBound { low = mid + 1 } else { high = mid }
        }
        let first = low
        high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].range.lowerBound < r.upperBound { low = mid + 1 } else { high = mid }
        }
        return first..<low
    }

    /// The token whose range starts at byte `offset`, if any (token ranges are nonempty and in order).
    static func token(in tokens: [WordToken], startingAt offset: Int) -> Int? {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].range.lowerBound < offset { low = mid + 1 } else { high = mid }
        }
        return low < tokens.count && tokens[low].range.lowerBound == offset ? low : nil
    }

    /// The token whose range ends at byte `offset`, if any.
    static func token(in tokens: [WordToken], endingAt offset: Int) -> Int? {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].range.upperBound < offset { low = mid + 1 } else { high = mid }
        }
        return low < tokens.count && tokens[low].range.upperBound == offset ? low : nil
    }

    /// Punctuation that breaks a clause (a comma also marked as one), a period (which does at
    /// the sentence's end), a quotation mark, or nothing: what comparing the key with each mark
    /// answers. A one-byte key is that mark; of other keys only U+037E is (canonically) equal to
    /// one, ";" (a scan of every scalar shows it).
    static func shape(of key: String) -> UInt64 {
        var key = key
        return key.withUTF8 { shape(ofKeyBytes: $0) }
    }

    /// `shape(of:)` on the key's bytes.
    private static func shape(ofKeyBytes bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        if bytes.count == 2 { return bytes[0] == 0xCD && bytes[1] == 0xBE ? TitleWordBits.breakMark : 0 }
        guard bytes.count == 1 else { return 0 }
        switch bytes[0] {
        case UInt8(ascii: ","): return TitleWordBits.breakMark | TitleWordBits.comma
        case UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "-"),
             UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "?"), UInt8(ascii: "!"):
            return TitleWordBits.breakMark
        case UInt8(ascii: "."): return TitleWordBits.period
        case UInt8(ascii: "\""), UInt8(ascii: "'"): return TitleWordBits.quote
        default: return 0
        }
    }

    /// `shape(of: token.key)` for a punctuation token, from its bytes in the sentence (no copy of
    /// the token): `WordTokenizer` keys a mark by its bytes, except curly quotes (`"`, `'`) and
    /// en and em dashes (`-`); a stray byte gets U+FFFD, three bytes, which has no shape either.
    static func shape(ofPunctuation bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        if bytes.count == 3, bytes[0] == 0xE2, bytes[1] == 0x80 {
            switch bytes[2] {
            case 0x9C, 0x9D, 0x98, 0x99: return TitleWordBits.quote
            case 0x93, 0x94: return TitleWordBits.breakMark
            default: return 0
            }
        }
        return shape(ofKeyBytes: bytes)
    }
}
