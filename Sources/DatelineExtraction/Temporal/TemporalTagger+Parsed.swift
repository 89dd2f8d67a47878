import DatelineModel

extension TemporalTagger {
    /// A sentence's temporal tokens and recognised (unresolved) expressions. Recognition does not
    /// depend on the publication date, so a document parsed once can be resolved twice: without a
    /// reference date (to infer publication) and with it.
    public struct ParsedSentence: Sendable {
        public let text: String
        let tokens: [TemporalToken]
        let matches: [TemporalMatch]

        /// Cost: one byte scan and one pattern pass over the sentence.
        public init(_ text: String) {
            var copy = text
            let tokens = copy.withUTF8 { TemporalTokenizer.tokenize(bytes: $0) }
            self.text = text
            self.tokens = tokens
            matches = TemporalParser(tokens: tokens).parse()
        }
    }

    /// Recognises the expressions of every sentence, for `tag(parsed:publication:)`.
    public func parse(sentences: [Sentence]) -> [ParsedSentence] {
        sentences.map { ParsedSentence($0.text) }
    }

    /// Same as `tag(sentences:publication:)` on sentences parsed by `parse(sentences:)`.
    public func tag(parsed: [ParsedSentence], publication: PublicationDate?) -> [[TemporalExpression]] {
        var discourse = TemporalDiscourse()
        return parsed.map { tag($0, publication: publication, discourse: &discourse) }
    }

    /// Same as `tense(of:around:)`, reusing the sentence's tokens.
    public static func tense(of sentence: ParsedSentence, around range: Range<Int>) -> Tense {
        TenseDetector.tense(tokens: sentence.tokens, around: range)
    }
}
