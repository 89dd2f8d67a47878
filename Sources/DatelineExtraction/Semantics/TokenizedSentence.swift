/// A sentence's text with its UTF-8 bytes and word tokens, computed once and shared by the stages
/// that read tokens (triggers, entities, issues, quotes) instead of each re-tokenising the text.
public struct TokenizedSentence: Sendable {
    public let text: String
    public let bytes: [UInt8]
    public let tokens: [WordToken]
    /// The word tokens alone.
    public let words: [WordToken]
    /// Per word of `words`: the punctuation directly before it, as the few cases the entity
    /// recogniser tells apart (one byte per word instead of one string).
    let gaps: [WordGap]

    /// Cost: one pass over the text (`WordTokenizer`; no string per token), then one over the tokens.
    public init(_ text: String) {
        self.text = text
        bytes = Array(text.utf8)
        tokens = WordTokenizer.tokens(bytes: bytes)
        var words: [WordToken] = []
        var gaps: [WordGap] = []
        words.reserveCapacity(tokens.count)
        gaps.reserveCapacity(tokens.count)
        // (By index, on the buffer: no copy of the array, no bounds checks.)
        // (`Array(unsafeUninitializedCapacity:)` would skip the append checks, but here it asks the
        // runtime for the array's metadata on every call, which costs more.)
        var pending = WordGap.empty
        tokens.withUnsafeBufferPointer { tokens in
            for k in tokens.indices {
                if tokens[k].kind == .word {
                    words.append(tokens[k])
                    gaps.append(pending)
                    pending = .empty
                } else {
                    pending = pending == .empty ? WordGap(mark: tokens[k]) : .other
                }
            }
        }
        self.words = words
        self.gaps = gaps
    }

    /// The punctuation keys directly before each word of `words`, joined ("" for none).
    /// Cost: one pass over the tokens and one string per word; the stages read `gaps` instead.
    public var gapBefore: [String] {
        var gaps: [String] = []
        gaps.reserveCapacity(words.count)
        var pending = ""
        for token in tokens {
            if token.isWord {
                gaps.append(pending)
                pending = ""
            } else {
                pending += token.key
            }
        }
        return gaps
    }

    /// The text of a UTF-8 byte range of the sentence.
    func text(_ range: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }
}

/// The punctuation between two words, as far as name and organisation scanning asks: nothing, one
/// of four single marks, or anything else (several marks, or another one).
enum WordGap: UInt8, Sendable {
    case empty, period, comma, ampersand, apostrophe, other

    /// The gap made of the one punctuation token `mark` (curly apostrophes have key "'"), read
    /// from its key's bits.
    @inline(__always)
    init(mark: WordToken) {
        guard mark.keyCount == 1, mark.keyBits.isInline else { self = .other; return }
        switch mark.keyBits.inlineByte(0) {
        case UInt8(ascii: "."): self = .period
        case UInt8(ascii: ","): self = .comma
        case UInt8(ascii: "&"): self = .ampersand
        case UInt8(ascii: "'"): self = .apostrophe
        default: self = .other
        }
    }

    /// The gap made of the one punctuation token with key `mark` (curly apostrophes have key "'").
    init(mark: String) {
        let utf8 = mark.utf8
        guard utf8.count == 1, let b = utf8.first else { self = .other; return }
        switch b {
        case UInt8(ascii: "."): self = .period
        case UInt8(ascii: ","): self = .comma
        case UInt8(ascii: "&"): self = .ampersand
        case UInt8(ascii: "'"): self = .apostrophe
        default: self = .other
        }
    }
}
