/// Whether the text presents an event as real, or as denied, hypothetical, intended or cancelled.
public enum TriggerModality: String, Hashable, Sendable {
    case asserted, scheduled, negated, hypothetical, intended, cancelled

    /// Not (yet) real: such events are optional in the gold (CONVENTIONS §3.2).
    public var isUncertain: Bool {
        switch self {
        case .asserted, .scheduled: return false
        case .negated, .hypothetical, .intended, .cancelled: return true
        }
    }
}

/// One event trigger found in a sentence.
public struct TriggerMatch: Hashable, Sendable {
    /// UTF-8 byte range of the trigger in the sentence.
    public var range: Range<Int>
    /// The trigger as written ("shot down", "visit").
    public var text: String
    public var triggerClass: String
    public var lemma: String
    public var partOfSpeech: TriggerLexicon.PartOfSpeech
    /// For verb uses: which form was written.
    public var verbForm: TriggerLexicon.VerbForm?
    public var weight: Int
    public var modality: TriggerModality

    public var isVerb: Bool { partOfSpeech == .verb }
}

/// Finds event triggers in a sentence by longest dictionary match over word tokens.
/// Cost: linear in the number of tokens (one hash probe per token, a short look-back for cues).
public struct TriggerDetector: Sendable {
    public let lexicon: TriggerLexicon
    public let cues: CueLexicon

    public init(lexicon: TriggerLexicon, cues: CueLexicon) {
        self.lexicon = lexicon
        self.cues = cues
    }

    public func detect(in sentence: String) -> [TriggerMatch] {
        detect(in: TokenizedSentence(sentence))
    }

    /// Same as `detect(in:)` on an already tokenised sentence.
    public func detect(in sentence: TokenizedSentence) -> [TriggerMatch] {
        let tokens = sentence.tokens
        var out: [TriggerMatch] = []
        var i = 0
        while i < tokens.count {
            // (Most tokens start no trigger: one filter bit says so before the lexicon call.)
            guard lexicon.table.mayStart(with: tokens[i]), let hit = lexicon.match(in: tokens, at: i),
                  let first = hit.uses.first else {
                i += 1
                continue
            }
            // "so-called": a hyphenated word is a modifier, not an event.
            if tokens[i].isHyphenated { i += hit.length; continue }
            var use = choose(hit.uses, tokens: tokens, at: i, fallback: first)
            // "the highest-level meeting with": a gerund after a determiner or modifier is a noun.
            if use.verbForm == .gerund, i > 0, tokens[i - 1].isWord, !tokens[i - 1].isCapitalized,
               cues.lists(containing: tokens[i - 1]) & (CueLexicon.List.auxiliary.bit | CueLexicon.List.passive.bit) == 0,
               cues.contains(.determiner, token: tokens[i - 1]) || tokens[i - 1].isHyphenated || tokens[i - 1].isPossessive {
                use = TriggerLexicon.Use(entry: use.entry, partOfSpeech: .noun, verbForm: nil)
            }
            // "a negotiated solution", "the announced measures": a past form after a determiner is an
            // adjective describing something else, not an event of its own.
            if use.partOfSpeech == .verb, use.verbForm == .past || use.verbForm == .participle, i > 0,
               tokens[i - 1].isWord, cues.contains(.determiner, token: tokens[i - 1]) {
                i += hit.length
                continue
            }
            // (Fields read in place: copying the entry retained its four strings and lists.)
            let triggerClass = lexicon.entries[use.entry].triggerClass
            // "meeting the $100 billion target", "met the deadline": fulfilling, not a meeting.
            if triggerClass == "meeting", meetsAGoal(tokens, after: i + hit.length) {
                i += hit.length
                continue
            }
            let end = tokens[i + hit.length - 1].range.upperBound
            let range = tokens[i].range.lowerBound..<end
            // (Room for a few at the first: regrowing from one copies these large values.)
            if out.isEmpty { out.reserveCapacity(4) }
            out.append(TriggerMatch(range: range, text: sentence.text(range),
                                    triggerClass: triggerClass, lemma: lexicon.entries[use.entry].lemma,
                                    partOfSpeech: use.partOfSpeech, verbForm: use.verbForm,
                                    weight: lexicon.entries[use.entry].weight,
                                    modality: modality(tokens: tokens, start: i, end: i + hit.length)))
            i += hit.length
        }
        return out
    }

    /// A goal object ("target", "deadline") among the next four words, before any punctuation other
    /// than a currency or percent sign.
    private func meetsAGoal(_ tokens: [WordToken], after k: Int) -> Bool {
        var j = k, words = 0
        while j < tokens.count, words < 4 {
            if tokens[j].isWord {
                if cues.contains(.goalObject, token: tokens[j]) { return true }
                words += 1
            } else if !(tokens[j].keyIs("$") || tokens[j].keyIs("€") || tokens[j].keyIs("£") || tokens[j].keyIs("%")) {
                return false
            }
            j += 1
        }
        return false
    }

    /// Words that may stand between a trigger and a later cancellation ("talks that were cancelled"),
    /// probed by the token's hash instead of building and searching an array per trigger.
    private static let passiveContinuations = WordSet(["that", "which", "had", "been", "later", "then"])

    /// Subject pronouns that, like a capitalised name, make a following "visits" a verb.
    private static let subjectPronouns = WordSet(["he", "she", "it", "they"])

    /// Picks the verb or noun reading of an ambiguous form ("visit", "sanctions") from its neighbours.
    private func choose(_ uses: [TriggerLexicon.Use], tokens: [WordToken], at i: Int,
                        fallback: TriggerLexicon.Use) -> TriggerLexicon.Use {
        // (The first verb reading of a kind, found in place: filtering out verb and noun lists
        // allocated two arrays per trigger.)
        func firstVerb(_ forms: (TriggerLexicon.VerbForm?) -> Bool) -> TriggerLexicon.Use? {
            uses.first { $0.partOfSpeech == .verb && forms($0.verbForm) }
        }
        guard let verb = firstVerb({ _ in true }), let noun = uses.first(where: { $0.partOfSpeech == .noun }) else {
            return fallback
        }
        // (The previous token read in place, by index, rather than copied out.)
        let p = i - 1
        let previousIsWord = i > 0 && tokens[p].isWord
        if previousIsWord {
            let lists = cues.lists(containing: tokens[p])
            if tokens[p].isPossessive || lists & CueLexicon.List.determiner.bit != 0 { return noun }
            if tokens[p].keyIs("to") || lists & (CueLexicon.List.auxiliary.bit | CueLexicon.List.negation.bit) != 0 {
                return firstVerb { $0 == .base || $0 == .participle || $0 == .gerund } ?? verb
            }
            if lists & CueLexicon.List.preposition.bit != 0 { return noun }
        }
        if i + 1 < tokens.count, tokens[i + 1].keyIs("of") { return noun }
        if let past = firstVerb({ $0 == .past || $0 == .participle }) { return past }
        // "Xi visits Moscow": a capitalised subject right before a 3rd-person form.
        if previousIsWord, tokens[p].isCapitalized || Self.subjectPronouns.contains(tokens[p]),
           let third = firstVerb({ $0 == .thirdPerson || $0 == .base }) {
            return third
        }
        return noun
    }

    /// Looks back over the clause (up to 6 words) and a few words ahead for modality cues.
    private func modality(tokens: [WordToken], start: Int, end: Int) -> TriggerModality {
        var found: TriggerModality = .asserted
        var sawSpeech = false
        var j = start - 1
        var words = 0
        while j >= 0, words < 6 {
            // (Fields read in place: copying the token out would retain its key.)
            if !tokens[j].isWord {
                // (Byte compares: no ASCII mark but ";" has a canonical equivalent, and no
                // punctuation token holds that one, U+037E, which starts a word.)
                let mark = tokens[j]
                if mark.keyIs(";") || mark.keyIs(":") || mark.keyIs("(") || mark.keyIs("\"") { break }
                if mark.keyIs(",") && words > 0 { break }
                j -= 1
                continue
            }
            words += 1
            // Most words start no cue of any list: one probe settles speech and the five lists.
            let starting = cues.lists(startingWith: tokens[j])
            if starting & CueLexicon.List.speech.bit != 0, cues.match(.speech, in: tokens, startingAt: j) != nil {
                sawSpeech = true
            }
            found = stronger(found, cue(at: j, tokens: tokens, beforeTrigger: start, starting: starting))
            j -= 1
        }
        if found == .hypothetical && sawSpeech { found = .scheduled }  // "said it would require": reported plan
        // "the visit was postponed", "talks that were cancelled"
        var k = end
        var ahead = 0
        while k < tokens.count, ahead < 4, tokens[k].isWord {
            if cues.starts(.cancellation, in: tokens, at: k) { return stronger(found, .cancelled) }
            if cues.lists(containing: tokens[k]) & (CueLexicon.List.passive.bit | CueLexicon.List.auxiliary.bit) == 0,
               !Self.passiveContinuations.contains(tokens[k]) { break }
            k += 1
            ahead += 1
        }
        return found
    }

    /// The modality cue starting at word `j`; `starting` is `cues.lists(startingWith: tokens[j])`.
    private func cue(at j: Int, tokens: [WordToken], beforeTrigger start: Int, starting: UInt32) -> TriggerModality {
        func fits(_ list: CueLexicon.List) -> Bool {
            guard starting & list.bit != 0, let n = cues.match(list, in: tokens, startingAt: j) else { return false }
            return j + n <= start
        }
        if fits(.cancellation) { return .cancelled }
        if fits(.negation) || tokens[j].keyBytesEnd(with: "n't") { return .negated }
        if fits(.intention) { return .intended }
        if fits(.hypothetical) { return .hypothetical }
        if fits(.future) { return .scheduled }
        return .asserted
    }

    private func stronger(_ a: TriggerModality, _ b: TriggerModality) -> TriggerModality {
        func rank(_ m: TriggerModality) -> Int {
            switch m {
            case .asserted: return 0
            case .scheduled: return 1
            case .hypothetical: return 2
            case .intended: return 3
            case .negated: return 4
            case .cancelled: return 5
            }
        }
        return rank(b) > rank(a) ? b : a
    }
}
