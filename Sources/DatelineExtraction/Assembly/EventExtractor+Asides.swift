/// Dates inside asides: a relative clause or a leading subordinate phrase places its own event.
extension EventExtractor {
    /// A stretch of the sentence that tells about something else than its main clause: a
    /// non-restrictive relative clause (", who is backing her in 2024 but …") or a leading
    /// subordinate phrase ("Following China's occupation of the reef in 1995, …"), and what a date
    /// inside it may place.
    struct Aside {
        /// From the relative word to the next comma, semicolon or dash, or the sentence's end; or
        /// the leading phrase up to its comma.
        let range: Range<Int>
        /// Where an event noun it qualifies may end ("the summit in Baku, Azerbaijan, which runs
        /// from Nov. 11 to 22"): the clause's date is that event's too. Nil for "who".
        let antecedent: Range<Int>?

        /// Where the words the clause tells about begin (the name before its comma).
        let antecedentStart: Int

        /// The words that join it to the sentence (", who"; "Following"), left out of its title.
        let joiner: Range<Int>
        let kind: Kind

        enum Kind {
            /// ", who has not been seen since June 25": with no trigger of its own it still tells an
            /// event ("Qin Gang has not been seen in public").
            case relativeClause
            /// ", a decrepit ship that was grounded on the reef in 1999": likewise ("the Sierra Madre
            /// was grounded on the reef"), never the trigger of the main clause.
            case appositive
            /// "After the final session on Friday, …": with no trigger of its own its date places
            /// the main clause ("Blinken told reporters").
            case leadingPhrase
        }

        /// The clause with what it tells about: "Qin Gang, who has not been seen … since June 25".
        var told: Range<Int> { antecedentStart..<range.upperBound }

        /// Whether, with no trigger of its own, it is an event of its own.
        var tellsOwnEvent: Bool { kind != .leadingPhrase }

        func admits(_ trigger: TriggerMatch) -> Bool {
            range.contains(trigger.range.lowerBound) || (!trigger.isVerb && antecedent?.contains(trigger.range.upperBound) == true)
        }
    }

    /// Words after a comma that open a relative clause; "which" may also qualify an event noun.
    static let relativeWords: [[UInt8]] = ["who", "whom", "whose", "which"].map { Array($0.utf8) }
    /// Words after a comma that open an appositive (", a decrepit ship …").
    static let appositiveArticles: [[UInt8]] = ["a", "an"].map { Array($0.utf8) }
    /// Pronouns that open the relative clause inside an appositive.
    static let clausePronouns: [[UInt8]] = ["that", "who", "which"].map { Array($0.utf8) }
    static let whichWord: [[UInt8]] = [Array("which".utf8)]

    /// The relative clause or appositive holding `range`, when the nearest comma before it opens
    /// one (", who", ", which", ", a"); nil otherwise. A "who" clause tells about a person, never
    /// the trigger before it.
    static func relativeClause(around range: Range<Int>, in bytes: [UInt8]) -> Aside? {
        guard range.upperBound <= bytes.count,
              let comma = bytes[..<range.lowerBound].lastIndex(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") }),
              bytes[comma] == UInt8(ascii: ","), comma + 2 < range.lowerBound, bytes[comma + 1] == 0x20 else { return nil }
        var end = comma + 2
        while end < range.lowerBound, (bytes[end] | 0x20) >= 0x61, (bytes[end] | 0x20) <= 0x7A { end += 1 }
        let word = (comma + 2)..<end
        let appositive = index(of: word, in: bytes, among: appositiveArticles) != nil
        guard end < range.lowerBound, bytes[end] == 0x20,
              appositive || index(of: word, in: bytes, among: relativeWords) != nil else { return nil }
        var close = range.upperBound
        while close < bytes.count, bytes[close] != UInt8(ascii: ","), bytes[close] != UInt8(ascii: ";"),
              !(bytes[close] == 0xE2 && close + 2 < bytes.count && bytes[close + 1] == 0x80
                && (bytes[close + 2] == 0x93 || bytes[close + 2] == 0x94)) { close += 1 }
        // ", a decrepit ship that was grounded …": its title reads from the relative word on.
        var joiner = comma..<end
        if appositive, let pronoun = relativePronoun(in: end..<range.lowerBound, bytes) { joiner = comma..<pronoun }
        // (Only "which" may qualify the event noun before its comma.)
        let qualifiesNoun = index(of: word, in: bytes, among: whichWord) != nil
        return Aside(range: (comma + 2)..<close, antecedent: qualifiesNoun ? max(0, comma - 48)..<(comma + 1) : nil,
                     antecedentStart: nameStart(before: comma, in: bytes), joiner: joiner,
                     kind: appositive ? .appositive : .relativeClause)
    }

    /// The end of the first " that ", " who " or " which " in `range`, if any.
    static func relativePronoun(in range: Range<Int>, _ bytes: [UInt8]) -> Int? {
        var i = range.lowerBound
        while i < range.upperBound {
            if bytes[i] == 0x20 {
                var end = i + 1
                while end < range.upperBound, (bytes[end] | 0x20) >= 0x61, (bytes[end] | 0x20) <= 0x7A { end += 1 }
                if end < range.upperBound, bytes[end] == 0x20 || bytes[end] == UInt8(ascii: "'") || bytes[end] == 0xE2,
                   index(of: (i + 1)..<end, in: bytes, among: clausePronouns) != nil {
                    return end
                }
                i = end
            } else {
                i += 1
            }
        }
        return nil
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
        return start == end ? nounStart(before: end, in: bytes) : start
    }

    /// Words that end a noun phrase read backwards ("as a currency manipulator" → "currency manipulator").
    static let phraseBoundaries: [[UInt8]] = ["a", "an", "the", "as", "of", "to", "in", "on", "at", "by", "for", "from",
                                              "with", "and", "or", "its", "his", "her", "their", "our", "this", "that"].map { Array($0.utf8) }

    /// The start of the lower-case noun phrase (at most three words) that ends at `end`.
    static func nounStart(before end: Int, in bytes: [UInt8]) -> Int {
        var start = end
        var i = end
        for _ in 0..<3 {
            var j = i
            while j > 0, bytes[j - 1] != 0x20 { j -= 1 }
            guard j < i else { break }
            if start != end, index(of: j..<i, in: bytes, among: phraseBoundaries) != nil { break }
            start = j
            guard j > 0 else { break }
            i = j - 1
        }
        return start
    }

    /// The aside holding `range`: a relative clause, else a leading subordinate phrase; nil if none.
    static func aside(around range: Range<Int>, in bytes: [UInt8]) -> Aside? {
        relativeClause(around: range, in: bytes) ?? leadingPhrase(around: range, in: bytes)
    }

    /// "Following China's occupation of Mischief Reef in 1995, the Philippines …": the sentence
    /// opens with an opener word and `range` lies before the phrase's comma.
    static func leadingPhrase(around range: Range<Int>, in bytes: [UInt8]) -> Aside? {
        var start = 0
        while start < bytes.count, !((bytes[start] | 0x20) >= 0x61 && (bytes[start] | 0x20) <= 0x7A) {
            // (Leading quotes, bullets and spaces; a digit means the sentence opens otherwise.)
            if bytes[start] >= 0x30 && bytes[start] <= 0x39 { return nil }
            start += 1
        }
        var end = start
        while end < bytes.count, (bytes[end] | 0x20) >= 0x61, (bytes[end] | 0x20) <= 0x7A { end += 1 }
        guard end < range.lowerBound, index(of: start..<end, in: bytes, among: openerWords) != nil,
              let comma = bytes[end...].firstIndex(of: UInt8(ascii: ",")), comma >= range.upperBound else { return nil }
        return Aside(range: start..<comma, antecedent: nil, antecedentStart: start, joiner: start..<end, kind: .leadingPhrase)
    }
}
