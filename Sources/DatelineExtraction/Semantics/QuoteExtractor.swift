import DatelineModel

/// A quotation found in a sentence.
public struct QuoteMatch: Hashable, Sendable {
    /// UTF-8 byte range of the quoted words (inside the quotation marks) in the sentence.
    public var range: Range<Int>
    /// The quoted words, without the marks and a trailing comma.
    public var text: String
    /// Normalised speaker ("Antony Blinken", "China", "a senior official"), nil when unattributed or a pronoun.
    public var speaker: String?
    /// The quote is attributed to "he" or "she" ("…," he said): the person is named before it, in an
    /// earlier sentence, which the caller can see and this stage cannot.
    public var byPronoun = false

    public var quote: Quote { Quote(speaker: speaker, text: text) }
}

/// Finds direct quotations and their speakers: `"…," Blinken said`, `Blinken said, "…"`,
/// `"…," said X`, `according to X`, `X told reporters "…"`. Straight and curly marks; a quotation
/// opened or closed in a neighbouring sentence counts up to the sentence edge. Scare quotes (fewer than
/// `minimumWords` words, like “red line”) are skipped. Cost: linear in the sentence, plus one entity scan.
public struct QuoteExtractor: Sendable {
    public let recognizer: EntityRecognizer
    public let minimumWords: Int

    public init(recognizer: EntityRecognizer, minimumWords: Int = 4) {
        self.recognizer = recognizer
        self.minimumWords = minimumWords
    }

    public func quotes(in sentence: String, known: DocumentEntities = DocumentEntities()) -> [QuoteMatch] {
        quotes(in: TokenizedSentence(sentence), known: known)
    }

    /// Same as `quotes(in:known:)` on an already tokenised sentence.
    public func quotes(in sentence: TokenizedSentence, known: DocumentEntities = DocumentEntities()) -> [QuoteMatch] {
        let bytes = sentence.bytes
        let tokens = sentence.tokens
        let spans = quoteSpans(tokens, bytes: bytes)
        guard !spans.isEmpty else { return [] }
        let entities = recognizer.recognize(in: sentence, known: known)
        var out: [QuoteMatch] = []
        for (n, span) in spans.enumerated() {
            // (Counted in place: filtering made an array of the span's words.)
            var words = 0
            for k in span.inner where tokens[k].isWord { words += 1 }
            guard words >= minimumWords, let first = tokens[safe: span.inner.lowerBound],
                  let last = tokens[safe: span.inner.upperBound - 1] else { continue }
            var end = last.range.upperBound
            if !last.isWord, last.keyIs(",") { end = last.range.lowerBound }
            let range = first.range.lowerBound..<max(first.range.lowerBound, end)
            // Attribution lives outside the marks: after this quote up to the next, or before it.
            let afterEnd = n + 1 < spans.count ? spans[n + 1].outer.lowerBound : tokens.count
            let beforeStart = n > 0 ? spans[n - 1].outer.upperBound : 0
            var byPronoun = false
            let speaker = attribution(tokens, span.outer.upperBound..<afterEnd, after: true, bytes: bytes, entities: entities,
                                      byPronoun: &byPronoun)
                ?? (byPronoun ? nil : attribution(tokens, beforeStart..<span.outer.lowerBound, after: false, bytes: bytes,
                                                  entities: entities, byPronoun: &byPronoun))
            let name = speaker.map { s -> String in
                entities.mentions.first { $0.kind == .person && $0.name == s }.map { known.resolve(person: $0.name) } ?? s
            }
            var match = QuoteMatch(range: range, text: String(decoding: bytes[range], as: UTF8.self),
                                   speaker: name.flatMap { $0.isEmpty ? nil : $0 })
            match.byPronoun = byPronoun && match.speaker == nil
            out.append(match)
        }
        return out
    }

    /// Token ranges of each quotation: `outer` includes the marks, `inner` excludes them.
    struct Span {
        var outer: Range<Int>
        var inner: Range<Int>
    }

    private func quoteSpans(_ tokens: [WordToken], bytes: [UInt8]) -> [Span] {
        var spans: [Span] = []
        var open: Int?
        // (By index, testing the kind first: enumerating copied every token out, retaining its key.)
        for i in tokens.indices where !tokens[i].isWord && tokens[i].keyIs("\"") {
            let b = bytes[tokens[i].range.lowerBound..<tokens[i].range.upperBound]
            let isOpening = b.count == 3 ? b.last == 0x9C : open == nil
            if isOpening {
                if open == nil { open = i }
            } else if let start = open {
                spans.append(Span(outer: start..<(i + 1), inner: (start + 1)..<i))
                open = nil
            } else if spans.isEmpty {
                // Closing mark with no opening: the quotation began in an earlier sentence.
                spans.append(Span(outer: 0..<(i + 1), inner: 0..<i))
            }
        }
        if let start = open {  // runs on into the next sentence
            spans.append(Span(outer: start..<tokens.count, inner: (start + 1)..<tokens.count))
        }
        return spans
    }

    /// The speaker named in `region` next to a speech verb, or after "according to".
    /// `byPronoun` is set when the speaker is "he" or "she" ("…," he said / said she).
    private func attribution(_ tokens: [WordToken], _ region: Range<Int>, after: Bool, bytes: [UInt8],
                             entities: SentenceEntities, byPronoun: inout Bool) -> String? {
        guard !region.isEmpty else { return nil }
        let cues = recognizer.cues
        // The verb sits near the quotation: early in the text after it, late in the text before it.
        // (Stepped through in place: no array of the indices.)
        let nearCount = min(region.count, after ? 8 : 10)
        for step in 0..<nearCount {
            let i = after ? region.lowerBound + step : region.upperBound - 1 - step
            guard tokens[i].isWord else { continue }
            let isAccording = tokens[i].keyIs("according") && i + 1 < tokens.count && tokens[i + 1].keyIs("to")
            guard isAccording || cues.starts(.speech, in: tokens, at: i) else { continue }
            let verbStart = tokens[i].range.lowerBound
            let verbEnd = tokens[i].range.upperBound
            let lower = tokens[region.lowerBound].range.lowerBound
            let upper = tokens[region.upperBound - 1].range.upperBound
            if i > region.lowerBound, Self.subjectPronouns.contains(tokens[i - 1]) {
                byPronoun = Self.personPronouns.contains(tokens[i - 1])
                return nil
            }
            if i + 1 < region.upperBound, Self.personPronouns.contains(tokens[i + 1]) {
                byPronoun = true
                return nil
            }
            // `," Austin said` / `," said Wang`: a capitalised name right next to the verb.
            if !isAccording, let name = adjacentName(tokens, verb: i, region: region, entities: entities, bytes: bytes) {
                return name
            }
            let actors = entities.mentions.filter { $0.kind != .place }
            // "X said": the nearest name before the verb; "said X" / "according to X": the first after.
            if !isAccording, let before = actors.last(where: { $0.range.upperBound <= verbStart && $0.range.lowerBound >= lower }),
               !containsClauseBreak(tokens, from: before.range.upperBound, to: verbStart) {
                return before.name
            }
            if let next = actors.first(where: { $0.range.lowerBound >= verbEnd && $0.range.upperBound <= upper }),
               !containsClauseBreak(tokens, from: verbEnd, to: next.range.lowerBound) {
                return next.name
            }
            if isAccording { return nil }
            return nounPhrase(before: i, tokens: tokens, region: region, bytes: bytes)
                ?? nounPhrase(after: i, tokens: tokens, region: region, bytes: bytes)
        }
        return nil
    }

    /// "the former diplomat said": up to five words back to punctuation; pronouns give nil.
    private func nounPhrase(before verb: Int, tokens: [WordToken], region: Range<Int>, bytes: [UInt8]) -> String? {
        var start = verb
        while start > region.lowerBound, tokens[start - 1].isWord, verb - start < 5 { start -= 1 }
        guard start < verb else { return nil }
        let words = tokens[start..<verb]
        if words.count == 1, let w = words.first,
           Self.pronouns.contains(w) { return nil }
        guard let first = words.first, recognizer.cues.contains(.determiner, token: first)
                || first.keyIs("one") || first.keyIs("another") || (words.count <= 3 && !first.isCapitalized) else { return nil }
        let range = first.range.lowerBound..<(words.last?.range.upperBound ?? first.range.upperBound)
        let text = String(decoding: bytes[range], as: UTF8.self)
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    /// "said a retired U.S. officer who…": a determiner-led phrase of up to six words after the verb.
    private func nounPhrase(after verb: Int, tokens: [WordToken], region: Range<Int>, bytes: [UInt8]) -> String? {
        let start = verb + 1
        guard start < region.upperBound, tokens[start].isWord, Self.phraseOpeners.contains(tokens[start]) else {
            return nil
        }
        var end = start
        while end < region.upperBound, end - start < 6, tokens[end].isWord || tokens[end].keyIs("."),
              !Self.phraseEnders.contains(tokens[end]) {
            end += 1
        }
        while end > start + 1, !tokens[end - 1].isWord { end -= 1 }
        guard end > start + 1 else { return nil }
        return String(decoding: bytes[tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound], as: UTF8.self)
    }

    /// The capitalised words directly before the verb, else directly after it, as a normalised name.
    private func adjacentName(_ tokens: [WordToken], verb: Int, region: Range<Int>, entities: SentenceEntities,
                              bytes: [UInt8]) -> String? {
        func run(_ indices: [Int]) -> Range<Int>? {
            var picked: [Int] = []
            for k in indices {
                guard region.contains(k), tokens[k].isWord, tokens[k].isCapitalized,
                      !recognizer.cues.contains(.nonName, token: tokens[k]) else { break }
                picked.append(k)
                if picked.count == 4 { break }
            }
            guard let a = picked.min(), let b = picked.max() else { return nil }
            return tokens[a].range.lowerBound..<tokens[b].range.upperBound
        }
        let before = run(Array(stride(from: verb - 1, through: max(region.lowerBound, verb - 4), by: -1)))
        let after = run(Array((verb + 1)..<min(region.upperBound, verb + 5)))
        guard let range = before ?? after else { return nil }
        if let mention = entities.mentions.first(where: { $0.range.overlaps(range) && $0.kind != .place }) {
            return mention.name
        }
        if let place = entities.mentions.first(where: { $0.range.overlaps(range) }) { return place.name }
        return String(decoding: bytes[range], as: UTF8.self)
    }

    private func containsClauseBreak(_ tokens: [WordToken], from: Int, to: Int) -> Bool {
        // (Byte compares: no punctuation token's key is canonically equal to ";" but ";" itself.)
        tokens.contains { t in
            !t.isWord && t.range.lowerBound >= from && t.range.upperBound <= to
                && (t.keyIs(";") || t.keyIs(":") || t.keyIs("(") || t.keyIs(")"))
        }
    }

    /// Word lists probed by a token's hash (what `[...].contains(token.key)` answered).
    private static let subjectPronouns = WordSet(["he", "she", "they", "we", "i"])
    private static let personPronouns = WordSet(["he", "she"])
    private static let pronouns = WordSet(["he", "she", "they", "it", "we", "i", "you", "who", "which", "that"])
    private static let phraseOpeners = WordSet(["a", "an", "the", "one"])
    private static let phraseEnders = WordSet(["who", "that", "which", "in", "on", "at", "after", "before", "during", "with"])
}
