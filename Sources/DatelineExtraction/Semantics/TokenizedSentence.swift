/// A sentence's text with its UTF-8 bytes and word tokens, computed once and shared by the stages
/// that read tokens (triggers, entities, issues, quotes) instead of each re-tokenising the text.
public struct TokenizedSentence: Sendable {
    public let text: String
    public let bytes: [UInt8]
    public let tokens: [WordToken]
    /// The word tokens alone, and the punctuation keys directly before each (joined, "" for none).
    public let words: [WordToken]
    public let gapBefore: [String]

    /// Cost: one pass over the text (`WordTokenizer`), one key string per token.
    public init(_ text: String) {
        self.text = text
        bytes = Array(text.utf8)
        tokens = WordTokenizer.tokens(bytes: bytes)
        var words: [WordToken] = []
        var gaps: [String] = []
        words.reserveCapacity(tokens.count)
        gaps.reserveCapacity(tokens.count)
        var pending = ""
        for token in tokens {
            if token.isWord {
                words.append(token)
                gaps.append(pending)
                pending = ""
            } else if pending.isEmpty {
                // (Most gaps are one mark: its key is taken as it is, not appended to "".)
                pending = token.key
            } else {
                pending += token.key
            }
        }
        self.words = words
        gapBefore = gaps
    }

    /// The text of a UTF-8 byte range of the sentence.
    func text(_ range: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }
}
