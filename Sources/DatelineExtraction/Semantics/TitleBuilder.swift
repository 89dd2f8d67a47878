/// Builds a short headline for an event from its sentence: subject + trigger verb in the present
/// tense + object or place, from the sentence's own words ("Wang Yi meets Jake Sullivan in Thailand").
/// Dates (the caller's excluded ranges), subordinate clauses, attributions and leading adverbials are
/// dropped; people take their normalised names. Cost: linear in the sentence.
public struct TitleBuilder: Sendable {
    public let lexicon: TriggerLexicon
    public let cues: CueLexicon
    public let titles: TitleLexicon
    public let maxLength: Int
    public let maxObjectWords: Int

    public init(lexicon: TriggerLexicon, cues: CueLexicon, titles: TitleLexicon, maxLength: Int = 70,
                maxObjectWords: Int = 7) {
        self.lexicon = lexicon
        self.cues = cues
        self.titles = titles
        self.maxLength = maxLength
        self.maxObjectWords = maxObjectWords
    }

    /// Uses the bundled lexicons' trigger paradigms, cues and titles.
    public init(lexicons: SemanticLexicons) {
        self.init(lexicon: lexicons.triggers, cues: lexicons.cues, titles: lexicons.titles)
    }

    /// A title for an event with no trigger: the first clause of its non-excluded words (≤ 10 words).
    public func title(sentence: String, trigger: TriggerMatch?, entities: SentenceEntities,
                      excluding: [Range<Int>]) -> String {
        if let trigger { return title(sentence: sentence, trigger: trigger, entities: entities, excluding: excluding) }
        let doc = TitleText(sentence: sentence, excluding: excluding, entities: entities, titles: titles, cues: cues)
        let start = doc.trimmingLeading(Array(doc.tokens.indices), cues: cues).first ?? 0
        return finish(doc.render(doc.clauseWords(from: start, limit: 10, cues: cues), cues: cues), doc: doc)
    }

    public func title(sentence: String, trigger: TriggerMatch, entities: SentenceEntities,
                      excluding: [Range<Int>]) -> String {
        let doc = TitleText(sentence: sentence, excluding: excluding, entities: entities, titles: titles, cues: cues)
        guard let span = doc.tokenSpan(of: trigger.range) else { return finish(trigger.text, doc: doc) }
        var parts: (subject: String, verb: String, object: String)?
        if trigger.isVerb {
            parts = predicate(doc, verb: span, written: trigger.text)
        } else {
            parts = nominal(doc, trigger: trigger, span: span)
        }
        if let p = parts, !(p.subject.isEmpty && p.object.isEmpty) {
            let head = [p.subject, p.verb].filter { !$0.isEmpty }.joined(separator: " ")
            return finish(head + (p.object.isEmpty ? "" : " " + p.object), doc: doc, protectedWords: head.split(separator: " ").count)
        }
        return finish(fallback(doc, span: span), doc: doc)
    }

    // MARK: - Predicates

    /// Subject + present-tense verb + object around the verb occupying token `span`.
    func predicate(_ doc: TitleText, verb span: Range<Int>, written: String) -> (String, String, String)? {
        var left = span.lowerBound - 1
        var passive = false
        while left >= 0, doc.tokens[left].isWord, !doc.tokens[left].isCapitalized,
              cues.contains(.auxiliary, key: doc.tokens[left].key) || cues.contains(.negation, key: doc.tokens[left].key)
                || doc.tokens[left].key.hasSuffix("ly") || cues.contains(.passive, key: doc.tokens[left].key) {
            if cues.contains(.passive, key: doc.tokens[left].key) { passive = true }
            if !cues.contains(.auxiliary, key: doc.tokens[left].key) && !cues.contains(.negation, key: doc.tokens[left].key)
                && !doc.tokens[left].key.hasSuffix("ly") && !cues.contains(.passive, key: doc.tokens[left].key) { break }
            left -= 1
        }
        var subject = self.subject(doc.subjectView(), endingAt: left + 1)
        // The caller may exclude everything outside the event's stretch of the sentence; a subject
        // named there still acts ("Wang …, held talks …, and met Sullivan").
        if subject.text.isEmpty, let actor = doc.mentions.last(where: {
            $0.range.upperBound <= doc.tokens[span.lowerBound].range.lowerBound && $0.kind != .place
        }) {
            subject = (actor.name, false)
        }
        // "The text, released on …": a participle right after a comma is a reduced passive.
        // Not after a name in apposition ("China's top diplomat, Wang Yi, wrapped up").
        // Only after a short opening noun phrase ("The text, released …").
        if left >= 1, left == span.lowerBound - 1, doc.tokens[left].key == ",",
           doc.mention(endingAt: left - 1) == nil, !doc.tokens[left - 1].isCapitalized {
            var chunkStart = left
            while chunkStart > 0, !doc.isBreak(chunkStart - 1, cues: cues) { chunkStart -= 1 }
            let chunk = doc.trimmingLeading(Array(chunkStart..<left), cues: cues)
            if chunkStart == 0 || doc.excluded[chunkStart - 1] || chunk.count <= 3,
               chunk.count <= 4, !chunk.contains(where: { doc.isBreakWord($0, cues: cues) }) {
                passive = true
            }
        }
        // "Beijing’s tightening grip": the possessive is the subject.
        for suffix in ["’s", "'s"] where subject.text.hasSuffix(suffix) { subject.text.removeLast(2) }
        // "it said it would …": a pronoun takes the nearest actor of its kind before it.
        let pronoun = subject.text.lowercased()
        if ["he", "she", "it", "they"].contains(pronoun),
           let actor = doc.mentions.last(where: { m in
               m.range.upperBound <= doc.tokens[span.lowerBound].range.lowerBound
                   && (["he", "she"].contains(pronoun) ? m.kind == .person : (m.kind == .government || m.kind == .organization))
           }) {
            subject = (actor.name, false)
        }
        // "…was the latest official to visit China": the clause's main actor visits.
        if left >= 0, doc.tokens[left].key == "to", left == span.lowerBound - 1,
           let actor = doc.mentions.first(where: { $0.range.upperBound <= doc.tokens[left].range.lowerBound && $0.kind != .place }) {
            subject = (actor.name, false)
        } else if left >= 0, doc.tokens[left].key == "to", let first = doc.tokens.first, first.isCapitalized,
                  doc.tokens[safe: 1].map({ !$0.isWord }) ?? false, !cues.contains(.nonName, key: first.key) {
            subject = (doc.text(of: 0), false)  // "Kerry, in Beijing…, was the latest … to visit"
        }
        let plural = subject.plural
        let isParticiple = lexicon.verbUses(of: written).contains { $0.form == .participle || $0.form == .past }
            || written.hasSuffix("ed")
        // "… and replaced by Dong": an agent phrase marks a passive whose auxiliary came earlier.
        if doc.tokens[safe: span.upperBound]?.key == "by" { passive = true }
        let verb = passive && isParticiple ? written.lowercased() : presentTense(of: written, plural: plural)
        let object = self.object(doc, from: span.upperBound)
        return (subject.text, verb, object)
    }

    /// A noun trigger: "Pelosi's visit to Taipei" → "Nancy Pelosi visits Taipei"; "announced sanctions
    /// on X" → "announces sanctions on X" through the governing verb.
    func nominal(_ doc: TitleText, trigger: TriggerMatch, span: Range<Int>) -> (String, String, String)? {
        let entry = lexicon.entries.first { $0.lemma == trigger.lemma && $0.triggerClass == trigger.triggerClass }
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
                  !cues.contains(.preposition, key: doc.tokens[before].key) {
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
                let text = doc.render(Array(first...before), cues: cues)
                agent = EntityMention(kind: .person, range: doc.tokens[first].range.lowerBound..<doc.tokens[before].range.upperBound,
                                      text: text, name: text.hasSuffix("'s") || text.hasSuffix("’s") ? String(text.dropLast(2)) : text)
            } else if let next = doc.tokens[safe: span.upperBound], ["of", "by"].contains(next.key),
                      var m = doc.mention(startingAt: span.upperBound + 1), m.mention.kind != .place {
                // "a decision by China's National People's Congress": the possessor's body acts.
                while doc.tokens[m.end - 1].isPossessive, let next = doc.mention(startingAt: m.end) { m = next }
                agent = m.mention
                objectStart = m.end
            }
            if let agent {
                var start = objectStart
                if trigger.triggerClass == "visit", doc.tokens[safe: start]?.key == "to" { start += 1 }
                let verb = entry.verbForms[safe: 0]?.first.map { _ in entry.thirdPerson } ?? entry.lemma
                // The noun phrase is often a subject: stop before its verb ("… to Taipei infuriated Beijing").
                var words = doc.clauseWords(from: start, limit: maxObjectWords, cues: cues)
                if let v = words.firstIndex(where: { isVerb(doc.tokens[$0]) }) { words.removeSubrange(v...) }
                return (agent.name, verb, doc.render(words, cues: cues))
            }
        }
        // The governing verb a few words to the left ("staged large drills", "held two rounds of talks").
        var k = span.lowerBound - 1
        var steps = 0
        while k >= 0, steps < 5, doc.tokens[k].isWord, !doc.isBreakWord(k, cues: cues) {
            let afterModal = k > 0 && (doc.tokens[k - 1].key == "to" || cues.contains(.hypothetical, key: doc.tokens[k - 1].key)
                || cues.contains(.future, key: doc.tokens[k - 1].key))
            // "a revised and broadened law": a participle after an article or "and" is an adjective.
            let adjectival = k > 0 && (["a", "an", "the", "and", "or", "its", "their", "his", "her"].contains(doc.tokens[k - 1].key)
                || doc.tokens[k - 1].isPossessive)
            if !adjectival, isVerb(doc.tokens[k]) || (afterModal && !lexicon.verbUses(of: doc.tokens[k].key).isEmpty) {
                // "wrapped up three days of meetings": take the whole phrasal verb.
                let length = lexicon.match(in: doc.tokens, at: k)?.length ?? 1
                let end = min(k + length, span.lowerBound)
                let written = doc.render(Array(k..<end), cues: cues)
                return predicate(doc, verb: k..<end, written: written.isEmpty ? doc.text(of: k) : written)
            }
            k -= 1
            steps += 1
        }
        return nil
    }

    func isVerb(_ token: WordToken) -> Bool {
        guard !token.isCapitalized else { return false }
        if lexicon.isInflectedVerb(key: token.key) || cues.thirdPersonOf[token.key] != nil { return true }
        return token.key.utf8.count > 4 && token.key.hasSuffix("ed")
    }

    /// Up to ten words around the trigger, within its clause.
    func fallback(_ doc: TitleText, span: Range<Int>) -> String {
        var start = span.lowerBound
        while start > 0, span.lowerBound - start < 4, !doc.isBreak(start - 1, cues: cues) { start -= 1 }
        var indices = Array(start..<span.upperBound)
        indices += doc.clauseWords(from: span.upperBound, limit: max(0, 10 - indices.count), cues: cues)
        var trimmed = doc.trimmingLeading(indices, cues: cues)[...]
        // Never open on a dangling word: "to trade blacklist", "than tripled".
        while let first = trimmed.first, trimmed.count > 1, doc.tokens[first].isWord,
              cues.contains(.preposition, key: doc.tokens[first].key) || cues.contains(.subjectBreak, key: doc.tokens[first].key)
                || ["what", "than"].contains(doc.tokens[first].key) {
            trimmed = trimmed.dropFirst()
        }
        return doc.render(Array(trimmed), cues: cues)
    }

    // MARK: - Finishing

    /// Capitalised, no trailing punctuation, at most `maxLength` characters (cut at a word).
    /// `protectedWords` (subject and verb, "stops over") are never trimmed as dangling words.
    func finish(_ text: String, doc: TitleText, protectedWords: Int = 1) -> String {
        // Headlines drop articles ("signs aid bill into law").
        var words = text.split(separator: " ").map(String.init).filter { !["the", "a", "an"].contains($0) }
        if words.isEmpty {
            let indices = doc.trimmingLeading(Array(doc.tokens.indices), cues: cues)
            words = doc.render(doc.clauseWords(from: indices.first ?? 0, limit: 8, cues: cues), cues: cues)
                .split(separator: " ").map(String.init).filter { !["the", "a", "an"].contains($0) }
        }
        var cut = false
        while words.joined(separator: " ").count > maxLength, words.count > 1 {
            words.removeLast()
            cut = true
        }
        // A phrase cut short loses its whole prepositional tail ("off South" → "").
        if cut, let p = words.lastIndex(where: { cues.contains(.preposition, key: $0.lowercased()) }),
           p >= 2, words.count - p <= 3 {
            words.removeSubrange(p...)
        }
        while let last = words.last, words.count > max(1, protectedWords),
              cues.contains(.preposition, key: last.lowercased()) || cues.contains(.auxiliary, key: last.lowercased())
                || ["the", "a", "an", "and", "or", "its", "their", "his", "her", "that", "which"].contains(last.lowercased()) {
            words.removeLast()
        }
        var out = words.joined(separator: " ")
        while let last = out.last, ",;:.-—–(\"“”'".contains(last) { out.removeLast() }
        if out.count > maxLength { out = String(out.prefix(maxLength)) }
        guard let first = out.first else { return out }
        return first.uppercased() + out.dropFirst()
    }
}
