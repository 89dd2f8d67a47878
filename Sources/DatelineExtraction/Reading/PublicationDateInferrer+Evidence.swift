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
                // "Updated: 18-08-2020 … | Created: 17-08-2020 …": the page was published before any update.
                evidence.publishedLine = Self.source(text, requireDay: false, earliestDay: true)
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
            if let found = dateline(inParagraph: paragraph, of: record.text) {
                evidence.dateline = found
                break
            }
        }
        return evidence
    }

    /// A source for a text holding a full date (or, unless `requireDay`, a month and year); nil otherwise.
    /// With `earliestDay`, of several unambiguous full dates the earliest.
    static func source(_ text: String, requireDay: Bool, earliestDay: Bool = false) -> PublicationEvidence.Source? {
        let mentions = DateTextScanner.mentions(in: text)
        var full = mentions.first { $0.readings.contains { $0.calendarDate != nil } }
        if earliestDay {
            let days = mentions.compactMap { m in m.readings.count == 1 ? m.readings[0].calendarDate.map { (m, $0) } : nil }
            if days.count > 1, let first = days.min(by: { $0.1 < $1.1 }) { full = first.0 }
        }
        let partial = requireDay ? nil : mentions.first { $0.readings.contains { $0.year != nil } }
        guard let mention = full ?? partial else { return nil }
        return PublicationEvidence.Source(text: text, readings: mention.readings, weekdays: DateTextScanner.weekdays(in: text))
    }

    /// `dateline(in:)` for the paragraph at UTF-8 byte range `range` of `text`, reading only the
    /// paragraph's first 200 bytes (no copy of the paragraph).
    func dateline(inParagraph range: Range<Int>, of text: String) -> PublicationEvidence.Source? {
        let head: [UInt8]? = text.utf8.withContiguousStorageIfAvailable { all in
            let lower = max(0, min(range.lowerBound, all.count))
            let upper = max(lower, min(range.upperBound, all.count))
            // (A range cut inside a character would decode with a replacement: the general path does that.)
            guard lower == upper || all[lower] & 0xC0 != 0x80, upper == all.count || all[upper] & 0xC0 != 0x80 else { return nil }
            return Array(all[lower..<min(upper, lower + 200)])
        } ?? nil
        guard let head else { return dateline(in: text.utf8Slice(range)) }
        return dateline(head: head)
    }

    /// A wire dateline at the start of the first paragraph: a place in capitals or an agency in
    /// brackets before a dash, with a month and day before the dash ("WASHINGTON, Jan 15 (Reuters) -")
    /// or right after it ("TAIPEI, Taiwan — April 3 —").
    func dateline(in paragraph: String) -> PublicationEvidence.Source? {
        dateline(head: Array(paragraph.utf8.prefix(200)))
    }

    /// `dateline(in:)` given the paragraph's first 200 bytes.
    func dateline(head bytes: [UInt8]) -> PublicationEvidence.Source? {
        guard let (dashStart, dashEnd) = Self.firstDash(bytes) else { return nil }
        // Most paragraphs open in ASCII: their test needs no `String` (same answer as the Unicode one).
        if !Self.mayOpenDateline(bytes[..<dashStart]) { return nil }
        let prefix = String(decoding: bytes[..<dashStart], as: UTF8.self)
        let firstWord = prefix.prefix { $0.isLetter }
        let placeInCapitals = firstWord.count >= 2 && firstWord.allSatisfy(\.isUppercase)
        let agency = prefix[...].trimming(" ").hasSuffix(")")
        guard placeInCapitals || agency else { return nil }
        // (The lead's weekdays, after the dash, help pick the dateline's year.)
        if let mention = DateTextScanner.mentions(in: prefix).first(where: { $0.readings.first?.day != nil }) {
            let lead = String(decoding: bytes[dashEnd...], as: UTF8.self)
            return PublicationEvidence.Source(text: prefix, readings: mention.readings, weekdays: DateTextScanner.weekdays(in: lead))
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

    /// The first dash that ends a dateline: " - ", " -- ", an em or en dash, or "):" (also ") :");
    /// within 120 bytes, outside brackets ("Kyiv, Ukraine, (Example News - 15th May, 2023 ) :").
    static func firstDash(_ b: [UInt8]) -> (Int, Int)? {
        var i = 0
        var depth = 0
        while i < min(b.count, 120) {
            if b[i] == UInt8(ascii: "(") { depth += 1 }
            if b[i] == UInt8(ascii: ")"), depth > 0 { depth -= 1 }
            if depth > 0 { i += 1; continue }
            if b[i] == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x94 || b[i + 2] == 0x93 {
                return (i, i + 3)
            }
            // "ISLAMABAD, July 9 (APP): …": a colon right after the agency's bracket.
            // (The story may start right after it: ") :A special envoy …".)
            if b[i] == UInt8(ascii: ":"), i + 1 == b.count || b[i + 1] == 0x20 || (b[i + 1] >= 0x41 && b[i + 1] <= 0x5A) {
                var k = i
                while k > 0, b[k - 1] == 0x20 { k -= 1 }
                if k > 0, b[k - 1] == UInt8(ascii: ")") { return (k, i + 1) }
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

    /// False when an all-ASCII text before a dateline's dash neither opens with a word of two or more
    /// capitals nor ends (spaces aside) with ")"; true otherwise, and for any text with other bytes
    /// (those take the `Character` test).
    static func mayOpenDateline(_ prefix: ArraySlice<UInt8>) -> Bool {
        var letters = 0, capitals = true, last: UInt8 = 0x20
        var inFirstWord = true
        for b in prefix {
            if b >= 0x80 { return true }
            let isLetter = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A
            if inFirstWord {
                if isLetter { letters += 1; if b > 0x5A { capitals = false } } else { inFirstWord = false }
            }
            if b != 0x20 { last = b }
        }
        return letters >= 2 && capitals || last == UInt8(ascii: ")")
    }

    /// Four-digit numbers 1900–2199 standing alone: the `DateTextScanner.tokenize` numbers of four
    /// digits without an ordinal suffix, found in one pass over the bytes.
    static func years(in text: String) -> [Int] {
        var years: [Int] = []
        let b = Array(text.utf8)
        func isLetter(_ c: UInt8) -> Bool { (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) }
        func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
        var i = 0
        while i < b.count {
            guard isDigit(b[i]) else { i += 1; continue }
            var j = i
            var value = 0
            while j < b.count, isDigit(b[j]) { value = value &* 10 &+ Int(b[j] - 0x30); j += 1 }
            // (The scanner's word tokens never hold digits, so every maximal digit run is a number.)
            if j - i == 4, (1900...2199).contains(value), !isOrdinalSuffix(b, at: j) { years.append(value) }
            i = j
        }
        return years
    }

    /// "st", "nd", "rd", "th" (any case) glued after a number at `j` and ending there.
    private static func isOrdinalSuffix(_ b: [UInt8], at j: Int) -> Bool {
        func isLetter(_ c: UInt8) -> Bool { (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) }
        guard j + 1 < b.count, isLetter(b[j]), isLetter(b[j + 1]), j + 2 >= b.count || !isLetter(b[j + 2]) else { return false }
        let pair = (b[j] | 0x20, b[j + 1] | 0x20)
        return pair == (0x73, 0x74) || pair == (0x6E, 0x64) || pair == (0x72, 0x64) || pair == (0x74, 0x68)
    }
}
