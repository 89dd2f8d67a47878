/// Which trigger an expression dates: the nearest in its clause, with what the sentence's shape says.
extension EventExtractor {
    /// The trigger nearest to the expression within its clause; weak triggers ("said") count only when
    /// nothing else is there.
    static func governingTrigger(for range: Range<Int>, among triggers: [TriggerMatch], in text: String) -> TriggerMatch? {
        governingTrigger(for: range, among: triggers, bytes: Array(text.utf8))
    }

    /// `governingTrigger(for:among:in:)` on the sentence's bytes.
    static func governingTrigger(for range: Range<Int>, among triggers: [TriggerMatch], bytes: [UInt8]) -> TriggerMatch? {
        guard !triggers.isEmpty else { return nil }
        // "condemned Friday's strikes": a possessive date belongs to the noun it owns.
        let possessive = isPossessive(after: range, bytes)
        let opensSentence = opensSentence(range, bytes)
        let opener = opensSentence ? Self.subordinateOpener(after: range, in: bytes) : nil
        let aside = aside(around: range, in: bytes)
        if let aside, aside.tellsOwnEvent, !triggers.contains(where: aside.admits) { return nil }
        func cost(_ t: TriggerMatch) -> Int {
            if possessive, t.range.lowerBound >= range.upperBound, t.range.lowerBound - range.upperBound <= 5 { return -1 }
            var d = distance(range, t.range)
            if let aside, !aside.admits(t) { d += 150 }
            if clauseBreak(between: range, and: t.range, in: bytes) { d += 120 }
            // A comma between them usually closes an aside ("Li, under sanctions since 2018, was
            // removed"), unless the date opens the sentence ("On Sunday, ships collided").
            if !opensSentence, commaBetween(range, t.range, in: bytes) {
                // After the date and a comma, a trigger opens the next item or clause ("… in
                // Thailand in January, the third meetings in February"): dates close their phrase.
                d += t.range.lowerBound >= range.upperBound ? 100 : 25
            }
            if t.weight <= 1 { d += 200 }
            if !t.isVerb { d += 10 }
            // "will meet … from Thursday to Saturday and are expected to agree on a loan": what is
            // asserted or scheduled is what the date places, not a hoped-for outcome beside it.
            if t.modality == .intended || t.modality == .hypothetical { d += 30 }
            // "wrapped up a visit on Wednesday without announcing new commitments": what did not
            // happen is not what the date places.
            if t.modality == .negated { d += 30 }
            // "Oct 11: After two days of talks, Trump announces a deal": a date opening the sentence
            // places its main clause, not the opener before the comma.
            // (Past any distance within the sentence: "On March 25, after the water cannon assault,
            // Manila lodged its strongest protest …" dates the protest.)
            if let opener, opener.contains(t.range.lowerBound) { d += 150 }
            return d
        }
        // (Each cost once: `min(by:)` would compute both sides of every comparison. Ties keep the
        // first, as `min(by:)` does.)
        var best = 0
        var bestCost = cost(triggers[0])
        for k in triggers.indices.dropFirst() {
            let c = cost(triggers[k])
            if c < bestCost { best = k; bestCost = c }
        }
        return triggers[best]
    }

    /// Only bullets, quotes, spaces and maybe one preposition ("On March 25, …") before `range`.
    static func opensSentence(_ range: Range<Int>, _ bytes: [UInt8]) -> Bool {
        guard range.lowerBound <= bytes.count else { return false }
        let before = bytes[..<range.lowerBound]
        guard let first = before.firstIndex(where: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) else { return true }
        var end = first
        while end < range.lowerBound, (bytes[end] | 0x20) >= 0x61, (bytes[end] | 0x20) <= 0x7A { end += 1 }
        return bytes[end..<range.lowerBound].allSatisfy { $0 == 0x20 } && index(of: first..<end, in: bytes, among: datePrepositions) != nil
    }

    static let datePrepositions: [[UInt8]] = ["on", "in", "at", "by"].map { Array($0.utf8) }

    /// The position in `words` (lower-case) of the word at `range` of `bytes`, case aside; compared
    /// in place, as this runs for every dating expression.
    static func index(of range: Range<Int>, in bytes: [UInt8], among words: [[UInt8]]) -> Int? {
        for (k, word) in words.enumerated() where word.count == range.count {
            var same = true
            for (i, b) in word.enumerated() where bytes[range.lowerBound + i] | 0x20 != b {
                same = false
                break
            }
            if same { return k }
        }
        return nil
    }

    /// Words that open a subordinate phrase before the main clause ("After two days of talks, …").
    static let openerWords: [[UInt8]] = ["after", "following", "before", "amid", "despite", "during", "ahead"].map { Array($0.utf8) }

    /// The phrase from an opener word right after `range` (past spaces and ":" or ",") to the next
    /// comma: "Oct 11: After two days of talks, …" → "After two days of talks". Nil when there is none.
    static func subordinateOpener(after range: Range<Int>, in bytes: [UInt8]) -> Range<Int>? {
        var i = range.upperBound
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == UInt8(ascii: ":") || bytes[i] == UInt8(ascii: ",") { i += 1 }
        var end = i
        while end < bytes.count, (bytes[end] | 0x20) >= 0x61, (bytes[end] | 0x20) <= 0x7A { end += 1 }
        guard index(of: i..<end, in: bytes, among: openerWords) != nil else { return nil }
        guard let comma = bytes[end...].firstIndex(of: UInt8(ascii: ",")) else { return nil }
        return i..<comma
    }

    /// "launched three days of exercises", "opened an investigation": a verb that only begins
    /// something leaves the naming to the event noun that is its object (within a few words, no
    /// comma between); otherwise the trigger itself.
    static func namedByObject(_ trigger: TriggerMatch, among triggers: [TriggerMatch], bytes: [UInt8]) -> TriggerMatch {
        guard trigger.isVerb, trigger.triggerClass == "launch", trigger.lemma != "fire" else { return trigger }
        guard let object = triggers.first(where: { !$0.isVerb && $0.range.lowerBound >= trigger.range.upperBound }),
              object.triggerClass != trigger.triggerClass, object.range.lowerBound - trigger.range.upperBound <= 24,
              !bytes[trigger.range.upperBound..<object.range.lowerBound].contains(UInt8(ascii: ",")) else { return trigger }
        return object
    }
}
