/// The tokenizer's fast path: a word of ASCII letters and digits only (most words of news prose),
/// read with one table load, one compare and one hash step per byte, its flags and key bits taken
/// from two whole-word loads. Gives exactly the token `WordTokenizer`'s general scan gives, or nil
/// when the word is not plain and that scan must read it.
enum PlainWord {
    /// Per byte value: the byte ASCII-lowercased if it is an ASCII letter or digit, else 0.
    static let fold = ByteFoldTable.lettersAndDigits

    /// The word token for the plain word at `start` (whose first byte folds to nonzero): ASCII
    /// letters and digits, at most 15 of them, ended by the text's end or an ASCII byte that cannot
    /// continue it (not an apostrophe, not a period or comma after a digit, not the period of a
    /// one-capital initial). Nil for any other word. `scratch` has 16 bytes to spare past any
    /// word; a word near the text's end is copied there to be read as two whole words.
    @inline(__always)
    static func token(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, fold: ByteFoldTable, hyphenated: Bool,
                      scratch: UnsafeMutableBufferPointer<UInt8>) -> WordToken? {
        let n = bytes.count
        var hash = WordHash.adding(fold[Int(bytes[start])], to: WordHash.seed)
        var j = start &+ 1
        while j < n {
            let c = fold[Int(bytes[j])]
            if c == 0 { break }
            hash = WordHash.adding(c, to: hash)
            j &+= 1
        }
        let count = j &- start
        guard count <= 15, let base = bytes.baseAddress, let scratchBase = scratch.baseAddress else { return nil }
        if j < n {
            let t = bytes[j]
            if t >= 0x80 || t == UInt8(ascii: "'") { return nil }
            if t == UInt8(ascii: ".") || t == UInt8(ascii: ",") {
                // "1,000", "76.7": a separator inside a number; "U.S.": an initialism.
                if bytes[j - 1] &- 0x30 < 10 { return nil }
                if t == UInt8(ascii: "."), count == 1, bytes[start] &- 0x41 < 26 { return nil }
            }
        }
        let raw: UnsafeRawPointer
        if start + 16 <= n {
            raw = UnsafeRawPointer(base + start)
        } else {
            scratchBase.update(from: base + start, count: count)
            raw = UnsafeRawPointer(scratchBase)
        }
        // (Masking shifts: `count` is 1...15, so no shift reaches 64.)
        let lowMask: UInt64 = count >= 8 ? ~0 : (1 &<< UInt64(truncatingIfNeeded: 8 &* count)) &- 1
        let highMask: UInt64 = count <= 8 ? 0 : (1 &<< UInt64(truncatingIfNeeded: 8 &* (count &- 8))) &- 1
        let low = raw.loadUnaligned(as: UInt64.self).littleEndian & lowMask
        let high = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self).littleEndian & highMask
        // Among letters and digits: a letter has bit 0x40, a lowercase letter bits 0x60 both. All
        // capitals: no lowercase letter and two letters or more (bits 6 of `low` and, shifted to
        // bits 5, of `high`: two set bits between them).
        let caseBits: UInt64 = 0x6060_6060_6060_6060, letterBits: UInt64 = 0x4040_4040_4040_4040
        let lowMarks = low & caseBits, highMarks = high & caseBits
        let anyLower = ((lowMarks >> 1) & lowMarks) | ((highMarks >> 1) & highMarks)
        let letters = (low & letterBits) | ((high & letterBits) >> 1)
        let isAllCaps = anyLower == 0 && letters & (letters &- 1) != 0
        // (Digits already have bit 0x20: setting it lowercases the letters alone.)
        let lowered: UInt64 = 0x2020_2020_2020_2020
        let keyLow = (low | lowered) & lowMask
        let keyHigh = (high | lowered) & highMask
        return WordToken(kind: .word, range: start..<j,
                         keyBits: TokenKey(low: keyLow, high: keyHigh | (0xE0 | UInt64(truncatingIfNeeded: count)) &<< 56), keyHash: hash,
                         isCapitalized: bytes[start] &- 0x41 < 26, isAllCaps: isAllCaps,
                         isPossessive: false, isHyphenated: hyphenated)
    }
}
