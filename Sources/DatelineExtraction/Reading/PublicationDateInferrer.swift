import DatelineModel

/// Dates an article's publication (CONVENTIONS §5), never claiming more than the evidence gives.
///
/// Sources in priority order, each with its `basis`:
/// 1. `metadata`: the record's date string;
/// 2. `published_line`: a "Published …"/"Posted …" line; `byline_date`: a date line or byline date
///    under the headline; then an "Updated …" line (`published_line`);
/// 3. `dateline`: a wire dateline's month and day, the year from the text (see `datelineYear`);
/// 4. `copyright_year`: the copyright year, narrowed by the text bounds;
/// 5. `text_bounds`: the interval the dated observations allow, when both ends are bounded.
/// An ambiguous numeric date ("06/03/2024") takes the reading whose weekday matches a weekday on the
/// same line, else the page's convention shown by its unambiguous numeric dates, else the reading inside the text bounds, else the range spanning both readings.
/// - Complexity: O(n) in the top lines and the first paragraph, plus O(observations).
public struct PublicationDateInferrer: Sendable {
    /// Date lines and bylines count only above this many story paragraphs.
    static let topParagraphs = 2

    public init() {}

    /// The publication date, or nil when nothing supports one.
    /// - Parameter observations: absolute dates from the text with their tense (the temporal tagger's
    ///   output with no publication date). When empty, explicit years found by
    ///   `ExplicitYearScanner` in the story paragraphs stand in.
    public func infer(record: ArticleRecord, layout: ArticleLayout, observations: [DatedObservation]) -> PublicationDate? {
        let evidence = explicitEvidence(record: record, layout: layout)
        let observed = observations.isEmpty
            ? layout.paragraphs.flatMap { ExplicitYearScanner.observations(in: record.text.utf8Slice($0)) }
            : observations
        return infer(evidence: evidence, bounds: PublicationBounds(observed))
    }

    /// The decision over already gathered evidence and bounds (see the type's documentation).
    public func infer(evidence: PublicationEvidence, bounds: PublicationBounds) -> PublicationDate? {
        let explicit: [(PublicationEvidence.Source?, String)] = [
            (evidence.metadata, "metadata"), (evidence.publishedLine, "published_line"),
            (evidence.bylineDate, "byline_date"), (evidence.updatedLine, "published_line"),
        ]
        for (source, basis) in explicit {
            if let source, let (lo, hi) = resolve(source, bounds: bounds, order: evidence.numericOrder) {
                return PublicationDate(earliest: lo, latest: hi, basis: basis)
            }
        }
        if let dateline = evidence.dateline, let reading = dateline.readings.first, let day = reading.day {
            if let date = reading.calendarDate { return PublicationDate(exactly: date, basis: "dateline") }
            if let year = datelineYear(month: reading.month, day: day, bounds: bounds, copyrightYear: evidence.copyrightYear,
                                       leadWeekdays: dateline.weekdays),
               let date = CalendarDate(year: year, month: reading.month, day: day) {
                return PublicationDate(exactly: date, basis: "dateline")
            }
        }
        if let year = evidence.copyrightYear {
            let (first, last) = CalendarDate.yearBounds(year)
            let (lo, hi) = bounds.clip(first, last) ?? (first, last)
            return PublicationDate(earliest: lo, latest: hi, basis: "copyright_year")
        }
        if let lo = bounds.earliest, let hi = bounds.latest, lo <= hi {
            return PublicationDate(earliest: lo, latest: hi, basis: "text_bounds")
        }
        return nil
    }

    /// The interval a source's readings allow: a full date, both readings of an ambiguous one, or a
    /// month or year when that is all it names.
    func resolve(_ source: PublicationEvidence.Source, bounds: PublicationBounds,
                 order: NumericDateOrder? = nil) -> (CalendarDate, CalendarDate)? {
        var days = source.readings.compactMap(\.calendarDate)
        if days.count > 1, !source.weekdays.isEmpty {
            let matching = days.filter { source.weekdays.contains($0.weekday) }
            if !matching.isEmpty { days = matching }
        }
        // Readings come month-first first; the page's own unambiguous dates pick one.
        if days.count == 2, let order {
            days = [order == .monthFirst ? days[0] : days[1]]
        }
        if days.count > 1 {
            let inside = days.filter(bounds.contains)
            if !inside.isEmpty { days = inside }
        }
        if let lo = days.min(), let hi = days.max() { return (lo, hi) }
        guard let reading = source.readings.first, let year = reading.year else { return nil }
        let (first, last) = CalendarDate.monthBounds(year: year, month: reading.month)
        return (first, last)
    }

    /// The year of a dateline's month and day, or nil when the text does not support one.
    ///
    /// The rule: the copyright year when the date in it fits the bounds; else among the years whose
    /// date fits the bounds, the latest when a future mention bounds it from above within three
    /// years of the lower bound (the future events are next year's: "… this year and … in 2021"), else
    /// the earliest (publication soon after the latest past event). No bounds, no year.
    /// When the lead names weekdays (`leadWeekdays`, ISO numbers), only years in which the dateline's
    /// day is one of them, or the day after one, are kept if any is: a wire story tells what
    /// happened that day or the day before ("TOKYO, March 16 — … agreed on Thursday").
    public func datelineYear(month: Int, day: Int, bounds: PublicationBounds, copyrightYear: Int?,
                             leadWeekdays: [Int] = []) -> Int? {
        if let year = copyrightYear, let date = CalendarDate(year: year, month: month, day: day), bounds.contains(date) {
            return year
        }
        guard let anchor = bounds.earliest ?? bounds.latest else { return nil }
        // Open sides reach four years out, so 29 February always has a candidate.
        let firstYear = bounds.earliest?.year ?? anchor.year - 4
        let lastYear = bounds.latest?.year ?? anchor.year + 4
        guard firstYear <= lastYear else { return nil }
        var feasible = (firstYear...lastYear).filter { year in
            CalendarDate(year: year, month: month, day: day).map(bounds.contains) ?? false
        }
        let consistent = feasible.filter { year in
            guard let date = CalendarDate(year: year, month: month, day: day) else { return false }
            return leadWeekdays.contains(date.weekday) || leadWeekdays.contains(date.adding(days: -1).weekday)
        }
        if !consistent.isEmpty { feasible = consistent }
        if let hi = bounds.latest, bounds.earliest.map({ hi.year - $0.year <= 3 }) ?? true {
            return feasible.max()
        }
        return feasible.min()
    }

    /// A metadata date string as a day: ISO 8601 (with or without time), "2017-07-17 17:03:00",
    /// RFC 2822 ("Mon, 17 Jul 2017 17:03:00 +0000"), "July 17, 2017", "17 July 2017", "07/17/2017".
    /// An ambiguous numeric date takes the reading that matches a named weekday, else month-first.
    public func parseDateString(_ s: String) -> CalendarDate? {
        guard let mention = DateTextScanner.mentions(in: s).first(where: { $0.readings.contains { $0.calendarDate != nil } })
        else { return nil }
        let days = mention.readings.compactMap(\.calendarDate)
        let weekdays = DateTextScanner.weekdays(in: s)
        return days.first { weekdays.contains($0.weekday) } ?? days.first
    }
}
