/// The pieces of a headline before they are joined: who, the verb as it will be written, and what.
struct TitleParts {
    var subject: String
    /// Headline form: "meets", "meet" (plural), "to visit" (planned), "released" (passive).
    var verb: String
    var object: String
    var plural: Bool
    /// Base form of the verb ("shoot down"), for the intransitive test.
    var lemma: String
    var passive: Bool
    /// Past participle, for the subjectless form "Controls on antimony announced".
    var participle: String?
    /// The subject pronoun that named no one in reach and was left out ("" when none).
    var pronoun: String
    /// A verb of saying or announcing, whose content may be left unsaid ("Micron says").
    var speech: Bool
}

extension TitleBuilder {
    /// Headlines from the parts, best first: "Subject verb object"; without a subject, the object
    /// with the participle ("Controls on antimony announced"). A transitive verb with no object is a
    /// fragment ("China releases") and gives nothing here.
    func headlines(_ p: TitleParts, doc: TitleText) -> TitleCandidates {
        var out = TitleCandidates()
        let complete = isComplete(p)
        if !p.subject.isEmpty, complete {
            out.append(joinedHeadline(p, doc: doc))
        }
        // Not "Li Qiang warned" for "he warned Li": a person as object would read as the subject.
        if p.subject.isEmpty, !p.object.isEmpty, let participle = p.participle,
           let first = AsciiWord.words(p.object).first, !cues.contains(.preposition, lowercasing: first),
           !TitleBytes.hasPrefix(p.verb, "to "), !doc.mentions.contains(where: { $0.kind == .person && p.object.hasPrefix($0.name) }) {
            out.append(finish(p.object + " " + participle, doc: doc))
        }
        return out
    }

    /// "Subject verb object", finished: joined and finished on the stack (`finishFast`) when it
    /// can be, else as a string (`finish`); the same title either way, since a joined string's
    /// bytes are the parts' bytes and spaces. Cost: one string for the title.
    private func joinedHeadline(_ p: TitleParts, doc: TitleText) -> String {
        let capacity = p.subject.utf8.count + p.verb.utf8.count + p.object.utf8.count + 2
        let fast = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer -> String? in
            var length = Self.copy(p.subject, into: buffer, at: 0)
            buffer[length] = 0x20
            length = Self.copy(p.verb, into: buffer, at: length + 1)
            // (The words of "subject verb" are protected: counted by `finishFast` as it splits,
            // which also returns nil for the string path at any space that is not a lone one.)
            let head = length
            if !p.object.isEmpty {
                buffer[length] = 0x20
                length = Self.copy(p.object, into: buffer, at: length + 1)
            }
            return finishFast(UnsafeBufferPointer(rebasing: buffer[0..<length]), protectedBytes: head)
        }
        if let fast { return fast }
        return joinedHeadlineText(p, doc: doc)
    }

    /// Copies the bytes of `text` into `buffer` from `start` (which has room); where they end.
    /// (A block copy; byte by byte only for a string without contiguous bytes. A function of its
    /// arguments alone: a closure over the length would check its exclusive access every time.)
    private static func copy(_ text: String, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
        let copied = text.utf8.withContiguousStorageIfAvailable { source -> Int? in
            guard let from = source.baseAddress, let to = buffer.baseAddress else { return source.isEmpty ? start : nil }
            (to + start).initialize(from: from, count: source.count)
            return start + source.count
        }
        if case let end?? = copied { return end }
        var end = start
        for b in text.utf8 {
            buffer[end] = b
            end += 1
        }
        return end
    }

    /// `joinedHeadline` through strings: every case.
    private func joinedHeadlineText(_ p: TitleParts, doc: TitleText) -> String {
        // Subject, verb and object joined in one reserved string.
        var text = p.subject
        text.reserveCapacity(p.subject.utf8.count + p.verb.utf8.count + p.object.utf8.count + 2)
        text += " "
        text += p.verb
        let protectedWords = AsciiWord.wordCount(text)
        if !p.object.isEmpty {
            text += " "
            text += p.object
        }
        return finish(text, doc: doc, protectedWords: protectedWords)
    }

    /// The headline with its unresolved pronoun kept ("He drops out of sight"): better than a
    /// fragment when nothing else reads as a headline.
    func pronounHeadline(_ p: TitleParts, doc: TitleText) -> String? {
        guard !p.pronoun.isEmpty, isComplete(p) else { return nil }
        let verb = p.pronoun.lowercased() == "they" ? presentTense(of: p.lemma, plural: true) : p.verb
        let head = p.pronoun + " " + verb
        return finish(head + (p.object.isEmpty ? "" : " " + p.object), doc: doc, protectedWords: 2)
    }

    /// Whether subject + verb + object make a whole headline: an object, a passive, a verb of saying,
    /// or an intransitive verb (a reciprocal one like "meet" only with a plural subject).
    func isComplete(_ p: TitleParts) -> Bool {
        // Phrasal lemmas ("step down", "drop out of sight") carry their complement.
        !p.object.isEmpty || p.passive || TitleBytes.hasPrefix(p.verb, "to be ") || p.speech
            || TitleBytes.containsSpace(p.lemma)
            || (isIntransitive(p.lemma) && (p.plural || !Self.reciprocal.contains(key: p.lemma)))
    }

    /// Whether a base form is in the intransitive list (one hash probe for one word).
    func isIntransitive(_ lemma: String) -> Bool {
        guard TitleBytes.containsSpace(lemma) else { return titles.grammar.contains(.intransitive, key: lemma) }
        let words = TitleBytes.wordTokens(in: lemma)
        return titles.grammar.match(.intransitive, in: words, at: 0) == words.count
    }

    /// Verbs that need a partner: a single subject alone is a fragment ("John Kerry meets").
    static let reciprocal = WordSet(["meet", "talk", "agree", "negotiate", "clash", "collide", "hold talks",
                                          "speak", "speak by phone", "speak by video", "sit down", "meet with", "discuss"])

    /// Words after a relative date whose noun is the date's anchor, not the event.
    static let relativeDateLinks = WordSet(["after", "before", "since", "following"])
    /// Counts left of a relative date ("[two] days before").
    static let smallCounts = WordSet(["two", "three", "four", "five", "several", "few"])
    /// Pronouns for a person, and for a government or organisation.
    static let personPronouns = WordSet(["he", "she", "him", "her"])
    static let actorPronouns = WordSet(["it", "they", "its", "their"])

    /// "a video call between A and B": a noun with no verb of its own names its partners.
    func partnersTitle(_ doc: TitleText, span: Range<Int>) -> String? {
        partners(doc, trigger: span).map { finish(doc.render(span, cues: cues) + " between " + $0.names, doc: doc) }
    }

    /// The first verb of the first clause of the non-excluded words ("Beijing hinted that …" → "hinted").
    func firstClauseVerb(_ doc: TitleText) -> Range<Int>? {
        var start = trimmingTimeWords(doc, doc.trimmedStart(of: doc.tokens.indices)..<doc.tokens.count).first ?? 0
        // "On the night of [June 15], India faced …": a phrase ending in the event's own date, then a
        // comma, opens the sentence; the clause after the comma is the one that tells the event.
        if let comma = (start..<min(doc.tokens.count, start + 8)).first(where: { doc.isBreak($0, cues: cues) }),
           comma > start, doc.excluded[comma - 1], doc.isComma(comma), comma + 1 < doc.tokens.count {
            start = comma + 1
        }
        var k = start
        while k < doc.tokens.count, k - start < 12, !doc.isBreak(k, cues: cues) {
            let t = doc.tokens[k]
            if t.isWord, !doc.excluded[k], k > start, !t.isCapitalized, isVerb(t), !doc.isCue(.auxiliary, k),
               !doc.isCue(.passive, k) {
                return k..<(k + 1)
            }
            k += 1
        }
        return nil
    }

    /// The first clause of the non-excluded words (≤ 10 words), after openers and leftover time words.
    func firstClause(_ doc: TitleText) -> String {
        let start = trimmingTimeWords(doc, doc.trimmedStart(of: doc.tokens.indices)..<doc.tokens.count).first ?? 0
        let clause = doc.withClauseWords(from: start, limit: 10, cues: cues) { doc.render(UnsafeBufferPointer($0), cues: cues) }
        return finish(Self.plannedAsInfinitive(clause), doc: doc)
    }

    /// Headline tense for plans in raw clause text: "talks would continue" → "talks to continue"
    /// (not before "have", "be" or a negation, where "to" would change the sense).
    static func plannedAsInfinitive(_ text: String) -> String {
        // Most clauses plan nothing: then splitting and joining would give the text back.
        if TitleProbe.isPlainText(text, avoiding: modals) { return text }
        if case let planned?? = text.utf8.withContiguousStorageIfAvailable({ plannedOnBytes($0) }) { return planned }
        var words = AsciiWord.words(text)
        for i in words.indices.dropLast() where modals.contains(lowercasing: words[i]) {
            let next = words[i + 1]
            if i > 0, next.first?.isLowercase == true, !["have", "be", "not", "never", "also"].contains(where: { $0 == next }) {
                words[i] = "to"
            }
        }
        return AsciiWord.joined(words)
    }

    /// (`plannedOnBytes` tests a word's length and first letter before probing: keep them four or
    /// five letters from "w" or "s".)
    static let modals = WordSet(["will", "would", "shall"])

    /// A headline has a content word that is no pronoun, ordinal, number or date word, does not open
    /// on a pronoun or a preposition, and has a verb or an event noun.
    /// Lowercase words inside names ("bin Salman", "de Gaulle").
    static let nameParticles = WordSet(["bin", "ibn", "al", "el", "de", "da", "del", "van", "von", "der", "la", "le"])

    func isValidHeadline(_ title: String, verbs: [String] = []) -> Bool {
        isValidHeadline(words: TitleBytes.wordTokens(in: title), verbs: verbs)
    }

    /// Same, on the title's word tokens (`TitleBytes.wordTokens(in:)`).
    func isValidHeadline(words: [WordToken], verbs: [String] = []) -> Bool {
        isValidHeadline(words: words, isMadeVerb: { verbs.contains($0.key) })
    }

    /// Same, with the made verbs as a test on a word (its key; no array of them needed).
    func isValidHeadline(words: [WordToken], isMadeVerb: (WordToken) -> Bool) -> Bool {
        guard let first = words.first else { return false }
        let grammar = titles.grammar
        // (Each word's cue lists and grammar lists read once, each one probe, for all the tests on it.)
        let firstCues = cues.lists(containing: first), firstGrammar = grammar.lists(containing: first)
        if firstGrammar & TitleGrammar.List.pronoun.bit != 0 || grammar.match(.discourseAdverbial, in: words, at: 0) != nil
            || (firstCues & CueLexicon.List.preposition.bit != 0 && words.count > 1) || firstCues & CueLexicon.List.auxiliary.bit != 0
            || firstCues & CueLexicon.List.passive.bit != 0 || firstGrammar & TitleGrammar.List.participle.bit != 0 {
            return false
        }
        // "Called launch …": a regular participle before a lowercase word is no verb of the title
        // ("Planned trip benefits …" has another); a name is not one ("Ahmed Ali", "Mohammed bin Salman").
        let openingParticiple = first.keyCount > 4 && first.keyEnds("ed") && !first.keyEnds("eed")
            && !first.keyEnds("dred") && words.count > 1 && !words[1].isCapitalized && !Self.nameParticles.contains(words[1])
            && !(lexicon.match(in: words, at: 0)?.uses.contains { $0.partOfSpeech == .noun } ?? false)
        let functionCues = CueLexicon.List.preposition.bit | CueLexicon.List.determiner.bit | CueLexicon.List.month.bit
            | CueLexicon.List.weekday.bit
        let functionGrammar = TitleGrammar.List.pronoun.bit | TitleGrammar.List.ordinal.bit
        // (The first word's lists are those read above: probed once.)
        func isContent(_ w: WordToken, cueLists: UInt32, grammarLists: UInt32) -> Bool {
            !(cueLists & functionCues != 0 || grammarLists & functionGrammar != 0
              || TitleWords.connectives.contains(w) || TitleText.isNumber(w) || TitleText.timeWords.contains(w))
        }
        var hasContent = isContent(first, cueLists: firstCues, grammarLists: firstGrammar)
        var c = 1
        while !hasContent, c < words.count {
            hasContent = isContent(words[c], cueLists: cues.lists(containing: words[c]), grammarLists: grammar.lists(containing: words[c]))
            c += 1
        }
        guard hasContent else { return false }
        // One word reads as a headline only when it names an event ("Meeting"), not as a verb ("Released").
        if words.count == 1 {
            return grammar.contains(.eventNoun, token: first)
                || (lexicon.match(in: words, at: 0)?.uses.contains { $0.partOfSpeech == .noun } ?? false)
        }
        return words.indices.contains { i in
            if openingParticiple && i == 0 { return false }
            let w = words[i]
            if lexicon.match(in: words, at: i) != nil { return true }
            if w.isCapitalized && i > 0 { return false }
            // "… to need licenses": a plan in headline form.
            if i > 0, words[i - 1].keyIs("to"), !cues.contains(.determiner, token: w), !cues.contains(.preposition, token: w) {
                return true
            }
            // (`isVerb` tests the third person itself for a lowercase, unhyphenated word: not twice.)
            let verbLike = w.isCapitalized || w.isHyphenated ? cues.thirdPerson(of: w) != nil : isVerb(w)
            return verbLike || grammar.contains(.eventNoun, token: w) || isMadeVerb(w)
        }
    }

    // MARK: - Triggers and pronouns

    /// "[two days after] the meeting, the ministry announced …": a noun right after a relative date
    /// is its anchor, not the event the date belongs to.
    func anchorsRelativeDate(_ doc: TitleText, _ span: Range<Int>) -> Bool {
        var k = span.lowerBound - 1
        while k >= 0, !doc.excluded[k], doc.tokens[k].isWord, doc.isCue(.determiner, k) { k -= 1 }
        return k >= 0 && doc.excluded[k] && Self.relativeDateLinks.contains(doc.tokens[k])
    }

    /// Drops what is left of a relative date at the start ("[two] days before …"), then what
    /// `trimmingLeading` drops; on a range or slice of token indices, so no array is made.
    func trimmingTimeWords<C: Collection>(_ doc: TitleText, _ indices: C) -> C where C.Element == Int, C.SubSequence == C {
        var rest = indices
        while let f = rest.first, rest.count > 1, doc.tokens[f].isWord {
            let t = doc.tokens[f]
            let count = TitleText.isNumber(t) || Self.smallCounts.contains(t)
            let nextIsTime = rest.dropFirst().first.map { doc.isA(.timeWords, $0) } ?? false
            guard (count && nextIsTime) || TitleText.timeWords.contains(t) || t.keyIs("before") || t.keyIs("after") else { break }
            rest = rest.dropFirst()
        }
        return rest[doc.trimmedPosition(rest)...]
    }

    /// Whether the verb at `verbAt` is planned: "will/would/shall" among its auxiliaries (not "would
    /// have"), or "set/due/expected/plans … to" right before it.
    func isFuture(_ doc: TitleText, auxiliariesFrom start: Int, verbAt verb: Int) -> Bool {
        for k in max(0, start)..<verb where doc.isA(.futureModals, k) {
            if doc.tokens[safe: k + 1]?.key != "have" { return true }
        }
        let to = start - 1
        guard to >= 1, doc.keyIs(to, "to"), doc.tokens[to - 1].isWord else { return false }
        return doc.inGrammar(.futureLead, to - 1)
    }

    /// The first verb of the clause after token `that` ("that X will be visiting China" → "visiting").
    func complementVerb(_ doc: TitleText, after that: Int) -> Range<Int>? {
        var k = that + 1
        while k < doc.tokens.count, k - that <= 14, !doc.isBreak(k, cues: cues) {
            let t = doc.tokens[k]
            // "that anyone who tried …": a clause inside the clause; its subject is no headline's.
            if t.isWord, !t.keyIs("and") && doc.isBreakWord(k, cues: cues) || doc.isA(.indefinitePronouns, k) {
                return nil
            }
            // The clause's first word opens its subject, never its verb: "that developed countries
            // provided", "that talks collapsed" (an attributive participle, a noun that is also a verb).
            let opensSubject = k == that + 1 && (doc.tokens[safe: k + 1]?.isWord ?? false)
            if t.isWord, !t.isCapitalized, !doc.excluded[k], !opensSubject, !doc.isCue(.auxiliary, k),
               !doc.isCue(.passive, k) {
                if let hit = lexicon.match(in: doc.tokens, at: k), hit.uses.contains(where: { $0.partOfSpeech == .verb }) {
                    return k..<(k + hit.length)
                }
                // After a modal or auxiliary, the next word is the verb, known or not ("would compensate").
                // Not after "might", "could": a possibility is no news to headline as fact.
                if k > 0, doc.isA(.possibilityModals, k - 1) { return nil }
                if isVerb(t) || (k > 0 && doc.isA(.verbLeads, k - 1)) {
                    return k..<(k + 1)
                }
            }
            k += 1
        }
        return nil
    }

    /// Past participle of a written verb from the trigger paradigms, or the word itself when it is one.
    func participle(of written: String) -> String? {
        if let p = lexicon.verbReadings(of: written.lowercased()).firstPastParticiple { return p }
        return written.hasSuffix("ed") ? written.lowercased() : nil
    }

    /// Base form of a written verb ("met" → "meet", "broke down" → "break down").
    func lemma(of written: String) -> String {
        if let base = lexicon.verbReadings(of: written.lowercased()).firstBase { return base }
        return presentTense(of: written, plural: true)
    }
}
