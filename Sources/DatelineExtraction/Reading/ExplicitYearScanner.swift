import DatelineModel

/// A stand-in for the temporal tagger when dating a publication: finds dates that carry their own
/// year ("July 3, 2023", "May 2023", "in 2019") in story text and guesses each one's tense.
///
/// Per mention, within its sentence:
/// - future right after "by" ("by 2030");
/// - else the nearest cue among the six words before it (not across a clause comma): a future
///   marker ("will", "next", "expected", "due", …) or a past verb (a word ending in "-ed", "was",
///   "had", "began", "fell", …);
/// - else the nearest such cue among the eight words after it ("In 2010, shipments were halted");
/// - else future when "this year" comes earlier in the sentence ("… this year and … in 2021": a
///   sequence written in time order, so the explicit year is the later one);
/// - else unknown (it then bounds nothing).
/// Years that are amounts or names are skipped: "$2019", "2019%", "2017 levels", "2019-20".
/// - Complexity: O(n) in the text.
public enum ExplicitYearScanner {
    static let futureMarkers: Set<String> = [
        "will", "shall", "next", "expected", "scheduled", "due", "upcoming", "planned", "plans", "plan",
        "aims", "aim", "target", "targets", "coming",
    ]
    static let irregularPast: Set<String> = [
        "was", "were", "had", "did", "began", "begun", "fell", "rose", "met", "took", "won", "lost", "came",
        "became", "saw", "made", "held", "left", "said", "told", "went", "grew", "hit", "cut", "led", "sent",
        "spent", "paid", "sold", "bought", "brought", "ran", "struck", "broke", "spoke", "wrote", "gave",
        "chose", "shot", "froze", "swore", "drew", "built", "felt", "kept", "ago", "since", "last",
    ]
    static let notPastEd: Set<String> = ["need", "speed", "seed", "feed", "indeed", "bed", "red", "shed",
                                         "proceed", "exceed", "succeed", "embed"]

    /// Dated observations of a text (a paragraph or a sentence).
    public static func observations(in text: String) -> [DatedObservation] {
        let tokens = DateTextScanner.tokenize(Array(text.utf8))
        let mentions = DateTextScanner.mentions(in: text)
        var result: [DatedObservation] = []
        for sentence in sentences(tokens) {
            let span = sentence.lowerBound..<sentence.upperBound
            var sawThisYear = false
            var t = span.lowerBound
            while t < span.upperBound {
                if case .word("year", _) = tokens[t].kind, t > 0, case .word("this", _) = tokens[t - 1].kind { sawThisYear = true }
                guard let (timeSpan, last) = dated(tokens, at: t, mentions: mentions) else { t += 1; continue }
                let tense = tense(tokens, before: t, after: last + 1, in: span, sawThisYear: sawThisYear)
                result.append(DatedObservation(span: timeSpan, tense: tense))
                t = last + 1
            }
        }
        return result
    }

    /// A dated span starting at token `t` (a scanned date with a year, or a lone year), and its last token.
    static func dated(_ tokens: [DateTextScanner.Token], at t: Int, mentions: [DateMention]) -> (TimeSpan, Int)? {
        let start = tokens[t].range.lowerBound
        if let mention = mentions.first(where: { $0.range.lowerBound == start }), mention.readings.count == 1,
           let reading = mention.readings.first, let year = reading.year {
            var last = t
            while last + 1 < tokens.count, tokens[last + 1].range.upperBound <= mention.range.upperBound { last += 1 }
            if let day = reading.calendarDate { return (TimeSpan.day(day), last) }
            let (first, end) = CalendarDate.monthBounds(year: year, month: reading.month)
            return (TimeSpan(earliest: first, latest: end, granularity: .month), last)
        }
        guard case .number(let year, 4, false) = tokens[t].kind, (1900...2100).contains(year) else { return nil }
        // Amounts, ranges and baselines are not dates.
        if t > 0, case .punct(let c) = tokens[t - 1].kind, c == UInt8(ascii: "$"), tokens[t - 1].range.upperBound == start { return nil }
        if t + 1 < tokens.count, tokens[t + 1].range.lowerBound == tokens[t].range.upperBound,
           case .punct(let c) = tokens[t + 1].kind, c == UInt8(ascii: "%") || c == UInt8(ascii: "-") { return nil }
        if t + 1 < tokens.count, case .word(let w, _) = tokens[t + 1].kind, w == "levels" || w == "level" { return nil }
        let (first, last) = CalendarDate.yearBounds(year)
        return (TimeSpan(earliest: first, latest: last, granularity: .year), t)
    }

    static func tense(_ tokens: [DateTextScanner.Token], before t: Int, after next: Int, in sentence: Range<Int>,
                      sawThisYear: Bool) -> Tense {
        if t > sentence.lowerBound, case .word("by", _) = tokens[t - 1].kind { return .future }
        var words = 0
        var k = t - 1
        while k >= sentence.lowerBound, words < 6 {
            if case .punct(let c) = tokens[k].kind, c == UInt8(ascii: ","), !(k + 1 < tokens.count && isNumber(tokens[k + 1])) { break }
            if case .word(let w, _) = tokens[k].kind {
                words += 1
                if let tense = cue(w) { return tense }
            }
            k -= 1
        }
        words = 0
        k = next
        while k < sentence.upperBound, words < 8 {
            if case .word(let w, _) = tokens[k].kind {
                words += 1
                if let tense = cue(w) { return tense }
            }
            k += 1
        }
        return sawThisYear ? .future : .unknown
    }

    static func cue(_ word: String) -> Tense? {
        if futureMarkers.contains(word) { return .future }
        if irregularPast.contains(word) || (word.count > 3 && word.hasSuffix("ed") && !notPastEd.contains(word)) { return .past }
        return nil
    }

    static func isNumber(_ token: DateTextScanner.Token) -> Bool {
        if case .number = token.kind { return true }
        return false
    }

    /// Token index ranges of sentences: a `.`, `!` or `?` followed by a capitalised word ends one.
    static func sentences(_ tokens: [DateTextScanner.Token]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for k in tokens.indices {
            guard case .punct(let c) = tokens[k].kind, c == UInt8(ascii: ".") || c == UInt8(ascii: "!") || c == UInt8(ascii: "?"),
                  k + 1 < tokens.count, case .word(_, true) = tokens[k + 1].kind,
                  tokens[k + 1].range.lowerBound > tokens[k].range.upperBound else { continue }
            result.append(start..<(k + 1))
            start = k + 1
        }
        if start < tokens.count { result.append(start..<tokens.count) }
        return result
    }
}
