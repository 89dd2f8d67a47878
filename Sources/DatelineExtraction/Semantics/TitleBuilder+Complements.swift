extension TitleBuilder {
    /// "prompting the president to order it shot down": a participle right after an object pronoun
    /// or noun belongs to the verb before them, whose clause gives the headline ("… orders balloon
    /// shot down"). An object "it" takes the thing the sentence said something happened to.
    func causative(_ doc: TitleText, participle span: Range<Int>, left: Int, depth: Int) -> TitleParts? {
        guard depth < 2, left == span.lowerBound - 1, left >= 1, doc.tokens[left].isWord,
              Self.objectPronouns.contains(doc.tokens[left]) else { return nil }
        let governing = left - 1
        let g = doc.tokens[governing]
        guard g.isWord, !g.isCapitalized, !doc.excluded[governing],
              let hit = lexicon.match(in: doc.tokens, at: governing), hit.length == 1,
              hit.uses.contains(where: { $0.partOfSpeech == .verb }),
              var parts = predicate(doc, verb: governing..<left, written: doc.text(of: governing), depth: depth + 1)
        else { return nil }
        let written = doc.render(span, cues: cues)
        let thing = doc.keyIs(left, "it") ? pronounThing(doc, before: left) : nil
        parts.object = (thing ?? doc.text(of: left)) + " " + written
        return parts
    }

    /// Object pronouns after which a participle belongs to the verb before them.
    static let objectPronouns = WordSet(["it", "them", "him", "her"])
    /// Auxiliaries that mark the verb of a that-clause.
    static let tenseAuxiliaries = WordSet(["will", "would", "had", "has", "have"])

    /// What "it" most likely is: the last "the NOUN was/is/had …" before token `end` ("the balloon
    /// was spotted" → "balloon").
    func pronounThing(_ doc: TitleText, before end: Int) -> String? {
        var found: String?
        var i = 0
        while i < end {
            if doc.keyIs(i, "the") {
                var j = i + 1
                while j < end, j - i <= 3, doc.tokens[j].isWord, !doc.tokens[j].isCapitalized,
                      !doc.isCue(.passive, j), !doc.isCue(.auxiliary, j) {
                    j += 1
                }
                if j > i + 1, j < end, doc.isCue(.passive, j) || doc.isCue(.auxiliary, j) {
                    found = doc.render((i + 1)..<j, cues: cues)
                }
                i = j
                continue
            }
            i += 1
        }
        return found
    }

    /// The noun a relative clause hangs on, when the subject ending at token `subjectEnd` opens it:
    /// "military contacts that Beijing had frozen" → "military contacts"; "the tariff it imposed" → "tariff".
    func antecedent(_ doc: TitleText, subjectEndingAt subjectEnd: Int) -> String? {
        guard subjectEnd >= 1, subjectEnd < doc.tokens.count, doc.tokens[subjectEnd].isWord else { return nil }
        var start = subjectEnd
        if let m = doc.mention(endingAt: subjectEnd) {
            while start > 0, doc.tokens[start - 1].range.lowerBound >= m.range.lowerBound { start -= 1 }
        } else if !isPronoun(doc.text(of: subjectEnd)) {
            // "an investigation that the Commission launched": a short noun phrase after "that".
            var j = subjectEnd
            while j > 0, subjectEnd - j < 4, doc.tokens[j - 1].isWord, !(doc.keyIs(j - 1, "that") || doc.keyIs(j - 1, "which")) { j -= 1 }
            guard j > 0, doc.keyIs(j - 1, "that") || doc.keyIs(j - 1, "which") else { return nil }
            start = j
        }
        var k = start - 1
        guard k >= 1 else { return nil }
        let relative = doc.keyIs(k, "that") || doc.keyIs(k, "which")
        if relative { k -= 1 }
        func isNounish(_ i: Int) -> Bool {
            let t = doc.tokens[i]
            return t.isWord && !t.isCapitalized && !doc.excluded[i] && !doc.isCue(.preposition, i)
                && !doc.isCue(.determiner, i) && !doc.isCue(.auxiliary, i)
                && !doc.isCue(.passive, i) && !doc.isCue(.subjectBreak, i)
                && !doc.isCue(.speech, i) && !isVerb(t) && !t.keyEnds("ly")
        }
        // "the 12-point position paper on the war in Ukraine that it issued": after "that", the whole
        // noun phrase back to the verb or comma before it.
        if relative, k >= 0, doc.tokens[k].isWord {
            // "The ministry said that North Korea fired …": after a verb of saying or another past
            // form, "that" opens the reported clause, not a relative one; there is no antecedent.
            if doc.isCue(.speech, k) || (!doc.tokens[k].isCapitalized && doc.tokens[k].keyEnds("ed")) { return nil }
            return nounPhrase(doc, endingAt: k)
        }
        guard k >= 0, isNounish(k) else { return nil }
        var first = k
        while first > 0, k - first < 3, isNounish(first - 1) { first -= 1 }
        // Without "that", only a noun phrase opened by a determiner ("the tariff it imposed").
        if !relative, !(first > 0 && doc.isCue(.determiner, first - 1)) { return nil }
        return doc.render(first..<(k + 1), cues: cues)
    }
}

extension TitleBuilder {
    /// Where a that-clause opens after the verb ending at `end`: at "that", or, after a verb of saying,
    /// right before a pronoun or name followed by an auxiliary ("said it would require …").
    func complementOpening(_ doc: TitleText, after end: Int, speech: Bool) -> Int? {
        guard let n = doc.nextWord(after: end) else { return nil }
        if doc.keyIs(n, "that") { return n }
        guard speech else { return nil }
        // "said in a statement on Friday that …", "told reporters at a briefing that …": where and
        // to whom it was said, then the clause.
        if doc.keyIs(n, "in") || doc.keyIs(n, "at") || doc.keyIs(n, "on") || doc.keyIs(n, "during") {
            var k = n + 1
            while k < doc.tokens.count, k - n <= 8, !doc.isBreak(k, cues: cues) {
                if doc.tokens[k].isWord, doc.keyIs(k, "that") { return k }
                k += 1
            }
        }
        var after = n + 1
        if let m = doc.mention(startingAt: n) {
            after = m.end
        } else if !doc.isA(.subjectPronouns, n) {
            // "said 159 companies were affected": a short noun phrase, then its auxiliary.
            var k = n
            while k < doc.tokens.count, k - n < 10, !doc.isBreak(k, cues: cues),
                  doc.keyIs(k, "and") || !doc.isBreakWord(k, cues: cues) {
                let t = doc.tokens[k]
                // (The cue lists read from the text's bits: the same probe, made once per token.)
                if t.isWord, k > n, doc.isCue(.passive, k) || Self.tenseAuxiliaries.contains(t) {
                    return n - 1
                }
                if t.isWord, isVerb(t) { return nil }
                k += 1
            }
            return nil
        }
        guard let aux = doc.tokens[safe: after], aux.isWord,
              doc.isCue(.auxiliary, after) || doc.isCue(.passive, after) else { return nil }
        return n - 1
    }

    /// "as per China’s 12-point “Position on …,” released in …": a participle after a comma that
    /// closes a noun phrase owned by a name makes the owner the agent ("China releases 12-point
    /// Position on …"). Nil when the phrase holds a verb (then it is a clause, not a noun phrase).
    func possessorAsAgent(_ doc: TitleText, participle span: Range<Int>, written: String) -> TitleParts? {
        var c = span.lowerBound - 1
        while c >= 0, !doc.tokens[c].isWord, doc.excluded[c] { c -= 1 }
        guard c >= 1, doc.isComma(c), written.lowercased().hasSuffix("ed")
                || lexicon.verbReadings(of: written).contains(form: .participle) else { return nil }
        var start = c
        while start > 0, !doc.isBreak(start - 1, cues: cues) || doc.excluded[start - 1] { start -= 1 }
        guard let owner = (start..<c).first(where: { doc.tokens[$0].isPossessive }),
              let agent = doc.mention(endingAt: owner), owner + 1 < c else { return nil }
        let owned = Array((owner + 1)..<c).filter { !doc.excluded[$0] }
        guard !owned.isEmpty, !owned.contains(where: { doc.tokens[$0].isWord && (isVerb(doc.tokens[$0]) || doc.isCue(.speech, $0)) })
        else { return nil }
        let verb = presentTense(of: written, plural: false)
        var words = owned
        let counted = words.filter { doc.tokens[$0].isWord }
        if counted.count > maxObjectWords + 2 { words = Array(words.prefix(maxObjectWords + 2)) }
        return TitleParts(subject: agent.name, verb: verb, object: doc.render(words, cues: cues), plural: false,
                          lemma: lemma(of: written), passive: false, participle: participle(of: written), pronoun: "", speech: false)
    }
}

extension TitleBuilder {
    /// Who takes part in a reciprocal noun event: "the meeting … between A and B" (within four words
    /// after the noun), or "their meeting" after a clause naming two actors ("A shakes hands with B
    /// during their meeting in Beijing"). Returns "A and B" and where the object starts.
    func partners(_ doc: TitleText, trigger span: Range<Int>) -> (names: String, objectStart: Int)? {
        var k = span.upperBound
        var words = 0
        while k < doc.tokens.count, words < 6, doc.tokens[k].isWord || doc.excluded[k] {
            if !doc.excluded[k] { words += 1 }
            if doc.keyIs(k, "between"), !doc.excluded[k],
               let a = doc.mention(startingAt: doc.skippingTitles(from: k + 1)), a.mention.kind != .place {
                // "between A, chairman of …, and B": an apposition after A is skipped.
                var and = a.end
                if and < doc.tokens.count && doc.isComma(and) {
                    var j = and + 1
                    while j < doc.tokens.count, j - and < 14, !doc.tokens[j].keyIs(",") { j += 1 }
                    and = j + 1
                }
                if and < doc.tokens.count && doc.keyIs(and, "and"),
                   let b = doc.mention(startingAt: doc.skippingTitles(from: and + 1)), b.mention.kind != .place,
                   a.mention.name != b.mention.name {
                    return (a.mention.name + " and " + b.mention.name, b.end)
                }
            }
            k += 1
        }
        var before = span.lowerBound - 1
        var modifiers = 0
        while before > 0, modifiers < 2, doc.tokens[before].isWord, !doc.tokens[before].isCapitalized,
              !doc.tokens[before].keyIs("their") {
            // (A hyphenated compound, "their first face-to-face meeting", is one modifier.)
            let inCompound = doc.tokens[before].isHyphenated
                || (before + 1 < span.lowerBound && doc.tokens[before + 1].isHyphenated)
            if !inCompound, doc.isCue(.preposition, before) { break }
            if !doc.tokens[before].isHyphenated { modifiers += 1 }
            before -= 1
        }
        guard before >= 0, doc.keyIs(before, "their") else { return nil }
        let start = doc.tokens[before].range.lowerBound
        // (Two people win over a count with their countries: "U.S. President Joe Biden and China's Xi
        // Jinping … their meeting".)
        let people = SentenceEntities.unique(doc.mentions.filter { $0.range.upperBound <= start && $0.kind == .person }.map(\.name))
        let actors = people.count == 2 ? people
            : SentenceEntities.unique(doc.mentions.filter { $0.range.upperBound <= start && $0.kind != .place }.map(\.name))
        guard actors.count == 2 else { return nil }
        return (actors[0] + " and " + actors[1], Self.pastSincePhrase(doc, from: span.upperBound))
    }

    /// Time units that make "in a year", "in five years" the span since the last such occasion.
    static let sinceUnits: [StaticString] = ["year", "years", "decade", "decades", "month", "months", "week", "weeks"]
    static let sinceCounts: [StaticString] = ["a", "more", "two", "three", "four", "five", "six", "several", "many"]

    /// `k` past "in a year" / "in five years" / "in years" ("their first meeting in a year" is the
    /// first since then, no place or time of the meeting); `k` itself otherwise.
    static func pastSincePhrase(_ doc: TitleText, from k: Int) -> Int {
        guard k + 1 < doc.tokens.count, doc.keyIs(k, "in") else { return k }
        if sinceUnits.contains(where: { doc.keyIs(k + 1, $0) }) { return k + 2 }
        guard k + 2 < doc.tokens.count,
              TitleText.isNumber(doc.tokens[k + 1]) || sinceCounts.contains(where: { doc.keyIs(k + 1, $0) }),
              sinceUnits.contains(where: { doc.keyIs(k + 2, $0) }) else { return k }
        return k + 3
    }
}

extension TitleBuilder {
    /// The finite trigger verb of the clause before a purpose "to" at `to` ("held talks … to discuss"),
    /// within twelve tokens and no punctuation; nil after a plan or complement verb ("hoped to",
    /// "urged X to"), where the infinitive is the news.
    func purposeOwner(_ doc: TitleText, before to: Int) -> Range<Int>? {
        var k = to - 1
        while k >= 0, to - k <= 12, doc.tokens[k].isWord || doc.excluded[k] {
            let t = doc.tokens[k]
            if t.isWord, !doc.excluded[k], !t.isCapitalized {
                if titles.grammar.contains(.futureLead, token: t) || doc.isBreakWord(k, cues: cues) { return nil }
                // Not an object after its verb ("announced sanctions").
                let afterVerb = k > 0 && doc.tokens[k - 1].isWord && isVerb(doc.tokens[k - 1])
                if !afterVerb, let hit = lexicon.match(in: doc.tokens, at: k),
                   hit.uses.contains(where: { $0.verbForm == .past || $0.verbForm == .thirdPerson }) {
                    let lemma = lexicon.entries[hit.uses[0].entry].verbForms.first?.first ?? ""
                    return titles.grammar.contains(.infinitiveObject, key: lemma) ? nil : k..<(k + hit.length)
                }
            }
            k -= 1
        }
        return nil
    }

    /// The parts of the clause whose trigger verb a purpose "to" at `to` follows (`purposeOwner`),
    /// when they have a subject and an object. Cost: that clause's predicate.
    func purposeClause(_ doc: TitleText, before to: Int, depth: Int) -> TitleParts? {
        guard let main = purposeOwner(doc, before: to),
              let parts = predicate(doc, verb: main, written: doc.render(main, cues: cues), depth: depth + 1),
              !parts.subject.isEmpty, !parts.object.isEmpty else {
            return nil
        }
        return parts
    }

    /// "In a statement released on Friday, the ministry said it had launched a probe": a participle in
    /// an opening prepositional phrase only frames the news; the main clause after the comma is it,
    /// when that clause makes a whole headline.
    func mainClause(_ doc: TitleText, after participle: Range<Int>, depth: Int) -> TitleParts? {
        guard depth < 2 else { return nil }
        var k = participle.upperBound
        while k < doc.tokens.count, !doc.tokens[k].keyIs(","), !doc.isBreakWord(k, cues: cues) || doc.excluded[k] { k += 1 }
        guard k < doc.tokens.count, doc.isComma(k) else { return nil }
        var v = k + 1
        while v < doc.tokens.count, v - k < 10, !doc.isBreak(v, cues: cues) {
            let t = doc.tokens[v]
            if t.isWord, !t.isCapitalized, !doc.excluded[v], isVerb(t) || doc.isCue(.speech, v) {
                let length = lexicon.match(in: doc.tokens, at: v)?.length ?? 1
                guard let parts = predicate(doc, verb: v..<(v + length), written: doc.render(v..<(v + length), cues: cues),
                                            depth: depth + 1),
                      !parts.subject.isEmpty, !parts.object.isEmpty, !parts.speech else { return nil }
                return parts
            }
            v += 1
        }
        return nil
    }

    /// The noun phrase ending at word `k`, back to the verb, comma or clause word before it, without
    /// its determiner ("the 12-point paper on the war in Ukraine" → "12-point paper on war in Ukraine");
    /// after "of", only the noun it names ("rebuilding of military contacts" → "military contacts").
    func nounPhrase(_ doc: TitleText, endingAt k: Int) -> String? {
        // "Much depends on Donald Trump, who …": a name is the phrase.
        if let name = doc.mention(endingAt: k), name.kind != .place { return name.name }
        var first = k
        while first > 0, k - first < 10 {
            let p = doc.tokens[first - 1]
            // "regular visits by …": a form that is also a noun after a modifier is the noun.
            let noun = first >= 2 && doc.tokens[first - 2].isWord && !isVerb(doc.tokens[first - 2])
                && (lexicon.match(in: doc.tokens, at: first - 1)?.uses.contains { $0.partOfSpeech == .noun } ?? false)
            // "the move follows an investigation": a word right before a determiner is a verb, known or not.
            let beforeDeterminer = doc.isA(.determinersAndPossessives, first)
                && !doc.isCue(.preposition, first - 1)
            // "would flow into the fund that …": a modal or auxiliary ends the phrase, and the
            // word after it is a verb, known or not, so the phrase opens after it.
            if p.isWord, !p.isCapitalized, doc.isCue(.auxiliary, first - 1) || doc.isCue(.passive, first - 1) {
                if first < k { first += 1 }
                break
            }
            if !p.isWord || doc.excluded[first - 1] || doc.isBreakWord(first - 1, cues: cues) || beforeDeterminer
                || (!noun && (isVerb(p) || isBaseVerb(p.key))) { break }
            first -= 1
        }
        while first < k, doc.isA(.articles, first) || doc.isCue(.preposition, first) {
            first += 1
        }
        if let of = (first..<(k + 1)).last(where: { doc.keyIs($0, "of") }), k - of >= 2 { first = of + 1 }
        let phrase = doc.render(first..<(k + 1), cues: cues)
        return phrase.isEmpty ? nil : phrase
    }

    /// A noun event that opens its clause takes the verb after it ("The context for the trip was set
    /// by …", "Friday's meeting ran for an hour"): the first verb within six words, past auxiliaries.
    func verbAfter(_ doc: TitleText, noun span: Range<Int>) -> TitleParts? {
        var k = span.upperBound
        var steps = 0
        while k < doc.tokens.count, steps < 6, !doc.isBreak(k, cues: cues), !doc.isBreakWord(k, cues: cues) {
            let t = doc.tokens[k]
            if t.isWord, !doc.excluded[k], !t.isCapitalized, !doc.isCue(.auxiliary, k),
               !doc.isCue(.passive, k), !doc.isCue(.preposition, k), isVerb(t) {
                let length = lexicon.match(in: doc.tokens, at: k)?.length ?? 1
                return predicate(doc, verb: k..<min(k + length, doc.tokens.count), written: doc.render(k..<(k + length), cues: cues))
            }
            k += 1
            steps += 1
        }
        return nil
    }

    /// The subject of the last finite verb before token `end` ("Campbell … said Wednesday when …").
    func precedingSubject(_ doc: TitleText, before end: Int) -> (text: String, plural: Bool)? {
        var j = end - 1
        while j >= 0 {
            let t = doc.tokens[j]
            if t.isWord, !t.isCapitalized, isVerb(t) || doc.isCue(.speech, j) {
                let found = doc.isSubjectView ? subject(doc, endingAt: j) : subject(doc.subjectView(), endingAt: j)
                return found.text.isEmpty || isPronoun(found.text) ? nil : found
            }
            j -= 1
        }
        return nil
    }
}

extension TitleBuilder {
    /// The verb of saying a subject pronoun at token `p` reports for ("Trump said [on Thursday] he
    /// would …", "said that she …"): its token index, or nil when none stands right before it.
    func speechVerb(_ doc: TitleText, beforePronounAt p: Int) -> Int? {
        guard p >= 1, p < doc.tokens.count, doc.tokens[p].isWord, doc.isA(.subjectPronouns, p) else { return nil }
        // (Read as on the subject view, the verb may stand outside the event's stretch of the
        // sentence; its flags read in place, not through a copy of the text.)
        // Back past a date and its preposition ("said [on Thursday] he"), and "that".
        func skipDate(_ k: inout Int) {
            while k >= 0, doc.isSubjectExcluded(k) || (doc.isCue(.preposition, k) && k + 1 < p && doc.isSubjectExcluded(k + 1)) {
                k -= 1
            }
        }
        var k = p - 1
        skipDate(&k)
        if k >= 0, doc.keyIs(k, "that") { k -= 1 }
        skipDate(&k)
        return k >= 1 && doc.tokens[k].isWord && doc.isCue(.speech, k) ? k : nil
    }

    /// The speaker a pronoun at `p` reported by the verb of saying at `k` stands for, when it can:
    /// "he" a person ("the minister said he …"), "it" a thing or body, "they" no single person
    /// ("the ministry said he was missing" speaks of someone else: nil). Read on the subject view:
    /// the speaker may stand outside the event's stretch. Cost: one subject walk.
    func reportedSpeaker(_ text: TitleText, speechAt k: Int, pronounAt p: Int) -> (text: String, plural: Bool)? {
        let doc = text.isSubjectView ? text : text.subjectView()
        let speaker = subject(doc, endingAt: k)
        guard !speaker.text.isEmpty, !isPronoun(speaker.text) else { return nil }
        let named = doc.mention(endingAt: k - 1)
        let isPerson = named?.kind == .person || (named == nil && titles.match(in: doc.tokens, at: k - 1) != nil)
        // (For "he", an unrecognised capitalised word is most often a surname: places and bodies
        // are known; for "it", a company.)
        let mayBePerson = isPerson || (named == nil && doc.tokens[k - 1].isCapitalized)
        if Self.personPronouns.contains(doc.tokens[p]) { return mayBePerson ? speaker : nil }
        if doc.keyIs(p, "it") { return isPerson || speaker.plural ? nil : speaker }
        return doc.keyIs(p, "they") && named?.kind != .person ? speaker : nil
    }
}
