import DatelineModel

/// Timeline entries dated by a heading above them ("April 17:" on its own line, then the entry).
extension EventExtractor {
    /// The expression of a sentence that heads a timeline entry: a date and nothing else ("2019",
    /// "April 17:", "March 2018 -"), or a date set off by a colon or dash before a short label
    /// with no full stop ("- March 22: China ripostes -"). Nil for any other sentence.
    static func headingDate(_ text: String, _ timexes: [TemporalExpression]) -> TemporalExpression? {
        guard let first = timexes.first, first.kind == .date, first.datesEvents || !first.span.isDated else { return nil }
        if timexes.count == 1, isBareDate(first.range, in: text) { return first }
        return isLabelledHeading(first.range, in: Array(text.utf8)) ? first : nil
    }

    /// "- March 22: China ripostes -": the date opens the line (after a dash or bullet), a colon
    /// or dash follows it, and at most `labelWordLimit` words end without a full stop.
    static func isLabelledHeading(_ range: Range<Int>, in bytes: [UInt8]) -> Bool {
        guard range.upperBound < bytes.count,
              bytes[..<range.lowerBound].allSatisfy({ $0 == 0x20 || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "*") })
        else { return false }
        var i = range.upperBound
        while i < bytes.count, bytes[i] == 0x20 { i += 1 }
        guard i < bytes.count, bytes[i] == UInt8(ascii: ":") || bytes[i] == UInt8(ascii: "-") || bytes[i] == 0xE2 else { return false }
        let label = bytes[i...]
        let words = label.split(separator: 0x20).filter { $0.contains { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A } }.count
        let end = label.lastIndex { $0 != 0x20 && $0 != UInt8(ascii: "-") }
        return words >= 1 && words <= labelWordLimit && end.map { bytes[$0] != UInt8(ascii: ".") } == true
    }

    static let labelWordLimit = 8

    /// Whether sentence `i` is a paragraph of its own.
    static func standsAlone(_ i: Int, in sentences: [Sentence]) -> Bool {
        (i == 0 || sentences[i - 1].paragraph != sentences[i].paragraph)
            && (i + 1 == sentences.count || sentences[i + 1].paragraph != sentences[i].paragraph)
    }

    /// Whether the bytes around `range` in `text` are only spaces and the marks that set off a
    /// heading (":", ".", "-", ",").
    static func isBareDate(_ range: Range<Int>, in text: String) -> Bool {
        func isBare(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ",")
        }
        let utf8 = text.utf8
        guard range.lowerBound >= 0, range.upperBound <= utf8.count else { return false }
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
        return utf8[..<start].allSatisfy(isBare) && utf8[end...].allSatisfy(isBare)
    }

    /// The trigger of a timeline entry that has no strong asserted one: as for a dated sentence,
    /// an asserted trigger first, then an intended one ("UN announces to cease operations"), never
    /// a negated one.
    static func entryTrigger(_ triggers: [TriggerMatch]) -> TriggerMatch? {
        triggers.first { !$0.modality.isUncertain } ?? triggers.first { $0.modality != .negated }
    }

    /// The heading's expression as the date of an entry sentence below it: the same interval and
    /// words, at an empty range at the start of the entry (the words themselves are in the heading).
    static func inherited(_ heading: TemporalExpression) -> TemporalExpression {
        var copy = heading
        copy.range = 0..<0
        copy.offset = nil
        return copy
    }
}
