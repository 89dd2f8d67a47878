import DatelineModel

/// The publication-date stage's view of a document: its absolute dates and their tenses, from a
/// tagging pass without a reference date that builds no `TemporalExpression`.
extension TemporalTagger {
    /// Same as taking, from `tag(parsed:publication: nil)`, every expression that dates events, has a
    /// resolved interval and does not depend on the publication date, as a `DatedObservation` whose
    /// tense is the governing verb's (`tense(of:expression:)`), or `.past` for a full date whose
    /// clause is not in the future.
    /// - Complexity: O(matches); no string is written for expressions resolved only to be dropped.
    public func datedObservations(parsed: [ParsedSentence]) -> [DatedObservation] {
        var discourse = Self.discourse(for: parsed)
        let isDateList = discourse.isDateList
        var observations: [DatedObservation] = []
        for sentence in parsed where !sentence.matches.isEmpty {
            resolveEach(sentence, publication: nil, discourse: &discourse, wantsValue: false) { index, _, resolution, datesEvents in
                let span = resolution.span
                guard datesEvents, span.isDated, !resolution.relative else { return }
                var tense = sentence.matches[index].detectedTense
                // A dated list's entry tells what happened ("December 2022 - ministers meet in
                // Washington"): present is past, and a timetable verb's future bounds nothing.
                if isDateList, index == 0, sentence.matches[index].start <= 1 {
                    tense = tense == .future ? .unknown : .past
                }
                let isFullDate = span.granularity == .day && span.width == 1
                let start = sentence.matches[index].start
                let isOnset = start > 0 && sentence.tokens[start - 1].word == .since
                observations.append(DatedObservation(span: span, tense: isFullDate && tense != .future ? .past : tense,
                                                     isOnset: isOnset))
            }
        }
        return observations
    }
}

extension TemporalTagger {
    /// The latest day that a past-tense clause reports at day precision once the publication range
    /// is known, counting only days that do not depend on where in the range publication lies:
    /// "from Saturday through Monday, April 10" (the weekday picks the year) or "on Monday, the
    /// final day of the drills" (read near the dated narrative). Such a day bounds publication from
    /// below (CONVENTIONS §5) although the first pass, without any reference date, could not place it.
    /// - Complexity: O(matches); builds no expression.
    public func latestPinnedPastDay(parsed: [ParsedSentence], publication: PublicationDate) -> CalendarDate? {
        guard publication.exactDay == nil else { return nil }
        var discourse = Self.discourse(for: parsed)
        var latest: CalendarDate?
        for sentence in parsed where !sentence.matches.isEmpty {
            resolveEach(sentence, publication: publication, discourse: &discourse, wantsValue: false) { index, _, resolution, datesEvents in
                let span = resolution.span
                guard datesEvents, resolution.relative, !resolution.isUnion, span.granularity == .day,
                      sentence.matches[index].detectedTense == .past, let day = span.latest else { return }
                if latest.map({ day > $0 }) ?? true { latest = day }
            }
        }
        return latest
    }
}
