/// The clause analysis behind a verb trigger's title: subject, headline-tense verb and object.
extension TitleBuilder {
    /// Subject + present-tense verb + object around the verb occupying token `span`.
    func predicate(_ doc: TitleText, verb span: Range<Int>, written: String, depth: Int = 0) -> TitleParts? {
        let writtenKey = TitleBytes.lowercased(written)
        // "that developed countries provided …": an -ed word before a noun and its verb is an
        // attributive participle; the clause's verb is the one after the noun.
        if depth < 2, TitleBytes.hasSuffix(writtenKey, "ed"), let noun = doc.tokens[safe: span.upperBound], noun.isWord,
           !noun.isCapitalized, !cues.contains(.determiner, token: noun), !cues.contains(.preposition, token: noun),
           !isVerb(noun), let next = doc.tokens[safe: span.upperBound + 1], next.isWord, !doc.excluded[span.upperBound + 1],
           isVerb(next) {
            let verb = (span.upperBound + 1)..<(span.upperBound + 2)
            return predicate(doc, verb: verb, written: doc.text(of: verb.lowerBound), depth: depth + 1)
        }
        var left = span.lowerBound - 1
        var passive = false
        while left >= 0, doc.tokens[left].isWord, !doc.tokens[left].isCapitalized,
              doc.isCue(.auxiliary, left) || doc.isCue(.negation, left)
                || doc.tokens[left].keyEnds("ly") || doc.isCue(.passive, left) {
            if doc.isCue(.passive, left) { passive = true }
            if !doc.isCue(.auxiliary, left) && !doc.isCue(.negation, left)
                && !doc.tokens[left].keyEnds("ly") && !doc.isCue(.passive, left) { break }
            left -= 1
        }
        if left == span.lowerBound - 1, let owned = possessorAsAgent(doc, participle: span, written: written) { return owned }
        // "The two leaders are set to sign": the subject ends before the words that make it a plan.
        var subjectEnd = left
        if left >= 1, doc.keyIs(left, "to"), doc.inGrammar(.futureLead, left - 1) {
            subjectEnd = left - 1
            while subjectEnd >= 0, doc.tokens[subjectEnd].isWord, !doc.tokens[subjectEnd].isCapitalized,
                  doc.inGrammar(.futureLead, subjectEnd)
                    || doc.isCue(.auxiliary, subjectEnd) || doc.isCue(.passive, subjectEnd) {
                subjectEnd -= 1
            }
        }
        // "In a notice issued on …", "with permits required from …": a participle whose clause
        // opens with a preposition is a reduced passive (see below); found before the subject.
        var clauseStart = left
        while clauseStart > 0, !doc.isBreak(clauseStart - 1, cues: cues), !doc.isBreakWord(clauseStart - 1, cues: cues) {
            clauseStart -= 1
        }
        let reducedByPreposition = clauseStart < left && clauseStart >= 0 && doc.tokens[clauseStart].isWord
            && !doc.tokens[clauseStart].keyIs("by") && doc.isCue(.preposition, clauseStart) && TitleBytes.hasSuffix(writtenKey, "ed")
            // Not a dated adverbial ("on July 25 the legislature replaced") nor "in what it called".
            && !(clauseStart..<(left + 1)).contains(where: { doc.excluded[$0] })
            && !(clauseStart + 1 < doc.tokens.count && Self.clausePronouns.contains(doc.tokens[clauseStart + 1]))
        // The two returns before the subject is used, in their order, tried before it is found
        // (neither depends on it): an opening participial phrase's main clause ("In a notice
        // issued on …, the ministry said …"), and the clause of a purpose infinitive ("held talks
        // with X in Beijing to discuss Y": the infinitive belongs to its clause's own trigger verb).
        if reducedByPreposition, (0..<clauseStart).allSatisfy({ doc.excluded[$0] || !doc.tokens[$0].isWord }),
           let main = mainClause(doc, after: span, depth: depth) {
            return main
        }
        if depth < 2, left >= 1, left == span.lowerBound - 1, doc.keyIs(left, "to"), subjectEnd == left,
           let parts = purposeClause(doc, before: left, depth: depth) {
            return parts
        }
        // (A text that is its own subject view is read as it is: a view is a copy of every array.)
        var subject = doc.isSubjectView ? self.subject(doc, endingAt: subjectEnd + 1)
            : self.subject(doc.subjectView(), endingAt: subjectEnd + 1)
        // "regular visits by their leaders, which were suspended": the noun phrase before the comma.
        // Also without the comma: "a special envoy from China who arrived in Kyiv".
        if subjectEnd >= 2, doc.keyIs(subjectEnd, "which") || doc.keyIs(subjectEnd, "who"),
           case let end = doc.isComma(subjectEnd - 1) ? subjectEnd - 2 : subjectEnd - 1,
           let phrase = doc.isSubjectView ? nounPhrase(doc, endingAt: end) : nounPhrase(doc.subjectView(), endingAt: end) {
            // "The duties, which take effect": the antecedent's number decides the verb's.
            let isName = doc.mention(endingAt: end) != nil
            subject = (phrase, !isName && isPlural(AsciiWord.words(phrase), hasAnd: false, names: []))
            // "Qin, a former ambassador to Washington who arrived …": the phrase stands for the name.
            if let named = appositiveName(doc, before: end) { subject = (named, false) }
        }
        // The reduced passive opened by a preposition: its noun is the subject.
        if reducedByPreposition {
            passive = true
            var rest = (clauseStart + 1)..<(left + 1)
            while let f = rest.first, doc.isA(.articles, f) || !doc.tokens[f].isWord { rest = rest.dropFirst() }
            let text = doc.render(rest, cues: cues)
            if !text.isEmpty { subject = (text, false) }
        }
        // The caller may exclude everything outside the event's stretch of the sentence; a subject
        // named there still acts ("Wang …, held talks …, and met Sullivan").
        if subject.text.isEmpty, let actor = doc.mentions.last(where: {
            $0.range.upperBound <= doc.tokens[span.lowerBound].range.lowerBound && $0.kind != .place
        }) {
            subject = (actor.name, false)
        }
        // "The text, released on …": a participle right after a comma is a reduced passive.
        // Not after a name in apposition ("China's top diplomat, Wang Yi, wrapped up"), nor after an
        // apposition to one ("Amir Haddad, the foreign minister, visited Hanoi").
        // Only after a short opening noun phrase ("The text, released …").
        if left >= 1, left == span.lowerBound - 1, doc.isComma(left),
           doc.mention(endingAt: left - 1) == nil, !doc.tokens[left - 1].isCapitalized {
            var chunkStart = left
            while chunkStart > 0, !doc.isBreak(chunkStart - 1, cues: cues) { chunkStart -= 1 }
            let chunk = doc.trimmingLeading(Array(chunkStart..<left), cues: cues)
            let appositive = chunkStart >= 2 && doc.isComma(chunkStart - 1) && doc.mention(endingAt: chunkStart - 2)?.kind == .person
            if chunkStart == 0 || doc.excluded[chunkStart - 1] || chunk.count <= 3, !appositive,
               chunk.count <= 4, !chunk.contains(where: { doc.isBreakWord($0, cues: cues) }) {
                passive = true
            }
        }
        // "Beijing’s tightening grip": the possessive is the subject.
        if TitleBytes.hasSuffix(subject.text, "’s") { subject.text.removeLast(2) }
        if TitleBytes.hasSuffix(subject.text, "'s") { subject.text.removeLast(2) }
        // "said Wednesday when previewing the trip": the gerund shares the subject of the verb before.
        if doc.tokens[span.lowerBound].keyEnds("ing"), left >= 0, left == span.lowerBound - 1,
           doc.isA(.subordinators, left) {
            if let shared = precedingSubject(doc, before: left) {
                subject = shared
            } else if (0..<left).allSatisfy({ !doc.tokens[$0].isWord }),
                      case let main = mainSubject(doc.isSubjectView ? doc : doc.subjectView()),
                      !main.text.isEmpty, !isPronoun(main.text) {
                // "After visiting Manila in March, Blinken flew …": an opening gerund clause shares
                // the main clause's subject.
                subject = main
                passive = false
            }
        }
        // "He and Xie agreed": a pronoun inside a pair is resolved too.
        // (A text opening on "He and " opens on "He": one byte test for both.)
        for (pronoun, paired) in Self.pairedPronouns where TitleBytes.hasPrefix(subject.text, paired) {
            let key = pronoun.lowercased()
            if let at = doc.tokens[..<span.lowerBound].firstIndex(where: { $0.key == key }),
               let name = resolvePronoun(pronoun, in: doc, before: doc.tokens[at].range.lowerBound) {
                subject.text = name + subject.text.dropFirst(pronoun.count)
            }
        }
        // "On Thursday, Trump said he would impose …": the subject is the pronoun, not the words
        // of the reporting clause before it.
        let reporting = subjectEnd >= 0 ? speechVerb(doc, beforePronounAt: subjectEnd) : nil
        if reporting != nil, !isPronoun(subject.text) { subject = (doc.text(of: subjectEnd), doc.keyIs(subjectEnd, "they")) }
        // "Beijing said it would …", "when he met …": a pronoun takes the name it refers to, or is dropped.
        var pronounLeft = ""
        if isPronoun(subject.text) {
            // "The foreign ministry said it would …": a speaker named by a common noun in this very
            // clause is nearer than any name of the sentence before.
            if let k = reporting, k > 0, doc.mention(endingAt: k - 1) == nil,
               let speaker = reportedSpeaker(doc, speechAt: k, pronounAt: subjectEnd),
               !Self.quantifierSpeakers.contains(lowercasing: speaker.text) {
                subject = speaker
            } else if let name = resolvePronoun(subject.text, in: doc, before: doc.tokens[span.lowerBound].range.lowerBound) {
                subject = (name, TitleBytes.lowercased(subject.text, equals: "they"))
            } else if let k = reporting, let speaker = reportedSpeaker(doc, speechAt: k, pronounAt: subjectEnd) {
                // "The defence minister said he would …": the speaker, named by a common noun.
                subject = speaker
            } else {
                pronounLeft = subject.text
                subject = ("", false)
            }
        }
        // "prompting the president to order": the name right before "to" acts.
        if left >= 1, doc.keyIs(left, "to"), let named = doc.mention(endingAt: left - 1), named.kind != .place {
            subject = (named.name, false)
        } else if left >= 0, doc.keyIs(left, "to"), left == span.lowerBound - 1, subjectEnd == left,
           let actor = doc.mentions.first(where: { $0.range.upperBound <= doc.tokens[left].range.lowerBound && $0.kind != .place }) {
            subject = (actor.name, false)
        } else if left >= 0, doc.keyIs(left, "to"), let first = doc.tokens.first, first.isCapitalized,
                  doc.tokens[safe: 1].map({ !$0.isWord }) ?? false, !cues.contains(.nonName, token: first) {
            subject = (doc.text(of: 0), false)  // "Kerry, in Beijing…, was the latest … to visit"
        }
        var reduced = false
        // "Two rounds of talks held on Monday in Paris ended …": a participle whose noun phrase
        // subject is followed by a prepositional phrase and then a finite verb is a reduced passive.
        if !passive, left == span.lowerBound - 1, !subject.text.isEmpty, doc.mention(endingAt: left) == nil,
           isReducedPassive(doc, participle: span, written: writtenKey) {
            passive = true
            reduced = true
        }
        let plural = subject.plural
        // "was set by …": an irregular form after a passive auxiliary is its participle.
        let uses = span.count == 1 ? lexicon.verbReadings(of: written, token: span.lowerBound, in: doc.tokens)
            : lexicon.verbReadings(of: written)
        // (The lowercased form's uses are the written form's when it has no capital.)
        let keyUses = written == writtenKey ? uses : nil
        let verbLemma = uses.firstBase
            ?? presentTense(of: written, key: writtenKey, plural: true, uses: keyUses)
        let isParticiple = uses.contains(form: .participle, or: .past)
            || TitleBytes.hasSuffix(written, "ed") || (passive && cues.thirdPerson(ofKey: writtenKey) != nil)
        // "… and replaced by Dong": an agent phrase marks a passive whose auxiliary came earlier.
        if span.upperBound < doc.tokens.count && doc.keyIs(span.upperBound, "by") { passive = true }
        var verb = passive && isParticiple ? writtenKey : presentTense(of: written, key: writtenKey, plural: plural, uses: keyUses)
        if isFuture(doc, auxiliariesFrom: left + 1, verbAt: span.lowerBound) {
            verb = passive && isParticiple ? "to be " + writtenKey : "to " + presentTense(of: written, key: writtenKey, plural: true, uses: keyUses)
        }
        // "it was announced that X will visit", "the ministry said that a fighter had flown …": the
        // that-clause carries the news when it has a subject of its own.
        // (A one-token verb spelled as its token's key has its cue lists in the text's bits already.)
        let isSpeechCue = span.count == 1 && doc.tokens[span.lowerBound].key == writtenKey
            ? doc.isCue(.speech, span.lowerBound) : cues.contains(.speech, key: writtenKey)
        let speech = isSpeechCue || titles.grammar.contains(.reporting, key: verbLemma) || uses
            .containsEntry { Self.isSpeechClass($0.triggerClass) }
        if (subject.text.isEmpty || TitleBytes.lowercased(subject.text, equals: "it") || !pronounLeft.isEmpty) && passive || speech,
           let that = complementOpening(doc, after: span.upperBound - 1, speech: speech), depth < 2,
           let inner = complementVerb(doc, after: that),
           let parts = predicate(doc, verb: inner, written: doc.render(inner, cues: cues), depth: depth + 1),
           !parts.subject.isEmpty, !parts.object.isEmpty || parts.passive {
            return parts
        }
        if let causative = causative(doc, participle: span, left: left, depth: depth) { return causative }
        var object = self.object(doc, from: span.upperBound, verb: verbLemma)
        // "the tariff it imposed on …", "contacts that Beijing had frozen": the antecedent is the object.
        // (The cheap test first: a passive participle takes no antecedent, whatever its object.)
        if !(passive && isParticiple), object.isEmpty || TitleBytes.firstWord(of: object, isIn: .preposition, cues: cues),
           let antecedent = antecedent(doc, subjectEndingAt: left) {
            object = object.isEmpty ? antecedent : antecedent + " " + object
        }
        // "rules that take effect on June 15 allow …": in a relative clause, only a prepositional
        // complement belongs to the verb; the next words are the main clause's.
        if subjectEnd >= 0, doc.keyIs(subjectEnd, "that") || doc.keyIs(subjectEnd, "which") || doc.keyIs(subjectEnd, "who"),
           !object.isEmpty,
           case let head = AsciiWord.firstWord(object).lowercased(),
           !cues.contains(.preposition, key: head), !cues.contains(.determiner, key: head), !TitleBytes.hasPrefix(object, "as "),
           isIntransitive(verbLemma) || isBaseVerb(head) {
            object = ""
        }
        // "rules agreed in May have freed up …": the main clause's verb is no part of the participle's.
        if reduced, case let words = AsciiWord.words(object),
           let cut = words.firstIndex(where: { cues.contains(.auxiliary, key: $0.lowercased()) || cues.contains(.passive, key: $0.lowercased()) }) {
            object = AsciiWord.joined(Array(words[..<cut]))
        }
        // "replaced him with Wang Yi": an object "him" takes the one person it can mean.
        if object == "him" || TitleBytes.hasPrefix(object, "him "),
           let name = resolvePronoun("he", in: doc, before: doc.tokens[span.lowerBound].range.lowerBound) {
            object = name + object.dropFirst(3)
        }
        // "sign it into law": an object "it" takes the thing the sentence spoke of ("the bill also …").
        if TitleBytes.hasPrefix(object, "it "), let thing = pronounThing(doc, before: span.lowerBound) {
            object = thing + object.dropFirst(2)
        }
        // "“We're going to look …,” said Jake Sullivan on Thursday": the speaker follows the verb,
        // and the quote's words are neither subject nor object.
        var speakerPlural = plural
        if speech, let speaker = invertedSpeaker(doc, verb: span) {
            subject = (speaker, false)
            speakerPlural = false
            verb = presentTense(of: written, key: writtenKey, plural: false, uses: keyUses)
            object = ""
        }
        return TitleParts(subject: subject.text, verb: verb, object: object, plural: speakerPlural,
                          lemma: verbLemma, passive: passive && isParticiple,
                          participle: uses.firstPastParticiple ?? (TitleBytes.hasSuffix(written, "ed") ? writtenKey : nil),
                          pronoun: pronounLeft, speech: speech)
    }

    /// The speaker named right after a verb of saying that closes a quotation ("…,” said Jake
    /// Sullivan"): a person within eight words, no break before it, else an organisation. Nil otherwise.
    func invertedSpeaker(_ doc: TitleText, verb span: Range<Int>) -> String? {
        var k = span.lowerBound - 1
        var closesQuote = false
        while k >= 0, span.lowerBound - k <= 2, !doc.tokens[k].isWord {
            let bytes = doc.bytes[doc.tokens[k].range]
            if bytes.contains(0x22) || (bytes.count >= 3 && bytes.contains(0xE2) && bytes.last == 0x9D) { closesQuote = true }
            k -= 1
        }
        guard closesQuote else { return nil }
        // (A person first: "said White House National Security Advisor Jake Sullivan".)
        var j = span.upperBound
        var organization: String?
        while j < doc.tokens.count, j - span.upperBound < 8, !doc.isBreak(j, cues: cues) {
            if let m = doc.mention(startingAt: j) {
                if m.mention.kind == .person { return m.mention.name }
                if m.mention.kind == .organization, organization == nil { organization = m.mention.name }
            }
            j += 1
        }
        return organization
    }
}
