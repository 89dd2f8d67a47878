import DatelineModel

/// The dating expressions of a sentence: which of them date events, ranges joined from two
/// ("from a to b", "a or b"), and dates that belong to a dateline or a possessive.
extension EventExtractor {
    /// Only "and", "or" or "and in/on" stand between two expressions ("in February and April").
    static func isBareConjunction(_ text: String, between a: Range<Int>, and b: Range<Int>) -> Bool {
        isBareConjunction(Array(text.utf8), between: a, and: b)
    }

    /// `isBareConjunction(_:between:and:)` on the sentence's bytes: the gap's space-separated words
    /// compared in place, ASCII case aside (no other character lowercases to these letters).
    static func isBareConjunction(_ bytes: [UInt8], between a: Range<Int>, and b: Range<Int>) -> Bool {
        guard a.upperBound <= b.lowerBound, b.lowerBound - a.upperBound <= 12, b.lowerBound <= bytes.count else { return false }
        var words: [Range<Int>] = []
        var i = a.upperBound
        while i < b.lowerBound {
            guard bytes[i] != 0x20 else { i += 1; continue }
            var end = i + 1
            while end < b.lowerBound, bytes[end] != 0x20 { end += 1 }
            guard words.count < 2 else { return false }
            words.append(i..<end)
            i = end
        }
        func isWord(_ k: Int, _ word: StaticString) -> Bool {
            guard k < words.count, words[k].count == word.utf8CodeUnitCount else { return false }
            for (x, letter) in zip(words[k], UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
            where bytes[x] | 0x20 != letter { return false }
            return true
        }
        switch words.count {
        case 1: return isWord(0, "and") || isWord(0, "or")
        case 2: return (isWord(0, "and") && (isWord(1, "in") || isWord(1, "on"))) || (isWord(0, "or") && isWord(1, "in"))
        default: return false
        }
    }

    /// The stretch between the neighbouring expressions of expression `k`: words between two dates
    /// may belong to either ("X in January, Y in February" vs "On Oct. 20, X said …, from Dec. 1"),
    /// so both stretches keep them.
    static func segment(of k: Int, in dating: [TemporalExpression], length: Int) -> Range<Int> {
        let lower = k == 0 ? 0 : dating[k - 1].range.upperBound
        let upper = k == dating.count - 1 ? length : dating[k + 1].range.lowerBound
        return lower..<max(lower, upper)
    }

    /// Where the coordinated clause holding `range` begins (after its ", and" or ";").
    static func clauseStart(before range: Range<Int>, in bytes: [UInt8]) -> Int {
        var i = min(range.lowerBound, bytes.count) - 1
        while i >= 0 {
            if bytes[i] == UInt8(ascii: ";") || bytes[i] == UInt8(ascii: ",") { return i + 1 }
            i -= 1
        }
        return 0
    }

    /// Expressions that can date an event, without one that merely restates a finer neighbour
    /// ("last month, on Dec. 13" keeps Dec. 13).
    static func datingExpressions(_ all: [TemporalExpression], in text: String) -> [TemporalExpression] {
        datingExpressions(all, bytes: Array(text.utf8))
    }

    /// `datingExpressions(_:in:)` on the sentence's bytes.
    static func datingExpressions(_ all: [TemporalExpression], bytes: [UInt8]) -> [TemporalExpression] {
        var kept: [TemporalExpression] = []
        datingExpressions(all, bytes: bytes, into: &kept)
        return kept
    }

    /// `datingExpressions(_:bytes:)` written into `kept` (emptied first, its storage kept): the
    /// events search reuses one array for every sentence.
    static func datingExpressions(_ all: [TemporalExpression], bytes: [UInt8], into kept: inout [TemporalExpression]) {
        kept.removeAll(keepingCapacity: true)
        guard !all.isEmpty else { return }
        func qualifies(_ t: TemporalExpression) -> Bool {
            t.datesEvents && t.span.isDated && t.kind != .duration && t.kind != .set && !Self.isInDateline(t.range, bytes)
        }
        // Most sentences have one such expression: found by position, it is the answer, with no
        // filtered copy of the others.
        // (Fields read in place: passing an element to a function copies it.)
        let only = all.withUnsafeBufferPointer { all in
            var only = -1
            for k in all.indices where all[k].datesEvents && all[k].span.isDated && all[k].kind != .duration
                && all[k].kind != .set && !Self.isInDateline(all[k].range, bytes) {
                if only >= 0 { return -2 }
                only = k
            }
            return only
        }
        if only == -1 { return }
        if only >= 0 {
            kept.append(all[only])
            return
        }
        // (One filtering pass, as the two filters kept the same order; sorting one or none is a copy.)
        var candidates = all.filter(qualifies)
        if candidates.count > 1 { candidates.sort { $0.range.lowerBound < $1.range.lowerBound } }
        for timex in candidates {
            // "from 2005 to 2020", "between March and June": TimeML tags two dates; the event spans both.
            if let last = kept.last, let joined = Self.joinedRange(last, timex, bytes) {
                kept[kept.count - 1] = joined
                continue
            }
            if let last = kept.last, Self.distance(last.range, timex.range) <= 6 {
                if timex.span.isWithin(last.span) { kept[kept.count - 1] = timex; continue }
                if last.span.isWithin(timex.span) { continue }
            }
            // "last year's summit in New Delhi on Sept. 9-10": a possessive date names the occasion
            // that the finer date in the same phrase places.
            if let last = kept.last, Self.isPossessive(after: last.range, bytes),
               Self.distance(last.range, timex.range) <= 60, timex.span.isWithin(last.span),
               !Self.commaBetween(last.range, timex.range, in: bytes) {
                kept[kept.count - 1] = timex
                continue
            }
            kept.append(timex)
        }
    }

    /// `a` and `b` as one expression when the text reads "from a to/through/until b", "between a
    /// and b" or "(either) a or b" and `b` ends after `a`; nil otherwise.
    static func joinedRange(_ a: TemporalExpression, _ b: TemporalExpression, _ bytes: [UInt8]) -> TemporalExpression? {
        guard a.range.upperBound < b.range.lowerBound, b.range.lowerBound - a.range.upperBound <= 9,
              let first = a.span.earliest, let last = b.span.latest, let aEnd = a.span.latest, last > aEnd, first <= last
        else { return nil }
        func word(_ r: Range<Int>) -> String {
            String(decoding: bytes[r].filter { $0 != UInt8(ascii: " ") }, as: UTF8.self).lowercased()
        }
        let link = word(a.range.upperBound..<b.range.lowerBound)
        let opener = a.range.lowerBound >= 8 ? word(max(0, a.range.lowerBound - 8)..<a.range.lowerBound) : ""
        let isFrom = opener.hasSuffix("from") && ["to", "through", "until", "till"].contains(link)
        let isBetween = opener.hasSuffix("between") && link == "and"
        // "either Tuesday or Wednesday", "in May or early June": one event on one of the two dates.
        let isEither = link == "or"
        guard isFrom || isBetween || isEither else { return nil }
        var joined = a
        joined.range = a.range.lowerBound..<b.range.upperBound
        joined.text = String(decoding: bytes[joined.range], as: UTF8.self)
        joined.span = TimeSpan(earliest: first, latest: last, granularity: min(a.span.granularity, b.span.granularity))
        return joined
    }

    /// Whether "'s" (straight or curly apostrophe) directly follows `range`.
    static func isPossessive(after range: Range<Int>, _ bytes: [UInt8]) -> Bool {
        let i = range.upperBound
        if i + 1 < bytes.count, bytes[i] == UInt8(ascii: "'"), bytes[i + 1] == UInt8(ascii: "s") { return true }
        // U+2019 RIGHT SINGLE QUOTATION MARK is E2 80 99.
        return i + 3 < bytes.count && bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99
            && bytes[i + 3] == UInt8(ascii: "s")
    }

    /// Whether `range` is the date of a wire dateline opening the sentence ("WASHINGTON, Jan 15
    /// (Reuters) - …", "Paris, Aug 24, 2022 (AFP) - …"): that dates the report, not an event; the
    /// story's own date follows. Also a date in the agency's brackets ("Kyiv, Ukraine, (Example
    /// News - 15th May, 2023 ) : …").
    static func isInDateline(_ range: Range<Int>, _ bytes: [UInt8]) -> Bool {
        guard range.lowerBound < 128, let dateline = WireDateline.opening(bytes) else { return false }
        return range.upperBound <= dateline.end
    }
}
