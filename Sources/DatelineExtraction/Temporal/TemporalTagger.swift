import DatelineModel

/// Finds and resolves temporal expressions in the sentences of one document.
///
/// Recognition is a byte-level scan (`TemporalTokenizer`) plus patterns tried only at candidate tokens
/// (`TemporalParser`); resolution (`TemporalResolver`) uses the publication date, the tense of the
/// governing verb (`TenseDetector`) and the discourse:
/// - anaphoric expressions ("the following day", "two days later", "that same week") count from the
///   most recent day-precision date found earlier in the document (chains included);
/// - "N days after <event word>" counts from the latest sentence with a date that mentions the same
///   event word ("after signing" ← "signed … on Wednesday"), never from publication: with no such
///   sentence, or after a clause or a name ("a day after Macron ended …"), it stays an undated duration;
/// - "N days after <clause> on <day>" counts from that day when it lies in the same clause;
/// - "that year" / "of that year" use the most recent expression lying inside one calendar year;
/// - a month-day or month without a year follows an earlier date in the same clause (CONVENTIONS §6);
/// - comparisons ("a year earlier", "year-ago") never become anchors.
///
/// - Complexity: O(bytes) per document; tense detection runs only for expressions that need it.
public struct TemporalTagger: Sendable {
    public init() {}

    /// Tags every sentence; result `[i]` belongs to `sentences[i]`; ranges are UTF-8 byte ranges within
    /// `sentences[i].text`. With `publication == nil`, only expressions that need no reference date are
    /// resolved; the rest are still returned, with an undated span. A publication range resolves
    /// publication-relative expressions to the union over every possible day (CONVENTIONS §6).
    public func tag(sentences: [Sentence], publication: PublicationDate?) -> [[TemporalExpression]] {
        tag(parsed: parse(sentences: sentences), publication: publication)
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
        tag(ParsedSentence(sentence), publication: publication, discourse: &discourse)
    }

    func tag(_ parsed: ParsedSentence, publication: PublicationDate?, discourse: inout TemporalDiscourse) -> [TemporalExpression] {
        guard !parsed.matches.isEmpty else { return [] }
        let tokens = parsed.tokens
        var result: [TemporalExpression] = []
        result.reserveCapacity(parsed.matches.count)
        resolveEach(parsed, publication: publication, discourse: &discourse, wantsValue: true) { index, m, resolution, datesEvents in
            let start = tokens[m.start].start, end = tokens[m.end - 1].end
            var kind = m.meaning.kind, value = resolution.value
            let offset = m.durationValue.map {
                TemporalExpression.Offset(value: $0, range: start..<tokens[max(m.start, m.end - 2)].end)
            }
            if let minutes = m.minutes {
                kind = .time
                let day = resolution.span.granularity == .day && resolution.span.width == 1 ? String(value.prefix(10)) : "XXXX-XX-XX"
                value = day + "T" + TemporalResolver.pad(minutes / 60, 2) + ":" + TemporalResolver.pad(minutes % 60, 2)
            }
            result.append(TemporalExpression(
                text: parsed.text(inBytes: start..<end), range: start..<end, kind: kind,
                value: value, mod: m.mod, span: resolution.span, datesEvents: datesEvents,
                isRelativeToPublication: resolution.relative, offset: offset))
        }
        return result
    }

    /// Resolves the sentence's matches in order, updating the discourse, and calls `body` with each
    /// match's index, the match, its resolution and whether it dates events. With `wantsValue` false
    /// the resolutions' TIMEX3 values may be left empty (spans, relativity and the discourse are the same).
    func resolveEach(_ parsed: ParsedSentence, publication: PublicationDate?, discourse: inout TemporalDiscourse,
                     wantsValue: Bool,
                     body: (Int, TemporalMatch, TemporalResolution, Bool) -> Void) {
        let sentence = parsed.text, tokens = parsed.tokens, matches = parsed.matches
        let utf8 = sentence.utf8
        var sentenceAnchor: TimeSpan?
        var sentenceAnchorEnd = 0
        var previousEnd = -1
        for (index, m) in matches.enumerated() {
            defer { previousEnd = m.end }
            // A dated list tells what happened, in the historical present.
            let tense = discourse.isDateList && index == 0 && m.start <= 1 && (m.resolvingTense == .present || m.resolvingTense == .unknown)
                ? .past : m.resolvingTense
            // An earlier date in the same clause only: ", and voters choose … in January" is a new clause.
            let clauseAnchor = sentenceAnchor != nil
                && !(sentenceAnchorEnd..<m.start).contains {
                    TenseDetector.isClauseBreak(tokens, $0, leftward: true) || TenseDetector.closesInsertion(tokens, $0)
                }
                // A year holds a later day only within one phrase ("last year's summit on Sept. 9"),
                // not across a comma ("a plan approved in 1987 that …, shares bought through Sept. 29").
                && !(sentenceAnchor?.granularity == .year
                     && (sentenceAnchorEnd..<m.start).contains { tokens[$0].mark == UInt8(ascii: ",") })
                ? sentenceAnchor : nil
            let resolution: TemporalResolution
            let complement = complementDay(after: index, in: parsed, publication: publication, discourse: discourse)
            if complement != nil || m.eventWord != nil {
                var context = discourse
                // "30 days after signing" counts from the dated signing, never from publication: when no dated
                // sentence mentions the event, it stays an undated duration.
                var unanchored = false
                if let day = complement {
                    context.anchorDay = day
                } else if let k = m.eventWord {
                    if let day = context.day(mentioning: Self.stem(tokens[k], in: utf8)) { context.anchorDay = day } else { unanchored = true }
                }
                resolution = unanchored
                    ? TemporalResolution(span: .undated, value: m.durationValue ?? "XXXX", relative: false)
                    : resolve(m, tense: tense, publication: publication, discourse: context, sentenceAnchor: clauseAnchor,
                              wantsValue: wantsValue)
            } else {
                // (No anchor of its own: the discourse as it stands, without a copy.)
                resolution = resolve(m, tense: tense, publication: publication, discourse: discourse,
                                     sentenceAnchor: clauseAnchor, wantsValue: wantsValue)
            }
            var datesEvents = m.datesEvents && m.meaning.datesEvents && resolution.span.isDated
            // "holds the presidency until the end of the month", "extended the truce until May 1": the
            // end of a state or term, not when anything happens.
            if m.start > 0, tokens[m.start - 1].word == .until { datesEvents = false }
            // "On Dec. 1, two days before the ban": the offset restates the date before it.
            if m.durationValue != nil, previousEnd >= 0, m.start == previousEnd + 1, tokens[previousEnd].mark == UInt8(ascii: ",") {
                datesEvents = false
            }
            // "fired a missile Friday, officials said, a day after resuming tests": set off by a comma
            // after the sentence's own day, the offset places the complement (Thursday), not the
            // main clause, and no trigger of the sentence is the complement's.
            if m.durationValue != nil, Self.isAnchoredOffset(m.meaning), m.start > 0,
               tokens[m.start - 1].mark == UInt8(ascii: ","), sentenceAnchor?.granularity == .day {
                datesEvents = false
            }
            body(index, m, resolution, datesEvents)
            // Comparisons ("a year earlier", "year-ago") are not narrative anchors.
            if datesEvents, !Self.isComparison(m.meaning) {
                // A day known only as the union over an uncertain publication date pins nothing.
                let pinned = !resolution.isUnion
                Self.remember(resolution.span, pinned: pinned, in: &discourse)
                if pinned, resolution.span.granularity == .day, let day = resolution.span.latest {
                    discourse.dayHistory.append((sentence, day))
                    if discourse.dayHistory.count > 64 { discourse.dayHistory.removeFirst() }
                }
            }
            if discourse.isChronology, index == 0, m.start <= 1, datesEvents,
               resolution.span.granularity == .day || resolution.span.granularity == .month
                || resolution.span.granularity == .year && Self.isHeading(m, of: parsed) {
                discourse.entryStart = resolution.span.earliest
            }
            if datesEvents, let w = resolution.span.width, w <= 366, !Self.isAttributiveYear(tokens, m) {
                sentenceAnchor = resolution.span
                sentenceAnchorEnd = m.end
            }
        }
    }

    /// "a day after", "two weeks before": an offset from another event.
    static func isAnchoredOffset(_ meaning: TemporalMeaning) -> Bool {
        switch meaning {
        case .anchorDays, .anchorUnit: return true
        default: return false
        }
    }

    /// Resolves against every possible publication day (the ends of a range suffice: every rule is
    /// monotone in the publication day) and takes the hull.
    func resolve(_ m: TemporalMatch, tense: Tense, publication: PublicationDate?, discourse: TemporalDiscourse,
                 sentenceAnchor: TimeSpan?, wantsValue: Bool = true) -> TemporalResolution {
        let range = publication.flatMap { $0.exactDay == nil ? $0.earliest...$0.latest : nil }
        let first = TemporalResolver(pub: publication?.earliest, tense: tense, discourse: discourse,
                                     sentenceAnchor: sentenceAnchor, weekdayHint: m.weekday, publicationRange: range,
                                     wantsValue: wantsValue).resolve(m)
        guard let publication, publication.exactDay == nil, first.relative else { return first }
        let last = TemporalResolver(pub: publication.latest, tense: tense, discourse: discourse,
                                    sentenceAnchor: sentenceAnchor, weekdayHint: m.weekday, publicationRange: range,
                                    wantsValue: wantsValue).resolve(m)
        var hull = last
        hull.isUnion = first.span != last.span
        if let a = first.span.earliest, let b = last.span.earliest { hull.span.earliest = min(a, b) }
        if let a = first.span.latest, let b = last.span.latest { hull.span.latest = max(a, b) }
        return hull
    }

    static func remember(_ span: TimeSpan, pinned: Bool = true, in discourse: inout TemporalDiscourse) {
        guard let e = span.earliest, let l = span.latest else { return }
        discourse.anchorSpan = span
        if pinned, span.granularity == .day { discourse.anchorDay = l }
        let year = e.year
        if year == l.year { discourse.anchorYear = year }
    }

    /// The governing verb's tense, except where the date does not depend on it: an attributive date
    /// ("the Jan. 14 deadline") or a limit after a past verb ("was extended to Nov. 16") takes the nearest.
    static func tense(_ tokens: [TemporalToken], _ m: TemporalMatch) -> Tense {
        tense(tokens, m, detected: TenseDetector.tense(tokens: tokens, start: m.start, end: m.end))
    }

    /// Same as `tense(_:_:)`, given the governing verb's tense `TenseDetector.tense(tokens:start:end:)`.
    static func tense(_ tokens: [TemporalToken], _ m: TemporalMatch, detected: Tense) -> Tense {
        guard m.start > 0, tokens[m.start - 1].kind == .word else { return detected }
        // "as soon as Tuesday", "as early as next week": a prospect.
        if m.start >= 3, TenseDetector.isAsSoonAs(tokens, before: m.start) { return .future }
        // "either Tuesday or Wednesday": a day still to be settled lies ahead.
        if detected != .past, isEitherOr(tokens, before: m.start) { return .future }
        let before = tokens[m.start - 1]
        // "since March": an onset, so it lies in the past whatever the verb.
        if before.word == .since { return .past }
        if before.word == .the || before.word == .a || before.word == .an || TenseDetector.isDeterminer(before) {
            if m.end < tokens.count, tokens[m.end].kind == .word { return .unknown }
        }
        if detected == .past, before.word == .until || before.word == .to || before.word == .by || before.word == .through {
            return .unknown
        }
        return detected
    }

    /// "either" right before token `start`, or "either X or" ending there (X up to three tokens).
    static func isEitherOr(_ tokens: [TemporalToken], before start: Int) -> Bool {
        let previous = tokens[start - 1]
        if previous.hash == eitherHash { return true }
        guard previous.hash == orHash else { return false }
        var k = start - 2
        while k >= 0, start - k <= 5 {
            if tokens[k].kind == .word, tokens[k].hash == eitherHash { return true }
            k -= 1
        }
        return false
    }

    static let eitherHash = TemporalLexicon.hash("either"), orHash = TemporalLexicon.hash("or")

    /// "the 2015 deal", "a 1998 framework": a year naming a thing, which dates no clause around it.
    static func isAttributiveYear(_ tokens: [TemporalToken], _ m: TemporalMatch) -> Bool {
        guard case .year = m.meaning, m.start > 0, m.end < tokens.count else { return false }
        let next = tokens[m.end]
        return TenseDetector.isDeterminer(tokens[m.start - 1]) && next.kind == .word && !next.isCapitalized
    }

    /// The start of an event word that its other forms share: "signing" → "sign", "announcement" → "announ".
    static func stem(_ token: TemporalToken, in utf8: String.UTF8View) -> [UInt8] {
        let length = token.end - token.start
        let keep = max(4, min(length - 3, 6))
        let start = utf8.index(utf8.startIndex, offsetBy: token.start)
        return utf8[start...].prefix(keep).map { $0 | 0x20 }
    }

    static func isComparison(_ meaning: TemporalMeaning) -> Bool {
        switch meaning {
        case .anchorQuarter, .ago: return true
        case .anchorUnit(let unit, _): return unit == .year
        default: return false
        }
    }

    static func needsTense(_ meaning: TemporalMeaning) -> Bool {
        switch meaning {
        case .monthDay, .monthDayRun, .weekday, .weekdayRange, .unitRelative, .quarter, .ago, .thanksgiving, .dayOfMonth: return true
        case .month(_, let ref), .season(_, let ref), .half(_, let ref):
            if case .bare = ref { return true }
            if case .anchored = ref { return true }
            return false
        default: return false
        }
    }
}
