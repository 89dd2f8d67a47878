/// Splits story paragraphs into sentences, with UTF-8 ranges into the document text.
///
/// A sentence ends at `.`, `!`, `?` or an ellipsis (with any closing quotes and brackets after it)
/// when whitespace and a capitalised word, digit or opening quote follow. After a period the word
/// before it decides: titles ("Gen.") and single initials ("F.") keep the sentence going, months
/// and numbering words ("Sept. 1", "No. 2") keep it before a number, and dotted forms ("U.S."),
/// other abbreviations ("Inc.") and ellipses end it only before a usual sentence starter ("The").
/// - Complexity: O(n) in the paragraph bytes.
public struct SentenceSplitter: Sendable {
    public let lexicon: AbbreviationLexicon
    /// The lexicon's abbreviations and starters keyed by their bytes, so an ASCII word is looked up
    /// without making a String of it (see `SentenceSplitter+Lookup.swift`).
    let abbreviationKinds: WordTable<AbbreviationLexicon.Kind>
    let starterWords: WordTable<Bool>

    public init(abbreviations: AbbreviationLexicon) {
        self.lexicon = abbreviations
        var kinds = WordTable<AbbreviationLexicon.Kind>()
        for (word, kind) in abbreviations.kinds { kinds[word] = kind }
        abbreviationKinds = kinds
        var starters = WordTable<Bool>()
        for word in abbreviations.starters { starters[word] = true }
        starterWords = starters
    }

    /// Sentences of the layout's story paragraphs.
    public func split(_ text: String, layout: ArticleLayout) -> [Sentence] {
        split(text, paragraphs: layout.paragraphs)
    }

    /// Sentences of the given paragraphs (UTF-8 ranges of `text`); `paragraph` is the index into `paragraphs`.
    public func split(_ text: String, paragraphs: [Range<Int>]) -> [Sentence] {
        var text = text
        return text.withUTF8 { bytes in
            var sentences: [Sentence] = []
            for (index, paragraph) in paragraphs.enumerated() {
                let lower = max(0, min(paragraph.lowerBound, bytes.count))
                let upper = max(lower, min(paragraph.upperBound, bytes.count))
                for range in sentenceRanges(bytes, lower..<upper) {
                    sentences.append(Sentence(text: String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self),
                                              range: range, paragraph: index))
                }
            }
            return sentences
        }
    }

    /// Sentence ranges within `span`, trimmed of whitespace.
    func sentenceRanges(_ b: UnsafeBufferPointer<UInt8>, _ span: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = span.lowerBound
        var i = span.lowerBound
        let end = span.upperBound
        func emit(_ upTo: Int) {
            var lo = start, hi = upTo
            while lo < hi, Self.isSpace(b[lo]) { lo += 1 }
            while hi > lo, Self.isSpace(b[hi - 1]) { hi -= 1 }
            if lo < hi { result.append(lo..<hi) }
        }
        while i < end {
            // (Most bytes cannot end a sentence: eight at a time are ruled out while none is a mark.)
            if i + 8 <= end, let base = b.baseAddress {
                let candidates = Self.markBytes(ByteScan.load(base, i))
                if candidates == 0 { i += 8; continue }
                i += candidates.trailingZeroBitCount >> 3
            }
            let c = b[i]
            guard c == UInt8(ascii: ".") || c == UInt8(ascii: "!") || c == UInt8(ascii: "?") || c == 0xE2,
                  Self.terminalLength(b, i, end) > 0 else { i += 1; continue }
            // The run of terminal marks ("?!", "...", "…").
            var runEnd = i
            var periods = 0, others = 0
            while runEnd < end {
                let len = Self.terminalLength(b, runEnd, end)
                if len == 0 { break }
                if b[runEnd] == UInt8(ascii: ".") { periods += 1 } else { others += 1 }
                runEnd += len
            }
            var close = runEnd
            while close < end {
                // "… of November 17.[1] (Note that …": a footnote mark belongs to the sentence it ends.
                let len = Self.closingLength(b, close) + (close == runEnd ? Self.footnoteLength(b, close, end) : 0)
                if len == 0 { break }
                close += len
            }
            guard close < end else { i = close; break }
            guard Self.isSpace(b[close]) else { i = runEnd; continue }
            var next = close
            while next < end, Self.isSpace(b[next]) { next += 1 }
            if next < end, startsSentence(b, mark: i, periods: periods, others: others, next: next, end: end),
               !Self.isListNumber(b, sentenceStart: start, mark: i) {
                emit(close)
                start = next
            }
            i = next
        }
        emit(end)
        return result
    }

    /// The high bit of each byte of `word` that may start a terminal mark: ".", "!", "?" or the
    /// 0xE2 lead of "…" (the bytes the scan's first test lets through).
    @inline(__always)
    static func markBytes(_ word: UInt64) -> UInt64 {
        ByteScan.zeroBytes(word ^ (ByteScan.ones &* 0x2E)) | ByteScan.zeroBytes(word ^ (ByteScan.ones &* 0x21))
            | ByteScan.zeroBytes(word ^ (ByteScan.ones &* 0x3F)) | ByteScan.zeroBytes(word ^ (ByteScan.ones &* 0xE2))
    }

    private func startsSentence(_ b: UnsafeBufferPointer<UInt8>, mark: Int, periods: Int, others: Int, next: Int, end: Int) -> Bool {
        var wordStart = next
        while wordStart < end {
            let len = Self.openingLength(b, wordStart)
            if len == 0 { break }
            wordStart += len
        }
        let openedWithQuote = wordStart > next
        guard wordStart < end, Self.isUpperOrDigit(b, wordStart) else { return false }
        let nextWord = wordStart..<Self.wordEnd(b, from: wordStart, end: end)
        let nextIsNumber = b[wordStart] >= 0x30 && b[wordStart] <= 0x39
        let starter = isStarter(b, nextWord)
        if others > 0 && periods == 0 { return true } // "!" or "?"
        if periods >= 2 || others > 0 { return starter || openedWithQuote } // ellipsis
        // A single period: look at the word it ends.
        var tokenStart = mark
        while tokenStart > 0, !Self.isSpace(b[tokenStart - 1]) { tokenStart -= 1 }
        while tokenStart < mark, Self.openingLength(b, tokenStart) > 0 { tokenStart += Self.openingLength(b, tokenStart) }
        let token = tokenStart..<mark
        guard !token.isEmpty else { return true }
        if b[token].contains(UInt8(ascii: ".")) {
            // "U.S.", "a.m.", "J.D.": a sentence end only before a sentence starter.
            return starter && !nextIsNumber
        }
        if token.count == 1, b[tokenStart] >= 0x41, b[tokenStart] <= 0x5A {
            // An initial ("John F. Kennedy"); "A" and "I" would be names too often.
            let isAOrI = nextWord.count == 1 && (b[wordStart] == UInt8(ascii: "A") || b[wordStart] == UInt8(ascii: "I"))
            return starter && !isAOrI
        }
        switch abbreviationKind(b, token) {
        case .title: return false
        case .month: return !nextIsNumber && starter
        case .number: return !nextIsNumber
        case .other: return starter
        case nil: return true
        }
    }

    /// "1." or "(2)." opening a sentence is a list number, not a sentence of its own.
    static func isListNumber(_ b: UnsafeBufferPointer<UInt8>, sentenceStart: Int, mark: Int) -> Bool {
        var lo = sentenceStart
        while lo < mark, isSpace(b[lo]) || b[lo] == UInt8(ascii: "(") { lo += 1 }
        var hi = mark
        if hi > lo, b[hi - 1] == UInt8(ascii: ")") { hi -= 1 }
        return hi > lo && hi - lo <= 3 && b[lo..<hi].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    // MARK: - Byte classes

    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D }

    /// Length of a sentence-final mark at `i`: `.`, `!`, `?`, or `…` (U+2026).
    static func terminalLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        switch b[i] {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): return 1
        case 0xE2 where i + 2 < end && b[i + 1] == 0x80 && b[i + 2] == 0xA6: return 3
        default: return 0
        }
    }

    /// Length of a closing quote or bracket at `i`: `"` `'` `)` `]` `”` `’`.
    static func closingLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        switch b[i] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"): return 1
        case 0xE2 where i + 2 < b.count && b[i + 1] == 0x80 && (b[i + 2] == 0x9D || b[i + 2] == 0x99): return 3
        default: return 0
        }
    }

    /// Length of a footnote mark at `i`: "[", one to three digits, "]"; 0 otherwise.
    static func footnoteLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        guard i < end, b[i] == UInt8(ascii: "[") else { return 0 }
        var j = i + 1
        while j < end, j - i <= 3, b[j] >= 0x30, b[j] <= 0x39 { j += 1 }
        return j > i + 1 && j < end && b[j] == UInt8(ascii: "]") ? j + 1 - i : 0
    }

    /// Length of an opening quote or bracket at `i`: `"` `'` `(` `[` `“` `‘`.
    static func openingLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        switch b[i] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: "["): return 1
        case 0xE2 where i + 2 < b.count && b[i + 1] == 0x80 && (b[i + 2] == 0x9C || b[i + 2] == 0x98): return 3
        default: return 0
        }
    }

    static func isUpperOrDigit(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let c = b[i]
        if c < 0x80 { return (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) }
        // Non-ASCII: decode the one character ("É", "Ö").
        var j = i + 1
        while j < b.count, b[j] & 0xC0 == 0x80 { j += 1 }
        guard let scalar = String(decoding: UnsafeBufferPointer(rebasing: b[i..<j]), as: UTF8.self).unicodeScalars.first else { return false }
        return scalar.properties.isUppercase
    }

    /// The end of the letters (and apostrophes) starting at `i`; stops at punctuation such as `’` or `—`.
    static func wordEnd(_ b: UnsafeBufferPointer<UInt8>, from i: Int, end: Int) -> Int {
        var j = i
        while j < end {
            let c = b[j]
            let asciiLetter = (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
            // Non-ASCII letters are kept; U+2000–U+2BFF punctuation (lead byte E2) ends the word.
            guard asciiLetter || c == 0x27 || (c >= 0x80 && c != 0xE2) else { break }
            j += 1
        }
        return j
    }
}
