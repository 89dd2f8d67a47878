extension TitleBuilder {
    /// Whether a candidate title is a piece of a sentence rather than a headline: it opens on a
    /// modal, auxiliary, negation, preposition or past participle ("Would not fire …", "Without it",
    /// "Known as …"), or is one word that names no event (a lone name). Cost: one tokenisation of
    /// the short title, done only when no candidate read as a headline.
    func isFragment(_ title: String, doc: TitleText) -> Bool {
        isFragment(title, words: TitleBytes.wordTokens(in: title), doc: doc)
    }

    /// Same, with the title's word tokens (`TitleBytes.wordTokens(in:)`) at hand.
    func isFragment(_ title: String, words: [WordToken], doc: TitleText) -> Bool {
        guard let first = words.first else { return true }
        if cues.contains(.auxiliary, token: first) || cues.contains(.negation, token: first)
            || cues.contains(.passive, token: first) || cues.contains(.preposition, token: first)
            || titles.grammar.contains(.pronoun, token: first) || titles.grammar.contains(.participle, token: first) {
            return true
        }
        // A regular participle ("Called launch …"), not a word that ends so ("Speed", "Hundred",
        // a name such as "Ahmed Ali").
        if first.keyCount > 4, first.keyEnds("ed"), !first.keyEnds("eed"), !first.keyEnds("dred"),
           words.count > 1, !doc.mentions.contains(where: { title.hasPrefix($0.name) }),
           !(lexicon.match(in: words, at: 0)?.uses.contains { $0.partOfSpeech == .noun } ?? false) {
            return true
        }
        // A lone name: "Brazil", "Pavel Rusu".
        if doc.mentions.contains(where: { $0.name == title }) { return true }
        if words.count == 1 {
            return !(titles.grammar.contains(.eventNoun, token: first)
                || (lexicon.match(in: words, at: 0)?.uses.contains { $0.partOfSpeech == .noun } ?? false))
        }
        return false
    }

    /// Prepositions whose phrase completes a bare event noun ("visit to the White House").
    static let phraseTails = WordSet(["of", "to", "with", "between", "against", "on", "for"])

    /// The trigger with its noun phrase: modifiers before a noun trigger and a prepositional phrase
    /// after it ("emergency meeting of the cabinet", "failed visit to the White House"); after a
    /// verb trigger, its object. Cost: linear in the few words looked at.
    func triggerPhrase(_ doc: TitleText, span: Range<Int>) -> String {
        guard let head = doc.tokens[safe: span.lowerBound] else { return "" }
        // "would not fire the first shot": a base form after a modal, negation or "to" is a verb too.
        var before = span.lowerBound - 1
        while before >= 0, !doc.tokens[before].isWord { before -= 1 }  // past an opening quote
        let afterVerbLead = before >= 0 && {
            let t = doc.tokens[before]
            return cues.contains(.auxiliary, token: t) || cues.contains(.negation, token: t) || t.keyIs("to")
        }()
        if isVerb(head) || afterVerbLead {
            return object(doc, from: span.upperBound)
        }
        var start = span.lowerBound
        while start > 0, span.lowerBound - start < 3 {
            let k = start - 1
            let t = doc.tokens[k]
            // "a failed visit": a past form right after an article is an adjective.
            let adjective = isVerb(t) && t.keyEnds("ed") && k > 0 && doc.isA(.articles, k - 1)
            guard t.isWord, !doc.excluded[k], !t.isPossessive, !doc.isCue(.determiner, k),
                  !doc.isCue(.preposition, k), !doc.isBreakWord(k, cues: cues), !isVerb(t) || adjective,
                  !doc.isA(.determinersAndPossessives, k), doc.mention(endingAt: k) == nil else { break }
            start = k
        }
        // Never half a compound ("large-|scale drills").
        while start > 0, start < span.lowerBound, doc.tokens[start].isHyphenated, doc.tokens[start - 1].isWord,
              !doc.excluded[start - 1] {
            start -= 1
        }
        var indices = Array(start..<span.upperBound)
        let next = span.upperBound
        if next < doc.tokens.count, !doc.excluded[next], Self.phraseTails.contains(doc.tokens[next]) {
            var k = span.upperBound + 1
            var tail = [span.upperBound]
            while k < doc.tokens.count, tail.count < 6, doc.tokens[k].isWord, !doc.excluded[k],
                  !doc.isCue(.preposition, k), !doc.isBreakWord(k, cues: cues) {
                tail.append(k)
                k += 1
            }
            if tail.count > 1 { indices += tail }
        }
        // "before his call with Putin": the possessor, when the pronoun names one person or body.
        if start > 0, doc.tokens[start - 1].isWord, let owner = possessor(doc, pronounAt: start - 1) {
            return owner + "'s " + doc.render(indices, cues: cues)
        }
        return doc.render(indices, cues: cues)
    }

    /// Whether the past form at `participle` is a participle modifying the noun before it: the next
    /// word opens a prepositional phrase and a finite verb of the same clause follows ("talks held in
    /// Paris ended"). Cost: linear in the clause after the participle.
    func isReducedPassive(_ doc: TitleText, participle span: Range<Int>, written: String) -> Bool {
        guard span.count == 1 else { return false }  // "held talks" is an active phrasal verb
        let forms = lexicon.verbReadings(of: written)
        guard TitleBytes.hasSuffix(written, "ed") || titles.grammar.contains(.participle, key: written)
                || forms.contains(form: .participle) || forms.containsEntry(where: { $0.pastParticiple == written }) else { return false }
        var k = span.upperBound
        while k < doc.tokens.count, doc.excluded[k] || !doc.tokens[k].isWord {
            if doc.isBreak(k, cues: cues) && !doc.excluded[k] { return false }
            k += 1
        }
        guard k < doc.tokens.count, doc.isCue(.preposition, k), !doc.tokens[k].keyIs("by") else { return false }
        // The finite verb may lie outside the event's stretch: look in the whole sentence (a copy of
        // the exclusion flags, made only for the few participles that got this far).
        let doc = doc.subjectView()
        while k + 1 < doc.tokens.count, !doc.isBreak(k + 1, cues: cues), !doc.isBreakWord(k + 1, cues: cues) {
            k += 1
            let t = doc.tokens[k]
            guard t.isWord, !t.isCapitalized, !t.isHyphenated, !doc.excluded[k], isVerb(t) else { continue }
            let previous = doc.tokens[k - 1]
            if !previous.isWord || cues.contains(.preposition, token: previous) || cues.contains(.determiner, token: previous)
                || (k + 1 < doc.tokens.count && doc.keyIs(k + 1, "by")) { return false }
            return true
        }
        return false
    }
}

extension TitleBuilder {
    /// The name a possessive pronoun at token `k` stands for ("his" → "Donald Trump"), resolved as
    /// its subject form would be; nil for any other word or when it names no one for sure.
    func possessor(_ doc: TitleText, pronounAt k: Int) -> String? {
        let subjectForm: String
        switch doc.tokens[k].key {
        case "his": subjectForm = "he"
        case "her": subjectForm = "she"
        case "its": subjectForm = "it"
        case "their": subjectForm = "their"
        default: return nil
        }
        return resolvePronoun(subjectForm, in: doc, before: doc.tokens[k].range.lowerBound)
    }
}
