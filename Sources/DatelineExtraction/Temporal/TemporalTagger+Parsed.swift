import DatelineModel

extension TemporalTagger {
    /// A sentence's temporal tokens and recognised (unresolved) expressions. Recognition does not
    /// depend on the publication date, so a document parsed once can be resolved twice: without a
    /// reference date (to infer publication) and with it.
    public struct ParsedSentence: Sendable {
        public let text: String
        let tokens: [TemporalToken]
        /// The expressions, each with its tenses (`TemporalMatch.detectedTense`, `resolvingTense`).
        let matches: [TemporalMatch]

        /// Cost: one byte scan and one pattern pass over the sentence, plus one tense window per
        /// match: all that resolution needs besides the publication date, so both tagging passes
        /// share it. (The expressions' texts are cut at tagging, which only the second pass does.)
        public init(_ text: String) {
            var copy = text
            let tokens = copy.withUTF8 { TemporalTokenizer.tokenize(bytes: $0) }
            self.text = text
            self.tokens = tokens
            var matches = TemporalParser(tokens: tokens).parse()
            // (The tenses go into the matches themselves: no second array per sentence. Fields are
            // read in place; a match is passed whole only where the clause's tense is needed, which
            // reads its bounds alone.)
            for k in matches.indices {
                let detected = TenseDetector.tense(tokens: tokens, start: matches[k].start, end: matches[k].end)
                matches[k].detectedTense = detected
                if let tense = matches[k].tense {
                    matches[k].resolvingTense = tense
                } else if TemporalTagger.needsTense(matches[k].meaning) {
                    matches[k].resolvingTense = TemporalTagger.tense(tokens, matches[k], detected: detected)
                } else {
                    matches[k].resolvingTense = .unknown
                }
            }
            self.matches = matches
        }

        /// The text over a UTF-8 byte range whose ends are token ends (so character boundaries):
        /// a match as written.
        func text(inBytes range: Range<Int>) -> String {
            // (Decoding the bytes costs a third of slicing the UTF-8 view: no index checks.)
            text.utf8.withContiguousStorageIfAvailable {
                String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self)
            } ?? text.utf8Slice(range)
        }

        /// Match `index` as written.
        func text(ofMatch index: Int) -> String {
            let m = matches[index]
            return text(inBytes: tokens[m.start].start..<tokens[m.end - 1].end)
        }
    }

    /// Recognises the expressions of every sentence, for `tag(parsed:publication:)`.
    public func parse(sentences: [Sentence]) -> [ParsedSentence] {
        sentences.map { ParsedSentence($0.text) }
    }

    /// Same as `tag(sentences:publication:)` on sentences parsed by `parse(sentences:)`.
    public func tag(parsed: [ParsedSentence], publication: PublicationDate?) -> [[TemporalExpression]] {
        var discourse = Self.discourse(for: parsed)
        return parsed.map { tag($0, publication: publication, discourse: &discourse) }
    }

    /// Same as `tense(of:around:)`, reusing the sentence's tokens.
    public static func tense(of sentence: ParsedSentence, around range: Range<Int>) -> Tense {
        TenseDetector.tense(tokens: sentence.tokens, around: range)
    }

    /// Same as `tense(of:around:)` for the range of the sentence's `index`-th expression (the
    /// `index`-th element of what `tag(parsed:publication:)` returns for it): computed once, at parsing.
    static func tense(of sentence: ParsedSentence, expression index: Int) -> Tense {
        sentence.matches[index].detectedTense
    }
}
