import DatelineModel

/// Publication evidence beyond the story's dated sentences: page lines, and weekdays that name the latest day.
extension DocumentAnalyzer {
    /// The dates that the headline and the page's captions and credits give, as publication
    /// evidence only (they tell no event of their own). A scraped page may open with a dated photo
    /// caption taken for its headline ("… shake hands in Seoul on May 7, 2023./ Source: Yonhap"), a
    /// wire photo caption is furniture but dates what the story reports ("… in Woodside,
    /// California, U.S., November 15, 2023. (Reuters/Kevin Lamarque)"), and a headline's "… to visit
    /// China on June 18" bounds publication from above. Lines without a digit cost one scan.
    func pageLineObservations(_ text: String, _ layout: ArticleLayout) -> [DatedObservation] {
        var ranges = layout.headlineRange.map { [$0] } ?? []
        for line in layout.boilerplateLines where line.kind == .contains || line.kind == .prefix {
            ranges.append(line.range)
        }
        let lines: [Sentence] = ranges.compactMap { range in
            let line = text.utf8Slice(range)
            guard line.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
            return Sentence(text: line, range: range, paragraph: 0)
        }
        guard !lines.isEmpty else { return [] }
        // (Each line on its own: one caption's date is no anchor for another's.)
        return lines.flatMap { tagger.datedObservations(parsed: tagger.parse(sentences: [$0])) }
    }

    /// A window assumed after the latest reported day D (basis `text_bounds`) closes at D + 6 when a
    /// story sentence names D's weekday in the past ("the summit on Wednesday" beside a caption dated
    /// Wednesday, November 15): both tell of the same day, so the article was written that week.
    func weekdayNarrowed(_ date: PublicationDate, parsed: [TemporalTagger.ParsedSentence]) -> PublicationDate {
        let day = date.earliest, end = day.adding(days: 6)
        guard date.basis == "text_bounds", end < date.latest else { return date }
        let named = parsed.contains { sentence in
            sentence.matches.contains { m in
                guard case .weekday(let weekday, 0, _) = m.meaning else { return false }
                return weekday == day.weekday && m.resolvingTense == .past
            }
        }
        return named ? PublicationDate(earliest: day, latest: end, basis: date.basis) : date
    }
}
