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
                maxObjectWords: Int = 8) {
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

    /// A title for an event: subject + headline verb + object from the event's stretch of `sentence`
    /// (the words outside `excluding`). Without a usable trigger, the stretch's own first clause.
    /// `previous` holds the entities of the sentence before, to which a pronoun may refer.
    public func title(sentence: String, trigger: TriggerMatch?, entities: SentenceEntities,
                      excluding: [Range<Int>], previous: SentenceEntities = SentenceEntities()) -> String {
        title(sentence: TokenizedSentence(sentence), trigger: trigger, entities: entities, excluding: excluding, previous: previous)
    }

    /// Same, on the sentence's shared tokens (what the document analyzer has already).
    /// (Never inlined: one call per event costs nothing, and profiles then see the stage whole.)
    @inline(never)
    public func title(sentence: TokenizedSentence, trigger: TriggerMatch?, entities: SentenceEntities,
                      excluding: [Range<Int>], previous: SentenceEntities = SentenceEntities()) -> String {
        Self.withoutTrailingPossessive(bestTitle(sentence: sentence, trigger: trigger, entities: entities,
                                                 excluding: excluding, previous: previous))
    }

    /// Speakers that name no one ("both said they would …"): the earlier names say more.
    static let quantifierSpeakers = WordSet(["both", "all", "each", "neither", "many", "some", "others"])

    /// The title before its last polish (`title(sentence:…)`).
    func bestTitle(sentence: TokenizedSentence, trigger: TriggerMatch?, entities: SentenceEntities,
                   excluding: [Range<Int>], previous: SentenceEntities) -> String {
        var doc = TitleText(sentence: sentence, excluding: excluding, entities: entities, titles: titles, cues: cues)
        doc.previous = previous.mentions
        // A trigger outside the event's stretch (or inside its date, "two days after the meeting")
        // names another event: use one inside the stretch, or the stretch's own words.
        // (The chosen trigger's token span is found once and kept with it: two binary searches.)
        var chosen = trigger
        // (Nil exactly when `chosen` is nil or overlaps no token.)
        var chosenSpan: Range<Int>?
        var replaced = false
        if let t = trigger {
            chosenSpan = doc.tokenSpan(of: t.range)
            if let span = chosenSpan, span.allSatisfy({ doc.excluded[$0] }) || anchorsRelativeDate(doc, span) {
                chosen = replacementTrigger(in: doc, sentence: sentence, besides: t)
                if let c = chosen { chosenSpan = doc.tokenSpan(of: c.range) } else { chosenSpan = nil }
                replaced = true
            }
        }
        // "Qatar is mediating negotiations …, a source briefed on the talks told AFP Wednesday": a
        // trigger inside a trailing attribution names the briefing; the clause before it is the news.
        if !replaced, let span = chosenSpan,
           let main = mainClauseTrigger(doc, sentence: sentence, attributed: span) {
            chosen = main
            chosenSpan = doc.tokenSpan(of: main.range)
        }
        if !replaced, let t = chosen, let span = chosenSpan,
           let main = attributedDateMainVerb(doc, sentence: sentence, noun: t, span: span) ?? sayingVerb(before: t, in: sentence) {
            chosen = main
            chosenSpan = doc.tokenSpan(of: main.range)
        }
        var search = TitleSearch()
        // Candidates best first, each built only when those before it do not read as a headline.
        // (Steps in turn, not from an array: each `??` operand runs only when those before gave nil.)
        if let t = chosen, let span = chosenSpan {
            if let h = headline(.clause(t, span: span), doc: doc, search: &search)
                ?? headline(.partners(span: span), doc: doc, search: &search)
                ?? headline(.nearTrigger(span: span), doc: doc, search: &search)
                ?? headline(.firstClause, doc: doc, search: &search) {
                return h
            }
        } else {
            // No trigger: the first verb of the stretch's first clause, if any, then its words.
            if let h = headline(.firstVerb, doc: doc, search: &search) ?? headline(.firstClause, doc: doc, search: &search) {
                return h
            }
        }
        // The stretch alone may say too little ("and $12 billion in 2021"): the sentence's event then.
        if replaced, let t = trigger, let h = headline(.wholeSentence(t), doc: doc, search: &search) { return h }
        let firstNonEmpty = search.firstNonEmpty
        let firstWhole = search.firstWhole
        // (A headline that kept its pronoun beats any fragment; a lone name does not.)
        if let last = search.lastResort, !doc.mentions.contains(where: { $0.name == last }) { return last }
        // No headline ("Would not fire …", "Without it", a lone name): the noun phrase around the
        // trigger ("Emergency meeting", "Launch") says at least what happened; else the first
        // candidate that is not a fragment.
        if let span = chosenSpan {
            let phrase = finish(triggerPhrase(doc, span: span), doc: doc)
            if !phrase.isEmpty, !isFragment(phrase, doc: doc) { return phrase }
        }
        if let whole = firstWhole { return whole }
        return search.lastResort ?? firstNonEmpty ?? finish(trigger?.text ?? "", doc: doc)
    }

    func parts(_ doc: TitleText, trigger: TriggerMatch, span: Range<Int>) -> TitleParts? {
        trigger.isVerb && !isNounAfterSingularDeterminer(doc, span: span)
            ? predicate(doc, verb: span, written: trigger.text) : nominal(doc, trigger: trigger, span: span)
    }

    /// "Another U.S. strike hit …", "a Chinese raid": a base form after a singular determiner and
    /// at most three capitalised or lowercase modifiers is a noun (no verb takes its base form after
    /// "a", "another", "each"). Cost: a few token tests.
    func isNounAfterSingularDeterminer(_ doc: TitleText, span: Range<Int>) -> Bool {
        guard span.count == 1, !doc.tokens[span.lowerBound].keyEnds("s"), !doc.tokens[span.lowerBound].keyEnds("ed") else {
            return false
        }
        var k = span.lowerBound - 1
        var modifiers = 0
        while k >= 0, modifiers < 3, doc.tokens[k].isWord, !Self.singularDeterminers.contains(doc.tokens[k]),
              !doc.isCue(.auxiliary, k), !doc.isCue(.preposition, k),
              !doc.tokens[k].keyIs("to"), doc.tokens[k].isCapitalized || !isVerb(doc.tokens[k]) {
            k -= 1
            modifiers += 1
        }
        return k >= 0 && doc.tokens[k].isWord && Self.singularDeterminers.contains(doc.tokens[k])
    }

    /// Words after which a preposition opens no reduced passive ("in what it called").
    static let clausePronouns = WordSet(["what", "which", "whom", "it", "he", "she", "they", "its", "his", "her", "their"])
    /// Subject pronouns resolved inside a pair ("He and Xie agreed").
    static let pairedPronouns: [(String, StaticString)] = [("He", "He and "), ("She", "She and ")]
    /// Trigger classes of statements, whose that-clause carries the news.
    static let speechClasses = WordSet(["statement", "announcement", "warning"])

    /// `speechClasses.contains(key: triggerClass)` by three string comparisons (no hashing).
    static func isSpeechClass(_ triggerClass: String) -> Bool {
        triggerClass == "statement" || triggerClass == "announcement" || triggerClass == "warning"
    }

    static let singularDeterminers = WordSet(["a", "an", "another", "each", "every"])
    /// Prepositions that place a noun in time relative to another event ("after talks in Riyadh").
    static let timePrepositions = WordSet(["after", "before", "following", "during", "amid", "since", "until"])

    /// Same as the optional-trigger form, for a known trigger.
    public func title(sentence: String, trigger: TriggerMatch, entities: SentenceEntities,
                      excluding: [Range<Int>], previous: SentenceEntities = SentenceEntities()) -> String {
        title(sentence: sentence, trigger: Optional(trigger), entities: entities, excluding: excluding, previous: previous)
    }

    func isVerb(_ token: WordToken) -> Bool {
        // "Greek-owned", "Chinese-made", "state-run": a word after a hyphen is part of a compound.
        guard !token.isCapitalized, !token.isHyphenated else { return false }
        if lexicon.isInflectedVerb(token) { return true }
        if cues.thirdPerson(of: token) != nil { return true }
        return token.keyCount > 4 && token.keyEnds("ed")
    }
}
