import DatelineModel

/// Finds and resolves temporal expressions in the sentences of one document.
///
/// Recognition is a byte-level scan (`TemporalTokenizer`) plus patterns tried only at candidate tokens
/// (`TemporalParser`); resolution (`TemporalResolver`) uses the publication date, the tense of the
/// governing verb (`TenseDetector`) and the discourse: anaphoric expressions ("the following day",
/// "two days later", "that same week") count from the most recent day-precision date found earlier in
/// the document, "that year" from the most recent expression lying inside one calendar year.
///
/// - Complexity: O(bytes) per document; tense detection runs only for expressions that need it.
public struct TemporalTagger: Sendable {
    public init() {}

    /// Tags every sentence; result `[i]` belongs to `sentences[i]`; ranges are UTF-8 byte ranges within
    /// `sentences[i].text`. With `publication == nil`, only expressions that need no reference date are
    /// resolved; the rest are still returned, with an undated span. A publication range resolves
    /// publication-relative expressions to the union over every possible day (CONVENTIONS §6).
    public func tag(sentences: [Sentence], publication: PublicationDate?) -> [[TemporalExpression]] {
        var discourse = TemporalDiscourse()
        return sentences.map { tag(sentence: $0.text, publication: publication, discourse: &discourse) }
    }

    /// Tags one piece of text as a single sentence with a fresh discourse.
    public func tag(text: String, publication: PublicationDate?) -> [TemporalExpression] {
        var discourse = TemporalDiscourse()
        return tag(sentence: text, publication: publication, discourse: &discourse)
    }

    /// Tense of the clause around a UTF-8 byte range of `sentence` (for the events stage).
    public static func tense(of sentence: String, around range: Range<Int>) -> Tense {
        TenseDetector.tense(of: sentence, around: range)
    }

    func tag(sentence: String, publication: PublicationDate?, discourse: inout TemporalDiscourse) -> [TemporalExpression] {
        var text = sentence
        let tokens = text.withUTF8 { TemporalTokenizer.tokenize(bytes: $0) }
        let matches = TemporalParser(tokens: tokens).parse()
        guard !matches.isEmpty else { return [] }
        let utf8 = sentence.utf8
        var result: [TemporalExpression] = []
        result.reserveCapacity(matches.count)
        var sentenceAnchor: TimeSpan?
        for m in matches {
            let tense = Self.needsTense(m.meaning) ? TenseDetector.tense(tokens: tokens, start: m.start, end: m.end) : .unknown
            let resolution = resolve(m, tense: tense, publication: publication, discourse: discourse, sentenceAnchor: sentenceAnchor)
            let start = tokens[m.start].start, end = tokens[m.end - 1].end
            let lower = utf8.index(utf8.startIndex, offsetBy: start), upper = utf8.index(utf8.startIndex, offsetBy: end)
            let datesEvents = m.datesEvents && m.meaning.datesEvents && resolution.span.isDated
            result.append(TemporalExpression(
                text: String(Substring(utf8[lower..<upper])) , range: start..<end, kind: m.meaning.kind,
                value: resolution.value, mod: m.mod, span: resolution.span, datesEvents: datesEvents,
                isRelativeToPublication: resolution.relative))
            if datesEvents { Self.remember(resolution.span, in: &discourse) }
            if datesEvents, let w = resolution.span.width, w <= 366 { sentenceAnchor = resolution.span }
        }
        return result
    }

    /// Resolves against every possible publication day (the ends of a range suffice: every rule is
    /// monotone in the publication day) and takes the hull.
    func resolve(_ m: TemporalMatch, tense: Tense, publication: PublicationDate?, discourse: TemporalDiscourse,
                 sentenceAnchor: TimeSpan?) -> TemporalResolution {
        let first = TemporalResolver(pub: publication?.earliest, tense: tense, discourse: discourse,
                                     sentenceAnchor: sentenceAnchor).resolve(m)
        guard let publication, publication.exactDay == nil, first.relative else { return first }
        let last = TemporalResolver(pub: publication.latest, tense: tense, discourse: discourse,
                                    sentenceAnchor: sentenceAnchor).resolve(m)
        var hull = last
        if let a = first.span.earliest, let b = last.span.earliest { hull.span.earliest = min(a, b) }
        if let a = first.span.latest, let b = last.span.latest { hull.span.latest = max(a, b) }
        return hull
    }

    static func remember(_ span: TimeSpan, in discourse: inout TemporalDiscourse) {
        guard let e = span.earliest, let l = span.latest else { return }
        discourse.anchorSpan = span
        if span.granularity == .day { discourse.anchorDay = l }
        if e.year == l.year { discourse.anchorYear = e.year }
    }

    static func needsTense(_ meaning: TemporalMeaning) -> Bool {
        switch meaning {
        case .monthDay, .monthDayRun, .weekday, .weekdayRange, .unitRelative, .quarter: return true
        case .month(_, let ref), .season(_, let ref), .half(_, let ref):
            if case .bare = ref { return true }
            if case .anchored = ref { return true }
            return false
        default: return false
        }
    }
}
