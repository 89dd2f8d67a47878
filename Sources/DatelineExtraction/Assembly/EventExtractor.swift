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
        // (Room for a slot per sentence, about what documents have: growing moves every slot.)
        var slots: [EventSlot] = []
        slots.reserveCapacity(sentences.count)
        // The last heading seen ("April 17:", "- March 22: China ripostes -"), which dates the
        // undated sentences of the paragraph after it; headings that did are not events themselves.
        var heading: Heading?
        var usedHeadings = Set<Int>()
        // Per dated sentence: its bytes, its dating expressions, and the position among its
        // triggers of the trigger each names (-1 for none); buffers reused from sentence to sentence.
        var bytes: [UInt8] = []
        var dating: [TemporalExpression] = []
        var governing: [Int] = []
        for i in sentences.indices {
            let text = sentences[i].text
            let whole = 0..<text.utf8.count
            let sentenceTriggers = triggers[safe: i] ?? []
            // Without expressions nothing dates or places an event: only undated context is left,
            // and the bytes are not needed (most sentences).
            guard let sentenceTimexes = timexes[safe: i], !sentenceTimexes.isEmpty else {
                if let slot = Self.headingSlot(heading, for: i, in: sentences, triggers: sentenceTriggers, onlyDated: false) {
                    slots.append(slot)
                    if let sentence = heading?.sentence { usedHeadings.insert(sentence) }
                } else if let trigger = Self.contextTrigger(sentenceTriggers) {
                    slots.append(EventSlot(sentence: i, timex: nil, trigger: trigger, span: .undated, segment: whole))
                }
                continue
            }
            if Self.standsAlone(i, in: sentences), let date = Self.headingDate(text, sentenceTimexes) {
                heading = Heading(sentence: i, paragraph: sentences[i].paragraph, timex: date)
            }
            // The sentence's bytes, copied once for every byte test below.
            bytes.removeAll(keepingCapacity: true)
            bytes.append(contentsOf: text.utf8)
            Self.datingExpressions(sentenceTimexes, bytes: bytes, into: &dating)
            if dating.isEmpty {
                // "a day after negotiations resume" under "- August 23: escalation -": the heading dates it.
                if let slot = Self.headingSlot(heading, for: i, in: sentences, triggers: sentenceTriggers, onlyDated: true) {
                    slots.append(slot)
                    if let sentence = heading?.sentence { usedHeadings.insert(sentence) }
                    continue
                }
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
            // Each dating expression's governing trigger, as its position among the sentence's
            // triggers: positions compare and count without copying a trigger.
            governing.removeAll(keepingCapacity: true)
            for k in dating.indices {
                if let trigger = Self.governingTrigger(for: dating[k].range, among: sentenceTriggers, bytes: bytes) {
                    governing.append(Self.position(of: Self.namedByObject(trigger, among: sentenceTriggers, bytes: bytes),
                                                   in: sentenceTriggers))
                } else {
                    governing.append(-1)
                }
            }
            // "meetings in February and April": a date joined to the previous one by a bare
            // conjunction shares its trigger, whatever the next list item holds.
            var joined = Set<Int>()
            for k in dating.indices.dropFirst() where Self.isBareConjunction(bytes, between: dating[k - 1].range, and: dating[k].range) {
                governing[k] = governing[k - 1]
                joined.insert(k)
            }
            for k in dating.indices {
                let g = governing[k]
                let timexRange = dating[k].range
                let span = refine(dating[k].span, durations: sentenceTimexes, text: text)
                var segment = Self.segment(of: k, in: dating, length: whole.upperBound)
                // "Qin Gang, who has not been seen since June 25, …": the clause tells its own event.
                if g < 0, let aside = Self.relativeClause(around: timexRange, in: bytes), aside.tellsOwnEvent {
                    segment = aside.told
                }
                // A trigger that only this date governs belongs to its stretch; one shared by several
                // dates ("met in Hanoi in January and in Lima in February") belongs to none.
                if g >= 0 {
                    let triggerRange = sentenceTriggers[g].range
                    if Self.count(of: g, in: governing) == 1 {
                        segment = min(segment.lowerBound, triggerRange.lowerBound)..<max(segment.upperBound, triggerRange.upperBound)
                    } else if joined.contains(k), triggerRange.upperBound <= timexRange.lowerBound {
                        // "… meetings in February and April, the visit of …": April's stretch reaches back
                        // to the trigger it shares, so the next list item does not name it.
                        segment = min(segment.lowerBound, triggerRange.lowerBound)..<segment.upperBound
                    }
                }
                slots.append(EventSlot(sentence: i, timex: dating[k], trigger: g >= 0 ? sentenceTriggers[g] : nil,
                                       span: span, segment: segment))
            }
            for extra in Self.coordinatedTriggers(sentenceTriggers, claimedAt: governing, bytes: bytes) {
                let extraRange = sentenceTriggers[extra].range
                if let k = Self.nearest(to: extraRange, in: dating) {
                    let segment = Self.clauseStart(before: extraRange, in: bytes)..<whole.upperBound
                    slots.append(EventSlot(sentence: i, timex: dating[k], trigger: sentenceTriggers[extra],
                                           span: dating[k].span, segment: segment))
                }
            }
            // "April 15: Fighting erupts" over "On April 15, heavy gunfire …": the entry retells the
            // heading's time in full, so the heading is not a second event.
            // (Read in place: binding `heading` would copy its expression.)
            if let paragraph = heading?.paragraph, paragraph + 1 == sentences[i].paragraph,
               let headingSpan = heading?.timex.span, headingSpan.isDated, let headingSentence = heading?.sentence,
               dating.contains(where: { $0.span.isWithin(headingSpan) }) {
                usedHeadings.insert(headingSentence)
            }
        }
        return usedHeadings.isEmpty ? slots : slots.filter { !usedHeadings.contains($0.sentence) }
    }

    /// A heading sentence and the expression that dates the entries below it.
    struct Heading {
        var sentence: Int
        var paragraph: Int
        var timex: TemporalExpression
    }

    /// Sentence `i` dated by `heading`, when the heading is right above its paragraph (and dated,
    /// if `onlyDated`) and the sentence has a trigger to name the entry; nil otherwise.
    static func headingSlot(_ heading: Heading?, for i: Int, in sentences: [Sentence], triggers: [TriggerMatch],
                            onlyDated: Bool) -> EventSlot? {
        // (The paragraph first, read in place: binding `heading` copies its expression, and most
        // sentences are not right below a heading.)
        guard let paragraph = heading?.paragraph, paragraph + 1 == sentences[i].paragraph,
              let heading, !onlyDated || heading.timex.span.isDated,
              let trigger = contextTrigger(triggers) ?? entryTrigger(triggers) else { return nil }
        return EventSlot(sentence: i, timex: inherited(heading.timex), trigger: trigger, span: heading.timex.span,
                         segment: 0..<sentences[i].text.utf8.count)
    }

    /// How many entries of `governing` (trigger positions) are `position`.
    static func count(of position: Int, in governing: [Int]) -> Int {
        var count = 0
        for g in governing where g == position { count += 1 }
        return count
    }

    /// The first position in `triggers` of a trigger equal to `trigger` (ranges compared first, so
    /// most tests read no string); -1 when there is none (never for a trigger taken from them).
    /// Equal triggers get equal positions, so positions compare as the triggers did.
    static func position(of trigger: TriggerMatch, in triggers: [TriggerMatch]) -> Int {
        triggers.withUnsafeBufferPointer { triggers in
            for k in triggers.indices where triggers[k].range == trigger.range && triggers[k] == trigger { return k }
            return -1
        }
    }

    /// The first of `dating` nearest to `range` (what `min(by:)` on the distances gives).
    static func nearest(to range: Range<Int>, in dating: [TemporalExpression]) -> Int? {
        var best: Int?, bestDistance = Int.max
        for k in dating.indices {
            let d = distance(dating[k].range, range)
            if d < bestDistance { (best, bestDistance) = (k, d) }
        }
        return best
    }

    /// Positions of the triggers of separate coordinated clauses that no expression claimed;
    /// `claimedAt` holds the claimed triggers' positions (-1 for none, repeats allowed), as
    /// `position(of:in:)` gives them. Triggers are read in place, never copied.
    static func coordinatedTriggers(_ triggers: [TriggerMatch], claimedAt claimed: [Int], bytes: [UInt8]) -> [Int] {
        guard claimed.contains(where: { $0 >= 0 }) else { return [] }
        // (Through a buffer: an array subscript copies the trigger it reads a field of.)
        return triggers.withUnsafeBufferPointer { triggers in
            var extras: [Int] = []
            for j in triggers.indices
            where triggers[j].partOfSpeech == .verb && triggers[j].weight >= 2 && !triggers[j].modality.isUncertain {
                let range = triggers[j].range
                // (A claimed trigger equal to this one has this one's first position: this one's
                // own, or an earlier one, compared in full only when the ranges agree.)
                guard !claimed.contains(where: {
                          $0 == j || $0 >= 0 && $0 < j && triggers[$0].range == range && triggers[$0] == triggers[j]
                      }),
                      claimed.allSatisfy({ $0 < 0 || triggers[$0].triggerClass != triggers[j].triggerClass
                                            || distance(triggers[$0].range, range) > 60 }),
                      claimed.allSatisfy({ $0 < 0 || clauseBreak(between: triggers[$0].range, and: range, in: bytes) }),
                      startsCoordinatedClause(before: range, in: bytes),
                      hasOwnSubject(before: range, in: bytes) else { continue }
                extras.append(j)
            }
            return extras
        }
    }

    /// A strong, asserted verb trigger makes an undated sentence worth keeping as context.
    static func contextTrigger(_ triggers: [TriggerMatch]) -> TriggerMatch? {
        // (By position through a buffer: `first(where:)` copies every trigger it tests.)
        let k = triggers.withUnsafeBufferPointer { triggers in
            triggers.indices.first {
                triggers[$0].partOfSpeech == .verb && triggers[$0].weight >= 3 && !triggers[$0].modality.isUncertain
            }
        }
        return k.map { triggers[$0] }
    }

    /// Uses a duration in the sentence to widen a one-day end or start date into the whole occasion
    /// ("a three-day summit that wrapped up on Sunday" → Friday to Sunday).
    func refine(_ span: TimeSpan, durations: [TemporalExpression], text: String) -> TimeSpan {
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

