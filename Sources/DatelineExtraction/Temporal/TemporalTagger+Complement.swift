import DatelineModel

/// "N days after <clause> on <day>": the day inside the complement dates what the count starts from.
extension TemporalTagger {
    /// The day a later expression in the same clause names, when match `index` is "N days after/before"
    /// followed by a complement that carries its own date ("came a day after the air forces staged
    /// drills on Sunday" → Sunday). A date set off by a comma ("two days after the vote, on Friday,
    /// …") belongs to the main clause and is skipped; so is anything past a clause break.
    /// - Complexity: O(tokens between the two expressions) plus one resolution.
    func complementDay(after index: Int, in parsed: ParsedSentence, publication: PublicationDate?,
                       discourse: TemporalDiscourse) -> CalendarDate? {
        let matches = parsed.matches, tokens = parsed.tokens
        let m = matches[index]
        guard case .anchorDays = m.meaning, m.durationValue != nil, index + 1 < matches.count else { return nil }
        let next = matches[index + 1]
        guard next.start > m.end, next.durationValue == nil else { return nil }
        for k in m.end..<next.start where TenseDetector.isClauseBreak(tokens, k, leftward: true)
            || TenseDetector.closesInsertion(tokens, k) {
            return nil
        }
        var before = next.start - 1
        if tokens[before].word == .on { before -= 1 }
        if before >= m.end, tokens[before].kind == .punct, tokens[before].mark == UInt8(ascii: ",") { return nil }
        let tense = next.resolvingTense
        // (Only the span counts: no TIMEX3 value is written.)
        let span = resolve(next, tense: tense, publication: publication, discourse: discourse, sentenceAnchor: nil,
                           wantsValue: false).span
        guard span.granularity == .day, span.width == 1 else { return nil }
        return span.earliest
    }
}
