/// One token of a sentence as the temporal tagger sees it: a word, a number or one punctuation mark.
///
/// Plain data of 32 bytes (no reference-counted field): a sentence's tokens are one allocation, and
/// copying a token is a load.
struct TemporalToken: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punct }

    /// For words: FNV-1a hash of the lower-cased letters (for later lexicon probes, e.g. verbs).
    var hash: UInt64 = 0
    private var start32: Int32
    private var end32: Int32
    private var value32: Int32 = 0
    private var detail32: Int32 = 0
    var kind: Kind
    /// Lexicon class of a word (`.none` for unknown words and for numbers and punctuation).
    var word: TemporalWord = .none
    /// Whitespace (or the sentence start) precedes the token.
    var gapBefore: Bool = true
    /// For punctuation: the ASCII byte, with en/em dashes folded to `-` and curly apostrophes to `'`.
    var mark: UInt8 = 0
    /// For numbers: letters glued to the end ("th" of 10th, "s" of 1990s), as a lexicon class.
    var suffix: TemporalWord = .none
    /// For words: the tense cue (`TenseDetector.cues`), read at tokenizing; one byte.
    var cue: TenseDetector.Cue? = nil
    /// For words: an adverb that may stand between an auxiliary and its verb ("not", "also").
    var isAdverb: Bool = false

    init(kind: Kind, start: Int, end: Int, value: Int = 0, detail: Int = 0, gapBefore: Bool = true, mark: UInt8 = 0) {
        self.kind = kind
        start32 = Int32(truncatingIfNeeded: start)
        end32 = Int32(truncatingIfNeeded: end)
        value32 = Int32(truncatingIfNeeded: value)
        detail32 = Int32(truncatingIfNeeded: detail)
        self.gapBefore = gapBefore
        self.mark = mark
    }

    /// UTF-8 byte range in the sentence.
    var start: Int {
        get { Int(start32) }
        set { start32 = Int32(truncatingIfNeeded: newValue) }
    }

    var end: Int {
        get { Int(end32) }
        set { end32 = Int32(truncatingIfNeeded: newValue) }
    }

    /// Month 1–12, ISO weekday 1–7, season 0–3, unit, number value, ordinal value; meaning depends on `word`.
    var value: Int {
        get { Int(value32) }
        set { value32 = Int32(truncatingIfNeeded: newValue) }
    }

    /// For numbers: how many digits; for words: bit 1 upper-case initial, bit 2 ends in "s", bit 4 ends in "ed", bit 8 in "ing".
    var detail: Int {
        get { Int(detail32) }
        set { detail32 = Int32(truncatingIfNeeded: newValue) }
    }

    var isCapitalized: Bool { kind == .word && detail & 1 != 0 }
}

/// Splits a sentence's UTF-8 bytes into `TemporalToken`s and classifies words with `TemporalLexicon`.
///
/// - Complexity: O(n) in bytes, one hash and one table probe per word (which also gives the word's
///   tense cue); no `String` is built.
enum TemporalTokenizer {
    static func tokenize(_ text: String) -> [TemporalToken] {
        var text = text
        return text.withUTF8 { tokenize(bytes: $0) }
    }

    static func tokenize(bytes: UnsafeBufferPointer<UInt8>) -> [TemporalToken] {
        var tokens: [TemporalToken] = []
        // (A token per three bytes is rarely exceeded: the array seldom grows.)
        tokens.reserveCapacity(bytes.count / 3 + 8)
        let n = bytes.count
        var i = 0
        var gap = true
        // (The lexicon's filter and table, loaded once per sentence rather than through their lazy
        // globals once per word.)
        let filter = TemporalLexicon.filter, table = TemporalLexicon.fastTable
        while i < n {
            let b = bytes[i]
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
                gap = true
                i += 1
                continue
            }
            if isLetter(b) {
                let start = i
                var hash = TemporalLexicon.hashSeed
                var c = b | 0x20
                // (`c &- 0x61 < 26` is `isLetter` on the folded byte.)
                repeat {
                    hash = TemporalLexicon.mix(hash, c)
                    i += 1
                    guard i < n else { break }
                    c = bytes[i] | 0x20
                } while c &- 0x61 < 26
                var token = TemporalToken(kind: .word, start: start, end: i, gapBefore: gap)
                token.hash = hash
                let length = i - start, last = bytes[i - 1] | 0x20
                var detail = (b < 0x61 ? 1 : 0) | (last == 0x73 ? 2 : 0)
                if last == 0x64, length >= 4, bytes[i - 2] | 0x20 == 0x65 { detail |= 4 }
                if last == 0x67, length >= 5, bytes[i - 3] | 0x20 == 0x69, bytes[i - 2] | 0x20 == 0x6E { detail |= 8 }
                token.detail = detail
                // Most words are in no table: the filter answers "no" without a probe.
                let bit = Int(truncatingIfNeeded: hash >> 48)
                if filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0, let entry = table[hash] {
                    token.word = entry.word
                    token.value = entry.value
                    token.cue = entry.cue
                    token.isAdverb = entry.isAdverb
                }
                tokens.append(token)
            } else if b >= 0x30 && b <= 0x39 {
                let start = i
                var value = 0
                var digits = 0
                while i < n, bytes[i] >= 0x30 && bytes[i] <= 0x39 {
                    if digits < 9 { value = value * 10 + Int(bytes[i] - 0x30) }
                    digits += 1
                    i += 1
                }
                var token = TemporalToken(kind: .number, start: start, end: i, value: value, detail: digits, gapBefore: gap)
                // Glued letters: ordinals (5th), decades (1990s), units (18-month is hyphenated, 10km is not).
                // ("2024-06-04T15:45:00Z": the "T" of an ISO timestamp opens the time; the day stays a number.)
                let isoTime = digits == 2 && i + 1 < n && bytes[i] | 0x20 == 0x74 && bytes[i + 1] >= 0x30 && bytes[i + 1] <= 0x39
                if i < n, isLetter(bytes[i]), !isoTime {
                    var hash = TemporalLexicon.hashSeed
                    while i < n, isLetter(bytes[i]) {
                        hash = TemporalLexicon.mix(hash, bytes[i] | 0x20)
                        i += 1
                    }
                    token.end = i
                    token.suffix = TemporalLexicon.lookup(hash)?.word ?? .other
                }
                tokens.append(token)
            } else {
                let start = i
                var mark = b
                if b < 0x80 {
                    i += 1
                } else {
                    let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
                    if length == 3, i + 2 < n, b == 0xE2, bytes[i + 1] == 0x80 {
                        let c = bytes[i + 2]
                        if c == 0x93 || c == 0x94 { mark = UInt8(ascii: "-") }
                        else if c == 0x98 || c == 0x99 { mark = UInt8(ascii: "'") }
                        else if c == 0x9C || c == 0x9D { mark = UInt8(ascii: "\"") }
                        else { mark = 0x80 }
                    } else {
                        mark = 0x80
                    }
                    i = min(n, i + length)
                }
                tokens.append(TemporalToken(kind: .punct, start: start, end: i, gapBefore: gap, mark: mark))
            }
            gap = false
        }
        return tokens
    }

    @inline(__always)
    static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
}
