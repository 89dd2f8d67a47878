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
        // (Only bullets, quotes or spaces before the date: it opens the sentence.)
        let opensSentence = range.lowerBound <= bytes.count && !bytes[..<range.lowerBound].contains { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
        let opener = opensSentence ? Self.subordinateOpener(after: range, in: bytes) : nil
        let aside = relativeClause(around: range, in: bytes)
        if let aside, !triggers.contains(where: aside.admits) { return nil }
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
            if let opener, opener.contains(t.range.lowerBound) { d += 40 }
            return d
        }
        return triggers.min { cost($0) < cost($1) }
    }

    /// A non-restrictive relative clause (", who is backing her in 2024 but …") and what it may date.
    struct RelativeClause {
        /// From the relative word to the next comma, semicolon or dash, or the sentence's end.
        let range: Range<Int>
        /// Where an event noun it qualifies may end ("the summit in Baku, Azerbaijan, which runs
        /// from Nov. 11 to 22"): the clause's date is that event's too. Nil for "who".
        let antecedent: Range<Int>?

        /// Where the words the clause tells about begin (the name before its comma).
        let antecedentStart: Int

        /// The comma and relative word that join the clause to its antecedent (", who").
        let relativeWord: Range<Int>

        /// The clause with what it tells about: "Qin Gang, who has not been seen … since June 25".
        var told: Range<Int> { antecedentStart..<range.upperBound }

        func admits(_ trigger: TriggerMatch) -> Bool {
            range.contains(trigger.range.lowerBound) || (!trigger.isVerb && antecedent?.contains(trigger.range.upperBound) == true)
        }
    }

    static let relativeWords: [[UInt8]] = ["who", "whom", "whose", "which"].map { Array($0.utf8) }

    /// The relative clause holding `range`, when the nearest comma before it opens one (", who",
    /// ", which"); nil otherwise. A "who" clause tells about a person, never the trigger before it.
    static func relativeClause(around range: Range<Int>, in bytes: [UInt8]) -> RelativeClause? {
        guard range.upperBound <= bytes.count,
              let comma = bytes[..<range.lowerBound].lastIndex(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") }),
              bytes[comma] == UInt8(ascii: ","), comma + 2 < range.lowerBound, bytes[comma + 1] == 0x20 else { return nil }
        var end = comma + 2
        while end < range.lowerBound, (bytes[end] | 0x20) >= 0x61, (bytes[end] | 0x20) <= 0x7A { end += 1 }
        let word = bytes[(comma + 2)..<end].map { $0 | 0x20 }
        guard end < range.lowerBound, bytes[end] == 0x20, let which = relativeWords.firstIndex(where: { $0 == word }) else { return nil }
        var close = range.upperBound
        while close < bytes.count, bytes[close] != UInt8(ascii: ","), bytes[close] != UInt8(ascii: ";"),
              !(bytes[close] == 0xE2 && close + 2 < bytes.count && bytes[close + 1] == 0x80
                && (bytes[close + 2] == 0x93 || bytes[close + 2] == 0x94)) { close += 1 }
        // (Only "which" may qualify the event noun before its comma.)
        return RelativeClause(range: (comma + 2)..<close, antecedent: which == 3 ? max(0, comma - 48)..<(comma + 1) : nil,
                              antecedentStart: nameStart(before: comma, in: bytes), relativeWord: comma..<end)
    }

    /// The start of the run of capitalised words (at most six, "of" allowed inside) that ends at
    /// `end`: "Foreign Minister Qin Gang"; `end`'s own word when it is not capitalised.
    static func nameStart(before end: Int, in bytes: [UInt8]) -> Int {
        var start = end
        var words = 0
        var i = end
        while i > 0, words < 6 {
            var j = i
            while j > 0, bytes[j - 1] != 0x20 { j -= 1 }
            guard j < i else { break }
            let capital = bytes[j] >= 0x41 && bytes[j] <= 0x5A
            let joiner = i - j == 2 && bytes[j] == UInt8(ascii: "o") && bytes[j + 1] == UInt8(ascii: "f")
            if !capital && !(joiner && words > 0) { break }
            if capital { start = j }
            words += 1
            i = j - 1
        }
        return start == end ? max(0, (bytes[..<end].lastIndex(of: 0x20) ?? -1) + 1) : start
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
        let word = bytes[i..<end].map { $0 | 0x20 }
        guard openerWords.contains(where: { $0.elementsEqual(word) }) else { return nil }
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
