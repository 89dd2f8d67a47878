import DatelineModel

/// Gathering the explicit sources: metadata, date lines, the dateline, the copyright line.
extension PublicationDateInferrer {
    /// The explicit publication-date sources of an article, without choosing between them.
    public func explicitEvidence(record: ArticleRecord, layout: ArticleLayout) -> PublicationEvidence {
        var evidence = PublicationEvidence()
        if let s = record.dateString { evidence.metadata = Self.source(s, requireDay: false) }
        // Date lines and bylines belong to the top of the page: above the second story paragraph.
        let topLimit = layout.paragraphs.count > Self.topParagraphs
            ? layout.paragraphs[Self.topParagraphs].lowerBound : Int.max
        for line in layout.boilerplateLines {
            let text = record.text.utf8Slice(line.range)
            switch line.kind {
            case .published where evidence.publishedLine == nil:
                evidence.publishedLine = Self.source(text, requireDay: false)
            case .updated where evidence.updatedLine == nil:
                evidence.updatedLine = Self.source(text, requireDay: false)
            case .dateLine, .byline:
                if evidence.bylineDate == nil, line.range.lowerBound < topLimit {
                    evidence.bylineDate = Self.source(text, requireDay: true)
                }
            case .copyright:
                if let year = Self.years(in: text).max() { evidence.copyrightYear = max(evidence.copyrightYear ?? year, year) }
            default:
                break
            }
        }
        // Only an ambiguous source needs the page's convention, so only then is the story scanned.
        let sources = [evidence.metadata, evidence.publishedLine, evidence.bylineDate, evidence.updatedLine]
        if sources.contains(where: { ($0?.readings.count ?? 0) > 1 }) {
            let story = layout.paragraphs.map { record.text.utf8Slice($0) }.joined(separator: "\n")
            evidence.numericOrder = DateTextScanner.numericOrder(in: story)
        }
        // The dateline opens the story; a one-line summary (dek) may come before it.
        for paragraph in layout.paragraphs.prefix(2) {
            if let found = dateline(in: record.text.utf8Slice(paragraph)) {
                evidence.dateline = found
                break
            }
        }
        return evidence
    }

    /// A source for a text holding a full date (or, unless `requireDay`, a month and year); nil otherwise.
    static func source(_ text: String, requireDay: Bool) -> PublicationEvidence.Source? {
        let mentions = DateTextScanner.mentions(in: text)
        let full = mentions.first { $0.readings.contains { $0.calendarDate != nil } }
        let partial = requireDay ? nil : mentions.first { $0.readings.contains { $0.year != nil } }
        guard let mention = full ?? partial else { return nil }
        return PublicationEvidence.Source(text: text, readings: mention.readings, weekdays: DateTextScanner.weekdays(in: text))
    }

    /// A wire dateline at the start of the first paragraph: a place in capitals or an agency in
    /// brackets before a dash, with a month and day before the dash ("WASHINGTON, Jan 15 (Reuters) -")
    /// or right after it ("TAIPEI, Taiwan — April 3 —").
    func dateline(in paragraph: String) -> PublicationEvidence.Source? {
        let bytes = Array(paragraph.utf8.prefix(200))
        guard let (dashStart, dashEnd) = Self.firstDash(bytes) else { return nil }
        let prefix = String(decoding: bytes[..<dashStart], as: UTF8.self)
        let firstWord = prefix.prefix { $0.isLetter }
        let placeInCapitals = firstWord.count >= 2 && firstWord.allSatisfy(\.isUppercase)
        let agency = prefix[...].trimming(" ").hasSuffix(")")
        guard placeInCapitals || agency else { return nil }
        if let mention = DateTextScanner.mentions(in: prefix).first(where: { $0.readings.first?.day != nil }) {
            return PublicationEvidence.Source(text: prefix, readings: mention.readings)
        }
        var after = dashEnd
        while after < bytes.count, bytes[after] == 0x20 { after += 1 }
        let rest = String(decoding: bytes[after..<min(bytes.count, after + 40)], as: UTF8.self)
        if let mention = DateTextScanner.mentions(in: rest).first, mention.range.lowerBound == 0,
           mention.readings.first?.day != nil {
            return PublicationEvidence.Source(text: prefix + " — " + rest.utf8Slice(mention.range), readings: mention.readings)
        }
        return nil
    }

    /// The first dash that ends a dateline: " - ", " -- ", an em or en dash; within 120 bytes.
    static func firstDash(_ b: [UInt8]) -> (Int, Int)? {
        var i = 0
        while i < min(b.count, 120) {
            if b[i] == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x94 || b[i + 2] == 0x93 {
                return (i, i + 3)
            }
            if b[i] == UInt8(ascii: "-"), i > 0, b[i - 1] == 0x20 {
                var j = i + 1
                if j < b.count, b[j] == UInt8(ascii: "-") { j += 1 }
                if j == b.count || b[j] == 0x20 { return (i, j) }
            }
            i += 1
        }
        return nil
    }

    /// Four-digit numbers 1900–2199 standing alone.
    static func years(in text: String) -> [Int] {
        DateTextScanner.tokenize(Array(text.utf8)).compactMap { token in
            if case .number(let v, 4, false) = token.kind, (1900...2199).contains(v) { return v }
            return nil
        }
    }
}
