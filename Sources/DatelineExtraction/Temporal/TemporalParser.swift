/// One recognised expression: a token span and what it means, not yet resolved.
struct TemporalMatch: Sendable {
    /// Token indexes, end exclusive.
    var start: Int
    var end: Int
    var meaning: TemporalMeaning
    var part: TemporalMeaning.Part = .whole
    /// TIMEX3 mod from a hedge ("about", "more than") or a part ("early" → START).
    var mod: String? = nil
    /// False for baselines ("2017 levels") and other dates that cannot date an event.
    var datesEvents: Bool = true
    /// Set when the words fix the direction ("last Oct. 23" is past whatever the verb says).
    var tense: Tense? = nil
    /// "two days after the meeting": the offset's duration value; TimeML tags only "two days" (all but the
    /// last token) as a DURATION, while the expression resolves from the anchor as a DATE.
    var durationValue: String? = nil
    /// "9 a.m. Tuesday": a clock time on the matched day (minutes since midnight).
    var minutes: Int? = nil
    /// "Saturday, April 25": the weekday that picks the year of a month-day.
    var weekday: Int? = nil
    /// "30 days after signing": token index of the event word the offset counts from.
    var eventWord: Int? = nil
    /// The governing verb's tense (`TenseDetector.tense(tokens:start:end:)`), set by `ParsedSentence`;
    /// the publication-date stage reads it for dated expressions.
    var detectedTense: Tense = .unknown
    /// The tense resolution uses (`TemporalTagger.tense(_:_:)` where the meaning needs one), set by
    /// `ParsedSentence`.
    var resolvingTense: Tense = .unknown
}

/// Recognises temporal expressions in a tokenised sentence by trying patterns at candidate tokens only.
///
/// - Complexity: O(tokens); each pattern looks at a handful of tokens ahead.
struct TemporalParser {
    typealias Unit = TemporalLexicon.Unit
    let tokens: [TemporalToken]

    init(tokens: [TemporalToken]) { self.tokens = tokens }

    /// Every match, left to right, not overlapping; at each position the first pattern that applies wins.
    func parse() -> [TemporalMatch] {
        var matches: [TemporalMatch] = []
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            let candidate = t.kind == .number || (t.kind == .word && Self.canLead(t.word))
            if candidate, let m = match(at: i), m.end > i {
                if !isQuotedTitle(m) {
                    // (Room for a few at the first: a sentence with one expression often has more.)
                    if matches.isEmpty { matches.reserveCapacity(4) }
                    matches.append(m)
                }
                i = m.end
            } else {
                i += 1
            }
        }
        return matches
    }

    /// Whether `match(at:)` can find anything at a word of this class: the classes `hedged`, `partOf`,
    /// `core` and `relative` have a case for. Any other word ("in", "of", "to") falls through all four
    /// to nil, so the scan passes it without the calls.
    static func canLead(_ word: TemporalWord) -> Bool {
        switch word {
        // hedged
        case .about, .around, .nearly, .almost, .some, .more, .less, .over, .at: return true
        // partOf
        case .early, .mid, .late, .earlier, .later, .the, .end, .start, .beginning, .middle: return true
        // core
        case .month, .weekday, .numberWord, .a, .an: return true
        // relative
        case .last, .next, .this, .past, .coming, .today, .tonight, .yesterday, .tomorrow, .now, .currently,
             .recently, .soon, .several, .many, .few, .partOfDay, .unit, .recent, .upcoming, .that, .setWord,
             .every, .each, .per, .holiday, .new, .q, .fiscal, .season, .ordinalWord: return true
        default: return false
        }
    }

    /// `"This Week"`, `''60 Minutes''`: a quoted title-case unit names a programme, not a time.
    func isQuotedTitle(_ m: TemporalMatch) -> Bool {
        guard m.start > 0, m.end > m.start + 1, word(m.end - 1) == .unit, tokens[m.end - 1].isCapitalized else { return false }
        let before = tokens[m.start - 1]
        return before.kind == .punct && (before.mark == UInt8(ascii: "\"") || before.mark == UInt8(ascii: "'"))
    }

    // MARK: token access

    @inline(__always) func word(_ i: Int) -> TemporalWord {
        i >= 0 && i < tokens.count && tokens[i].kind == .word ? tokens[i].word : .none
    }

    /// (A `Unicode.Scalar`, not a `Character`: `Character.asciiValue` is a library call per test.)
    @inline(__always) func isMark(_ i: Int, _ c: Unicode.Scalar) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .punct && c.isASCII && tokens[i].mark == UInt8(truncatingIfNeeded: c.value)
    }

    /// A plain number (no glued letters) at `i`.
    @inline(__always) func number(_ i: Int) -> Int? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .number, tokens[i].suffix == .none else { return nil }
        return tokens[i].value
    }

    func digits(_ i: Int) -> Int { i >= 0 && i < tokens.count && tokens[i].kind == .number ? tokens[i].detail : 0 }

    /// A day of month at `i` ("5", "5th", "21st"), with the index after it.
    func dayNumber(_ i: Int) -> Int? {
        guard i < tokens.count, tokens[i].kind == .number, tokens[i].detail <= 2 else { return nil }
        let s = tokens[i].suffix
        guard s == .none || s == .th || s == .st || s == .nd || s == .rd else { return nil }
        let v = tokens[i].value
        guard (1...31).contains(v) else { return nil }
        // "5-year", "5:30", "5.5", "5/6" are not days.
        if isMark(i + 1, "-") && (word(i + 2) == .unit) { return nil }
        // "10:27 December 08": the minutes of a clock.
        if i >= 2, !tokens[i].gapBefore, !tokens[i - 1].gapBefore, isMark(i - 1, ":"), number(i - 2) != nil { return nil }
        if i + 2 < tokens.count, !tokens[i + 1].gapBefore, !tokens[i + 2].gapBefore, isMark(i + 1, ":") || isMark(i + 1, "."),
           number(i + 2) != nil {
            return nil
        }
        return v
    }

    /// A four-digit year at `i` that is not a quantity or code.
    func year(_ i: Int) -> Int? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .number, tokens[i].detail == 4,
              tokens[i].suffix == .none else { return nil }
        let v = tokens[i].value
        guard (1000...2199).contains(v) else { return nil }
        return isQuantityOrCode(i) ? nil : v
    }

    /// True when the number at `i` is money, a percentage, a code ("Section 301", "F-16", "2+2") or a count.
    func isQuantityOrCode(_ i: Int) -> Bool {
        if i > 0 {
            let p = tokens[i - 1]
            if p.kind == .punct, p.mark == UInt8(ascii: "$") || p.mark == UInt8(ascii: "#") || p.mark == 0x80
                || p.mark == UInt8(ascii: "+") { return true }
            if p.kind == .word, p.word == .codeWord { return true }
            if !tokens[i].gapBefore, p.kind == .word || p.kind == .number { return true }
            // "J-11", "B-52": a hyphen glued to a word on both sides.
            if p.kind == .punct, !tokens[i].gapBefore, !p.gapBefore, p.mark == UInt8(ascii: "-"), i >= 2,
               tokens[i - 2].kind == .word, ![.mid, .early, .late].contains(tokens[i - 2].word) { return true }
            // "1-800-2024": a hyphen glued to a number before it.
            if p.kind == .punct, !tokens[i].gapBefore, !p.gapBefore, p.mark == UInt8(ascii: "-"), i >= 2,
               tokens[i - 2].kind == .number { return true }
            if p.kind == .punct, !tokens[i].gapBefore, p.mark == UInt8(ascii: "."), i >= 2, tokens[i - 2].kind == .number {
                return true
            }
        }
        if i + 1 < tokens.count {
            let n = tokens[i + 1]
            if n.kind == .punct, n.mark == UInt8(ascii: "%") || n.mark == UInt8(ascii: "+") { return true }
            if n.kind == .punct, !n.gapBefore, n.mark == UInt8(ascii: ".") || n.mark == UInt8(ascii: ","),
               i + 2 < tokens.count, tokens[i + 2].kind == .number, !tokens[i + 2].gapBefore { return true }
            if n.kind == .word, n.word == .measureWord { return true }
            if n.kind == .number { return true }
        }
        return false
    }

    /// A year in words: "nineteen ninety-six", "nineteen eighty", "two thousand" (after "year" or "in"),
    /// with the index after it.
    func spokenYear(at i: Int) -> (Int, Int)? {
        guard word(i) == .numberWord else { return nil }
        let first = tokens[i].value
        if (11...19).contains(first), word(i + 1) == .numberWord, tokens[i + 1].value % 10 == 0,
           (20...90).contains(tokens[i + 1].value) {
            var year = first * 100 + tokens[i + 1].value, end = i + 2
            if isMark(end, "-"), word(end + 1) == .numberWord, (1...9).contains(tokens[end + 1].value) {
                year += tokens[end + 1].value
                end += 2
            }
            return (year, end)
        }
        if first == 2, word(i + 1) == .numberWord, tokens[i + 1].value == 1000,
           word(i - 1) == .in || word(i - 1) == .unit && unitOf(i - 1) == .year {
            return (2000, i + 2)
        }
        return nil
    }

    /// A year in digits or words at `i`, with the index after it.
    func anyYear(_ i: Int) -> (Int, Int)? {
        if let y = year(i) { return (y, i + 1) }
        return spokenYear(at: i)
    }

    /// A number written in digits or words ("18", "two", "a"), for counts of units.
    func count(_ i: Int) -> Int? {
        guard i >= 0, i < tokens.count else { return nil }
        let t = tokens[i]
        if t.kind == .number, t.suffix == .none, t.detail <= 4 { return isQuantityOrCode(i) && !isUnitNext(i) ? nil : t.value }
        if t.kind == .word, t.word == .numberWord { return t.value }
        return nil
    }

    private func isUnitNext(_ i: Int) -> Bool {
        word(i + 1) == .unit || isMark(i + 1, "-") && word(i + 2) == .unit
            || number(i + 1) == 1 && isMark(i + 2, "/") && number(i + 3) == 2 && word(i + 4) == .unit  // "5 1/2 hours"
    }

    /// Index after an optional "." (abbreviations such as "Sept.").
    func skipDot(_ i: Int) -> Int { isMark(i, ".") && (i < tokens.count && !tokens[i].gapBefore) ? i + 1 : i }

    // MARK: dispatch

    /// The longest expression starting at token `i`, if any.
    func match(at i: Int) -> TemporalMatch? {
        // (The word classes `hedged` and `partOf` start with; any other word skips their calls.)
        switch word(i) {
        case .about, .around, .nearly, .almost, .some, .more, .less, .over, .at:
            if let m = hedged(at: i) { return m }
        case .early, .mid, .late, .earlier, .later, .the, .end, .start, .beginning, .middle:
            if let m = partOf(at: i) { return m }
        default:
            break
        }
        return core(at: i)
    }

    /// "about two years", "more than a decade", "nearly three weeks": hedge + duration.
    func hedged(at i: Int) -> TemporalMatch? {
        var j = i
        let mod: String
        switch word(i) {
        case .about, .around, .nearly, .almost, .some: mod = "APPROX"; j = i + 1
        case .more where word(i + 1) == .than: mod = "MORE_THAN"; j = i + 2
        case .less where word(i + 1) == .than: mod = "LESS_THAN"; j = i + 2
        case .over where count(i + 1) != nil: mod = "MORE_THAN"; j = i + 1
        case .at where word(i + 1) == .least: mod = "EQUAL_OR_MORE"; j = i + 2
        default: return nil
        }
        // The hedge belongs to durations, to "N years ago" and to clock times ("about 10:35 a.m.").
        guard var m = core(at: j) else { return nil }
        switch m.meaning {
        case .duration, .ago, .clock: break
        case .dayRelative(let n, _) where n < -1 && word(m.end - 1) == .ago: break
        default: return nil
        }
        m.start = i
        m.mod = mod
        return m
    }

    func core(at i: Int) -> TemporalMatch? {
        let t = tokens[i]
        if t.kind == .number { return numeric(at: i) }
        switch t.word {
        case .month: return monthExpression(at: i)
        case .weekday: return weekdayExpression(at: i)
        case .the: return determined(at: i)
        case .numberWord, .a, .an:
            // Transcripts spell years out: "nineteen ninety-six".
            if let (y, end) = spokenYear(at: i) { return TemporalMatch(start: i, end: end, meaning: .year(y)) }
            return counted(at: i)
        default: return relative(at: i)
        }
    }
}
