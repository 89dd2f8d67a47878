import DatelineModel

/// Chronologies ("Key dates in the war", "A timeline"): lists of dated entries where a date without
/// a year continues the narrative ("On November 4, 2020, … On November 28, …") instead of counting
/// back from publication, which may be years later.
extension TemporalTagger {
    /// Entries that open with a calendar date needed before a document counts as a chronology…
    static let chronologyMinimumEntries = 4
    /// …and the share of its sentences they must make up (news rarely opens a quarter of its
    /// sentences with a date of the calendar; a chronology opens most of them so).
    static let chronologyMinimumShare = 0.25

    /// Whether most of a document reads as a list of dated entries: at least
    /// `chronologyMinimumEntries` sentences, and `chronologyMinimumShare` of them, open with a
    /// month-based date ("On March 23", "In late June", "May 9:"), and those whose year is written
    /// (or the year headings above them: "2019") run forward in time, at least one setting the
    /// narrative's year. Weekdays and deictic
    /// phrases ("On Tuesday", "Last week") do not count: ordinary news opens with those.
    /// - Complexity: O(sentences).
    static func isChronology(_ parsed: [ParsedSentence]) -> Bool {
        let shape = listShape(parsed)
        return shape.ordered && shape.lastWritten != nil && isList(entries: shape.entries, of: parsed.count)
    }

    /// Whether the document is a list of dated entries at all, written years or not ("April 15 –
    /// heavy fighting erupts …"): its entries tell what happened, in the historical present.
    static func isDateList(_ parsed: [ParsedSentence]) -> Bool {
        isList(entries: listShape(parsed).entries, of: parsed.count)
    }

    static func isList(entries: Int, of sentences: Int) -> Bool {
        entries >= chronologyMinimumEntries && Double(entries) >= chronologyMinimumShare * Double(sentences)
    }

    /// The sentences that open with a month-based date, the latest written date or year heading,
    /// and whether the written ones run forward.
    static func listShape(_ parsed: [ParsedSentence]) -> (entries: Int, lastWritten: CalendarDate?, ordered: Bool) {
        var entries = 0
        var lastWritten: CalendarDate?
        var ordered = true
        for sentence in parsed {
            guard let first = sentence.matches.first, first.start <= 1 else { continue }
            switch first.meaning {
            case .monthDay, .monthDayRun, .month(_, .bare): entries += 1
            case .day(let day), .dayRange(let day, _):
                entries += 1
                if let last = lastWritten, day < last { ordered = false }
                lastWritten = day
            case .year(let year) where isHeading(first, of: sentence):
                // "2019" on a line of its own: the year of the entries under it (not an entry itself).
                guard let start = CalendarDate(year: year, month: 1, day: 1) else { continue }
                if let last = lastWritten, last.year > year { ordered = false }
                lastWritten = start
            case .month(let month, .explicit(let year)):
                entries += 1
                guard let start = CalendarDate(year: year, month: month, day: 1) else { continue }
                if let last = lastWritten, start < last, !(last.year == year && last.month == month) { ordered = false }
                lastWritten = start
            default: continue
            }
        }
        return (entries, lastWritten, ordered)
    }

    /// Whether the match is all its sentence holds (a heading such as "2019"), punctuation aside.
    static func isHeading(_ m: TemporalMatch, of sentence: ParsedSentence) -> Bool {
        m.start == 0 && sentence.tokens[m.end...].allSatisfy { $0.kind == .punct }
    }

    /// A fresh discourse for the document, told whether it is a chronology.
    static func discourse(for parsed: [ParsedSentence]) -> TemporalDiscourse {
        var discourse = TemporalDiscourse()
        let shape = listShape(parsed)
        discourse.isDateList = isList(entries: shape.entries, of: parsed.count)
        discourse.isChronology = discourse.isDateList && shape.ordered && shape.lastWritten != nil
        return discourse
    }
}
