import DatelineModel

/// Decides which events a document's sentences tell and what dates each: the events stage.
///
/// News text names an event with a trigger (a verb or noun: "met", "visit", "sanctions") and places
/// it with a temporal expression. Each dating expression yields one event, named by the trigger that
/// governs it (the nearest in its clause); a coordinated clause with its own trigger and no date of
/// its own ("…, and the Treasury imposed sanctions") shares the sentence's date as a second event.
/// Sentences with a strong asserted trigger but no date become undated context.
public struct EventExtractor: Sendable {
    public var aspect: AspectLexicon

    public init(aspect: AspectLexicon) {
        self.aspect = aspect
    }

    /// - Parameters:
    ///   - sentences: the document's story sentences.
    ///   - timexes: `timexes[i]` belongs to `sentences[i]`.
    ///   - triggers: `triggers[i]` belongs to `sentences[i]`.
    public func slots(sentences: [Sentence], timexes: [[TemporalExpression]], triggers: [[TriggerMatch]]) -> [EventSlot] {
        var slots: [EventSlot] = []
        // The last heading seen ("April 17:", "- March 22: China ripostes -"), which dates the
        // undated sentences of the paragraph after it; headings that did are not events themselves.
        var heading: (sentence: Int, paragraph: Int, timex: TemporalExpression)?
        var usedHeadings = Set<Int>()
        for i in sentences.indices {
            let text = sentences[i].text
            let whole = 0..<text.utf8.count
            let sentenceTriggers = triggers[safe: i] ?? []
            /// Dates the sentence by the heading above its paragraph, when there is one; true if it did.
            func inheritHeading(onlyDated: Bool) -> Bool {
                // (The paragraph first, read in place: binding `heading` copies its expression, and
                // most sentences are not right below a heading.)
                guard let paragraph = heading?.paragraph, paragraph + 1 == sentences[i].paragraph,
                      let heading, !onlyDated || heading.timex.span.isDated,
                      let trigger = Self.contextTrigger(sentenceTriggers) ?? Self.entryTrigger(sentenceTriggers) else { return false }
                slots.append(EventSlot(sentence: i, timex: Self.inherited(heading.timex), trigger: trigger,
                                       span: heading.timex.span, segment: whole))
                usedHeadings.insert(heading.sentence)
                return true
            }
            // Without expressions nothing dates or places an event: only undated context is left,
            // and the bytes are not needed (most sentences).
            guard let sentenceTimexes = timexes[safe: i], !sentenceTimexes.isEmpty else {
                if inheritHeading(onlyDated: false) {
                } else if let trigger = Self.contextTrigger(sentenceTriggers) {
                    slots.append(EventSlot(sentence: i, timex: nil, trigger: trigger, span: .undated, segment: whole))
                }
                continue
            }
            if Self.standsAlone(i, in: sentences), let date = Self.headingDate(text, sentenceTimexes) {
                heading = (i, sentences[i].paragraph, date)
            }
            // The sentence's bytes, copied once for every byte test below.
            let bytes = Array(text.utf8)
            let dating = Self.datingExpressions(sentenceTimexes, bytes: bytes)
            if dating.isEmpty {
                // "a day after negotiations resume" under "- August 23: escalation -": the heading dates it.
                if inheritHeading(onlyDated: true) { continue }
                // A date the article gives but nothing can place ("on Monday" with no publication
                // date): still an event, kept undated with its words, as the text has it.
                // (The tagger marks only placed expressions as dating events; "now" and "recently"
                // are references, not dates.)
                let unplaced = sentenceTimexes.first {
                    $0.kind == .date && !$0.span.isDated && !$0.value.hasSuffix("_REF")
                }
                if let unplaced, let trigger = Self.governingTrigger(for: unplaced.range, among: sentenceTriggers, bytes: bytes) {
                    slots.append(EventSlot(sentence: i, timex: unplaced, trigger: trigger, span: .undated, segment: whole))
                } else if let trigger = Self.contextTrigger(sentenceTriggers) {
                    slots.append(EventSlot(sentence: i, timex: nil, trigger: trigger, span: .undated, segment: whole))
                }
                continue
            }
            var claimed: [TriggerMatch] = []
            var governing = dating.map {
                Self.governingTrigger(for: $0.range, among: sentenceTriggers, bytes: bytes).map {
                    Self.namedByObject($0, among: sentenceTriggers, bytes: bytes)
                }
            }
            // "meetings in February and April": a date joined to the previous one by a bare
            // conjunction shares its trigger, whatever the next list item holds.
            var joined = Set<Int>()
            for k in dating.indices.dropFirst() where Self.isBareConjunction(text, between: dating[k - 1].range, and: dating[k].range) {
                governing[k] = governing[k - 1]
                joined.insert(k)
            }
            for (k, timex) in dating.enumerated() {
                let trigger = governing[k]
                if let trigger { claimed.append(trigger) }
                let span = refine(timex.span, durations: sentenceTimexes, trigger: trigger, text: text)
                var segment = Self.segment(of: k, in: dating, length: whole.upperBound)
                // "Qin Gang, who has not been seen since June 25, …": the clause tells its own event.
                if trigger == nil, let aside = Self.relativeClause(around: timex.range, in: bytes), aside.tellsOwnEvent {
                    segment = aside.told
                }
                // A trigger that only this date governs belongs to its stretch; one shared by several
                // dates ("met in Hanoi in January and in Lima in February") belongs to none.
                if let trigger, Self.count(of: trigger, in: governing) == 1 {
                    segment = min(segment.lowerBound, trigger.range.lowerBound)..<max(segment.upperBound, trigger.range.upperBound)
                } else if let trigger, joined.contains(k), trigger.range.upperBound <= timex.range.lowerBound {
                    // "… meetings in February and April, the visit of …": April's stretch reaches back
                    // to the trigger it shares, so the next list item does not name it.
                    segment = min(segment.lowerBound, trigger.range.lowerBound)..<segment.upperBound
                }
                slots.append(EventSlot(sentence: i, timex: timex, trigger: trigger, span: span, segment: segment))
            }
            for extra in Self.coordinatedTriggers(sentenceTriggers, claimed: claimed, bytes: bytes) {
                let timex = dating.min { Self.distance($0.range, extra.range) < Self.distance($1.range, extra.range) }
                if let timex {
                    let segment = Self.clauseStart(before: extra.range, in: bytes)..<whole.upperBound
                    slots.append(EventSlot(sentence: i, timex: timex, trigger: extra, span: timex.span, segment: segment))
                }
            }
            // "April 15: Fighting erupts" over "On April 15, heavy gunfire …": the entry retells the
            // heading's time in full, so the heading is not a second event.
            if let heading, heading.paragraph + 1 == sentences[i].paragraph, heading.timex.span.isDated,
               dating.contains(where: { $0.span.isWithin(heading.timex.span) }) {
                usedHeadings.insert(heading.sentence)
            }
        }
        return usedHeadings.isEmpty ? slots : slots.filter { !usedHeadings.contains($0.sentence) }
    }

    /// How many entries of `governing` are `trigger` (counted in place, without a filtered copy).
    static func count(of trigger: TriggerMatch, in governing: [TriggerMatch?]) -> Int {
        governing.withUnsafeBufferPointer { governing in
            var count = 0
            for k in governing.indices where governing[k] == trigger { count += 1 }
            return count
        }
    }

    /// Only "and", "or" or "and in/on" stand between two expressions ("in February and April").
    static func isBareConjunction(_ text: String, between a: Range<Int>, and b: Range<Int>) -> Bool {
        let utf8 = text.utf8
        guard a.upperBound <= b.lowerBound, b.lowerBound - a.upperBound <= 12,
              let from = utf8.index(utf8.startIndex, offsetBy: a.upperBound, limitedBy: utf8.endIndex),
              let to = utf8.index(utf8.startIndex, offsetBy: b.lowerBound, limitedBy: utf8.endIndex) else { return false }
        let gap = text.utf8[from..<to].split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self).lowercased() }
        return gap == ["and"] || gap == ["or"] || gap == ["and", "in"] || gap == ["and", "on"] || gap == ["or", "in"]
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
        guard !all.isEmpty else { return [] }
        // (One filtering pass, as the two filters kept the same order; sorting one or none is a copy.)
        var candidates = all.filter {
            $0.datesEvents && $0.span.isDated && $0.kind != .duration && $0.kind != .set && !Self.isInDateline($0.range, bytes)
        }
        if candidates.count > 1 { candidates.sort { $0.range.lowerBound < $1.range.lowerBound } }
        var kept: [TemporalExpression] = []
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
        return kept
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

    /// Triggers of separate coordinated clauses that no expression claimed.
    static func coordinatedTriggers(_ triggers: [TriggerMatch], claimed: [TriggerMatch], in text: String) -> [TriggerMatch] {
        coordinatedTriggers(triggers, claimed: claimed, bytes: Array(text.utf8))
    }

    /// `coordinatedTriggers(_:claimed:in:)` on the sentence's bytes.
    static func coordinatedTriggers(_ triggers: [TriggerMatch], claimed: [TriggerMatch], bytes: [UInt8]) -> [TriggerMatch] {
        guard !claimed.isEmpty else { return [] }
        var extras: [TriggerMatch] = []
        for t in triggers where t.isVerb && t.weight >= 2 && !t.modality.isUncertain && !claimed.contains(t) {
            guard claimed.allSatisfy({ $0.triggerClass != t.triggerClass || distance($0.range, t.range) > 60 }),
                  claimed.allSatisfy({ clauseBreak(between: $0.range, and: t.range, in: bytes) }),
                  startsCoordinatedClause(before: t.range, in: bytes),
                  hasOwnSubject(before: t.range, in: bytes) else { continue }
            extras.append(t)
        }
        return extras
    }

    /// A strong, asserted verb trigger makes an undated sentence worth keeping as context.
    static func contextTrigger(_ triggers: [TriggerMatch]) -> TriggerMatch? {
        triggers.first { $0.isVerb && $0.weight >= 3 && !$0.modality.isUncertain }
    }

    /// Uses a duration in the sentence to widen a one-day end or start date into the whole occasion
    /// ("a three-day summit that wrapped up on Sunday" → Friday to Sunday).
    func refine(_ span: TimeSpan, durations: [TemporalExpression], trigger: TriggerMatch?, text: String) -> TimeSpan {
        guard span.granularity == .day, let day = span.earliest, span.latest == day,
              let days = durations.lazy.compactMap({ Self.dayCount($0) }).first, days > 1, days <= 31,
              let duration = durations.first(where: { Self.dayCount($0) != nil }),
              Self.describesOccasion(duration, in: text) else { return span }
        let lower = text.lowercased()
        if aspect.endings.contains(where: { lower.contains($0) }) {
            return TimeSpan(earliest: day.adding(days: -(days - 1)), latest: day, granularity: .day)
        }
        if aspect.beginnings.contains(where: { lower.contains($0) }) {
            return TimeSpan(earliest: day, latest: day.adding(days: days - 1), granularity: .day)
        }
        return span
    }

    /// Number of days of a `PnD` duration, or nil.
    static func dayCount(_ timex: TemporalExpression) -> Int? {
        guard timex.kind == .duration, timex.value.hasPrefix("P"), timex.value.hasSuffix("D") else { return nil }
        return Int(timex.value.dropFirst().dropLast())
    }

    static func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        if a.upperBound <= b.lowerBound { return b.lowerBound - a.upperBound }
        if b.upperBound <= a.lowerBound { return a.lowerBound - b.upperBound }
        return 0
    }

    static func gap(_ a: Range<Int>, _ b: Range<Int>, in text: String) -> Int { distance(a, b) }

    /// A semicolon, a dash, or ", and"/", but"/", while"/", when" between two positions.
    static func clauseBreak(between a: Range<Int>, and b: Range<Int>, in bytes: [UInt8]) -> Bool {
        let lo = min(a.upperBound, b.upperBound), hi = max(a.lowerBound, b.lowerBound)
        guard lo < hi, hi <= bytes.count else { return false }
        var i = lo
        while i < hi {
            switch bytes[i] {
            case UInt8(ascii: ";"): return true
            case UInt8(ascii: ","):
                if Self.followedByConjunction(bytes, at: i + 1, limit: hi) { return true }
            case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x94: return true // em dash
            default: break
            }
            i += 1
        }
        return false
    }

    static func commaBetween(_ a: Range<Int>, _ b: Range<Int>, in bytes: [UInt8]) -> Bool {
        let lo = min(a.upperBound, b.upperBound), hi = max(a.lowerBound, b.lowerBound)
        guard lo < hi, hi <= bytes.count else { return false }
        return bytes[lo..<hi].contains(UInt8(ascii: ","))
    }

    static let conjunctions: [[UInt8]] = [" and ", " but ", " while ", " when ", " whereas "].map { Array($0.utf8) }

    static func followedByConjunction(_ bytes: [UInt8], at start: Int, limit: Int) -> Bool {
        conjunctions.contains { word in
            start + word.count <= min(limit + word.count, bytes.count) && bytes[start..<(start + word.count)].elementsEqual(word)
        }
    }

    /// The coordinated clause names its own actor between the conjunction and the trigger
    /// ("…, and the Treasury imposed sanctions"), rather than continuing the last one
    /// ("…and raised duties", "…and then raised duties").
    static func hasOwnSubject(before range: Range<Int>, in bytes: [UInt8]) -> Bool {
        let start = clauseStart(before: range, in: bytes)
        guard start < range.lowerBound else { return false }
        let words = String(decoding: bytes[start..<range.lowerBound], as: UTF8.self)
            .split(whereSeparator: { !$0.isLetter }).map { $0.lowercased() }
        return words.contains { !continuationWords.contains($0) }
    }

    static let continuationWords: Set<String> = [
        "and", "but", "while", "when", "whereas", "then", "also", "later", "subsequently", "quickly",
        "soon", "had", "has", "have", "was", "were", "is", "are", "be", "been", "did", "it", "they",
        "he", "she", "we", "promptly", "eventually", "finally", "in", "turn",
    ]

    /// The trigger's clause opens with ", and" / ";" followed by its own subject within a few words.
    static func startsCoordinatedClause(before range: Range<Int>, in bytes: [UInt8]) -> Bool {
        let start = max(0, range.lowerBound - 48)
        var i = range.lowerBound - 1
        while i >= start {
            if bytes[i] == UInt8(ascii: ";") { return true }
            if bytes[i] == UInt8(ascii: ","), followedByConjunction(bytes, at: i + 1, limit: range.lowerBound) { return true }
            i -= 1
        }
        return false
    }
}

