extension TitleBuilder {
    /// A noun trigger: "Pelosi's visit to Taipei" → "Nancy Pelosi visits Taipei"; "announced sanctions
    /// on X" → "announces sanctions on X" through the governing verb.
    func nominal(_ doc: TitleText, trigger: TriggerMatch, span: Range<Int>) -> TitleParts? {
        // "The dialogue, which began on 13 April, …": the relative clause tells what the noun did.
        let v = span.upperBound + 2
        if v < doc.tokens.count, doc.isComma(span.upperBound), doc.keyIs(v - 1, "which"), !doc.excluded[v],
           doc.tokens[v].isWord, isVerb(doc.tokens[v]), var parts = predicate(doc, verb: v..<(v + 1), written: doc.text(of: v)) {
            // Its subject is the noun's own phrase: modifiers back to an article or preposition.
            var start = span.lowerBound
            while start > 0, span.lowerBound - start < 3, doc.tokens[start - 1].isWord, !doc.excluded[start - 1],
                  !doc.isA(.articles, start - 1), !doc.isCue(.preposition, start - 1), !doc.tokens[start - 1].isPossessive {
                start -= 1
            }
            parts.subject = doc.render(start..<span.upperBound, cues: cues)
            parts.plural = false
            return parts
        }
        let entry = lexicon.entry(lemma: trigger.lemma, triggerClass: trigger.triggerClass)
        let hasVerb = !(entry?.verbForms.isEmpty ?? true)
        // Agent as possessive right before the noun, or "of/by X" right after it.
        if hasVerb, let entry {
            var agent: EntityMention?
            var objectStart = span.upperBound
            var before = span.lowerBound - 1
            // "Tsai's previous transits": look past up to two lowercase modifiers.
            var hops = 0
            while before > 0, hops < 2, doc.tokens[before].isWord, !doc.tokens[before].isCapitalized,
                  !doc.tokens[before].isPossessive, doc.tokens[before - 1].isWord,
                  !doc.isCue(.preposition, before) {
                before -= 1
                hops += 1
            }
            if !(doc.tokens[safe: before]?.isPossessive ?? false) { before = span.lowerBound - 1 }
            if before >= 0, doc.tokens[before].isPossessive, let m = doc.mention(endingAt: before), m.kind != .place {
                agent = m
            } else if before >= 0, doc.tokens[before].isPossessive, doc.tokens[before].isCapitalized,
                      doc.mention(endingAt: before) == nil {
                // An unrecognised name ("Pelosi's visit"): its capitalised words as written.
                var first = before
                while first > 0, doc.tokens[first - 1].isWord, doc.tokens[first - 1].isCapitalized, before - first < 3 { first -= 1 }
                let text = doc.render(first..<(before + 1), cues: cues)
                agent = EntityMention(kind: .person, range: doc.tokens[first].range.lowerBound..<doc.tokens[before].range.upperBound,
                                      text: text, name: text.hasSuffix("'s") || text.hasSuffix("’s") ? String(text.dropLast(2)) : text)
            } else if span.upperBound < doc.tokens.count, doc.keyIs(span.upperBound, "of") || doc.keyIs(span.upperBound, "by"),
                      var m = doc.mention(startingAt: doc.skippingTitles(from: span.upperBound + 1)), m.mention.kind != .place {
                // "a decision by China's National People's Congress": the possessor's body acts.
                while doc.tokens[m.end - 1].isPossessive, let next = doc.mention(startingAt: m.end) { m = next }
                agent = m.mention
                objectStart = m.end
            }
            if let agent {
                var start = objectStart
                if trigger.triggerClass == "visit", start < doc.tokens.count, doc.keyIs(start, "to") { start += 1 }
                // "Beijing's announcement [earlier this month] of export controls" → "announces export controls".
                while start < doc.tokens.count, doc.excluded[start] { start += 1 }
                if start < doc.tokens.count && doc.keyIs(start, "of") { start += 1 }
                let verb = entry.verbForms[safe: 0]?.first.map { _ in entry.thirdPerson } ?? entry.lemma
                // The noun phrase is often a subject: stop before its verb ("… to Taipei infuriated Beijing").
                // (Gathered on the stack and cut by position: no array.)
                let object = doc.withClauseWords(from: start, limit: maxObjectWords, cues: cues, object: true) { gathered in
                    var words = UnsafeBufferPointer(gathered)[...]
                    if let v = words.firstIndex(where: { isVerb(doc.tokens[$0]) }) { words = words[..<v] }
                    return doc.render(words, cues: cues)
                }
                return TitleParts(subject: agent.name, verb: verb, object: object, plural: false,
                                  lemma: entry.lemma, passive: false, participle: entry.pastParticiple, pronoun: "", speech: false)
            }
        }
        if hasVerb, let entry, let pair = partners(doc, trigger: span) {
            // "A and B meet in Bangkok": only where; "… meeting with vows to …" says no more of it.
            let after = object(doc, from: pair.objectStart)
            let place = ["in ", "at ", "on the sidelines"].contains { TitleBytes.hasPrefix(after, $0) }
            return TitleParts(subject: pair.names, verb: entry.verbForms.first?.first ?? entry.lemma,
                              object: place ? after : "", plural: true, lemma: entry.lemma, passive: false,
                              participle: entry.pastParticiple, pronoun: "", speech: false)
        }
        // The governing verb a few words to the left ("staged large drills", "held two rounds of talks").
        var k = span.lowerBound - 1
        var steps = 0
        var crossedTo = false
        // (Six words back for any verb; twelve for a trigger verb: "discussed the road map for the
        // next stage of their trade talks".)
        while k >= 0, steps < 12, doc.tokens[k].isWord || doc.isQuoteMark(k) || doc.asideStart(endingAt: k) != nil,
              !doc.isBreakWord(k, cues: cues) {
            // (An aside closes only at a comma: the bit is read in place before the call.)
            if doc.isComma(k), let aside = doc.asideStart(endingAt: k) {
                k = aside - 1
                continue
            }
            // "launched \"punishment\" drills": scare quotes around a modifier are no boundary.
            if doc.isQuoteMark(k) {
                k -= 1
                continue
            }
            let afterModal = k > 0 && (doc.keyIs(k - 1, "to") || doc.isCue(.hypothetical, k - 1)
                || doc.isCue(.future, k - 1))
            // "a revised and broadened law": a participle after an article or "and" is an adjective.
            let adjectival = k > 0 && (doc.isA(.adjectivalLeads, k - 1)
                || doc.tokens[k - 1].isPossessive || (doc.tokens[k - 1].isWord && isVerb(doc.tokens[k - 1])
                    && !doc.isCue(.auxiliary, k - 1) && !doc.isCue(.passive, k - 1)))
            // "the next stage of their talks": a word after an article or possessive is a noun.
            let nounUse = k > 0 && (doc.isA(.determinersAndPossessives, k - 1)
                || (k > 1 && doc.isCue(.determiner, k - 1) && doc.isA(.determinersAndPossessives, k - 2)))
            // "The breakthrough was a video call": a copula governs nothing a headline can say.
            let have = doc.keyIs(k, "has") || doc.keyIs(k, "have") || doc.keyIs(k, "had")
            // "troops had a scuffle", "the leaders had talks": "have" right before its event noun
            // (an article and a modifier between at most) is the event's light verb.
            let lightVerb = have && span.lowerBound - k <= 3 && (k + 1..<span.lowerBound).allSatisfy {
                doc.tokens[$0].isWord && !doc.excluded[$0] && !doc.isCue(.passive, $0) && !isVerb(doc.tokens[$0])
            }
            let copula = doc.isCue(.passive, k) || (have && !lightVerb)
            // "had been pressing for a call": a progressive after its auxiliary is the verb.
            // (The "-ing" ending read once for both tests below.)
            let endsInIng = k > 0 && doc.tokens[k].keyEnds("ing")
            let progressive = endsInIng && doc.tokens[k].keyCount > 5
                && !doc.inGrammar(.ingNoun, k)
                && (doc.isCue(.passive, k - 1) || doc.isCue(.auxiliary, k - 1)
                    || doc.isA(.subordinators, k - 1))
            // (Past six words, not across "to": "agreed to keep meeting in the run-up to the
            // summit" is about the meetings, not the summit.)
            if doc.keyIs(k, "to") { crossedTo = true }
            // "after refraining from conducting such tests": a gerund after a preposition is no finite verb.
            let gerund = endsInIng && doc.isCue(.preposition, k - 1) && !doc.isA(.subordinators, k - 1)
            if !adjectival, !copula, !nounUse, !gerund, steps < 6 || (!crossedTo && lexicon.match(in: doc.tokens, at: k) != nil),
               progressive || lightVerb || isVerb(doc.tokens[k]) || (afterModal && !lexicon.verbReadings(of: doc.tokens[k].key).isEmpty) {
                // "wrapped up three days of meetings": take the whole phrasal verb.
                let length = lexicon.match(in: doc.tokens, at: k)?.length ?? 1
                let end = min(k + length, span.lowerBound)
                let written = doc.render(k..<end, cues: cues)
                return predicate(doc, verb: k..<end, written: written.isEmpty ? doc.text(of: k) : written)
            }
            k -= 1
            steps += 1
        }
        return verbAfter(doc, noun: span)
    }
}
