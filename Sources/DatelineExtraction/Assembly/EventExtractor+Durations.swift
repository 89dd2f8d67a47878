/// Which durations of a sentence measure its dated occasion ("a three-day summit that ended on
/// Sunday") and which measure something else ("after a 12-day break", "the first in 12 days").
extension EventExtractor {
    /// Words before a duration that make it the time since or until something, not the event's length.
    static let gapLeads: [[UInt8]] = ["in", "within", "after", "since", "past", "last", "next", "than"].map { Array($0.utf8) }
    static let articles: [[UInt8]] = ["a", "an", "the"].map { Array($0.utf8) }
    /// Nouns a duration may measure that are pauses between events, not an event.
    static let pauseNouns: [[UInt8]] = ["break", "pause", "lull", "hiatus", "gap", "absence", "delay", "interval",
                                        "halt", "respite", "wait"].map { Array($0.utf8) }

    /// Whether `duration` can be the length of the sentence's occasion: not after "in", "after",
    /// "within", … (past an article), and not measuring a pause ("a 12-day break").
    static func describesOccasion(_ duration: TemporalExpression, in text: String) -> Bool {
        let bytes = Array(text.utf8)
        let range = duration.range
        guard range.upperBound <= bytes.count else { return false }
        var before = word(endingAt: range.lowerBound, in: bytes)
        if let w = before, index(of: w, in: bytes, among: articles) != nil {
            before = word(endingAt: w.lowerBound, in: bytes)
        }
        if let w = before, index(of: w, in: bytes, among: gapLeads) != nil { return false }
        if let w = word(startingAt: range.upperBound, in: bytes), index(of: w, in: bytes, among: pauseNouns) != nil {
            return false
        }
        return true
    }

    /// The letters of the word that ends (past spaces) just before `end`, if any.
    static func word(endingAt end: Int, in bytes: [UInt8]) -> Range<Int>? {
        var i = end
        while i > 0, bytes[i - 1] == 0x20 { i -= 1 }
        var j = i
        while j > 0, (bytes[j - 1] | 0x20) >= 0x61, (bytes[j - 1] | 0x20) <= 0x7A { j -= 1 }
        return j < i ? j..<i : nil
    }

    /// The letters of the word that starts (past spaces) at `start`, if any.
    static func word(startingAt start: Int, in bytes: [UInt8]) -> Range<Int>? {
        var i = start
        while i < bytes.count, bytes[i] == 0x20 { i += 1 }
        var j = i
        while j < bytes.count, (bytes[j] | 0x20) >= 0x61, (bytes[j] | 0x20) <= 0x7A { j += 1 }
        return i < j ? i..<j : nil
    }
}
