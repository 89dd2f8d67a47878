/// Grammatical time of the clause that governs a temporal expression; decides which way bare dates resolve.
public enum Tense: String, Sendable, Hashable {
    case past, present, future, unknown
}

/// Finds the tense of the verb nearest a temporal expression from a small cue lexicon.
///
/// Cues: modals and plans ("will", "'ll", "is set to", "plans to", "expected to", "is due to", "going to",
/// "scheduled") → future; "was/were/had/did", irregular past forms and lower-case "-ed" words → past;
/// "is/are/says" → present. The nearest cue wins, looking at most 12 tokens left and 10 right within the
/// clause; a past participle after a modal or "to be" counts as future ("will be held").
///
/// - Complexity: O(window); each word's cue was looked up once, when the sentence was tokenized.
public enum TenseDetector {
    enum Cue: UInt8 {
        case future, past, present, futureParticiple, be, pastBe, modal, determiner, notVerb, to, conjunction, reporting
        case schedule, intent, have
    }

    /// Tense around a UTF-8 byte range of `sentence`.
    public static func tense(of sentence: String, around range: Range<Int>) -> Tense {
        tense(tokens: TemporalTokenizer.tokenize(sentence), around: range)
    }

    /// Same as `tense(of:around:)` on the sentence's tokens.
    static func tense(tokens: [TemporalToken], around range: Range<Int>) -> Tense {
        var first = tokens.count, last = tokens.count
        for (k, t) in tokens.enumerated() {
            if first == tokens.count, t.end > range.lowerBound { first = k }
            if t.start < range.upperBound { last = k + 1 }
        }
        return tense(tokens: tokens, start: min(first, last), end: last)
    }

    /// Tense around tokens `start..<end`.
    static func tense(tokens: [TemporalToken], start: Int, end: Int) -> Tense {
        var left: (distance: Int, tense: Tense)?
        var k = start - 1
        while k >= 0, start - k <= 12, !isClauseBreak(tokens, k, leftward: true) {
            if let t = cueTense(tokens, k) { left = (start - k, t); break }
            k -= 1
        }
        // A cue to the right must be clearly nearer to win: news clauses put the verb first.
        var k2 = end
        while k2 < tokens.count, k2 - end + 1 <= 10, !isClauseBreak(tokens, k2, leftward: false) {
            // A trailing attribution (", officials said") does not govern the date, nor does an auxiliary
            // that opens a coordinated clause ("… on Saturday and were planning to …").
            // A date opening the sentence is the main clause's, whose verb may be one of saying
            // ("On Monday, the ministry said …", "On Dec. 2, the department added 140 companies").
            if let cue = tokens[k2].cue, cue == .reporting, start > 1 { break }
            // "met … on Sept. 19 to seek a deal": an infinitive after the date says why, not when.
            if tokens[k2].cue == .to, k2 + 1 < tokens.count, tokens[k2 + 1].kind == .word,
               tokens[k2 + 1].word == .none { break }
            if tokens[k2].cue == .conjunction, k2 + 1 < tokens.count, tokens[k2 + 1].kind == .word,
               let next = tokens[k2 + 1].cue, next == .be || next == .pastBe || next == .modal || next == .have { break }
            if let t = cueTense(tokens, k2, afterDate: true) {
                let d = k2 - end + 1
                if let l = left, d * 2 >= l.distance { break }
                return t
            }
            k2 += 1
        }
        return left?.tense ?? .unknown
    }

    /// ";", "?", "!", and ", and/but/while/which/who" (a new clause) end the search.
    static func isClauseBreak(_ tokens: [TemporalToken], _ k: Int, leftward: Bool) -> Bool {
        let t = tokens[k]
        if isClauseBreak(t) { return true }
        guard t.kind == .punct, t.mark == UInt8(ascii: ","), k + 1 < tokens.count else { return false }
        return tokens[k + 1].cue == .conjunction
    }

    /// ", will join …", ", were …": a comma right before an auxiliary closes an inserted clause ("who were
    /// invited in July 1997, will join on March 12"), so a date inside it does not anchor the main clause.
    static func closesInsertion(_ tokens: [TemporalToken], _ k: Int) -> Bool {
        guard tokens[k].kind == .punct, tokens[k].mark == UInt8(ascii: ","), k + 1 < tokens.count,
              tokens[k + 1].kind == .word, let cue = tokens[k + 1].cue else { return false }
        return cue == .modal || cue == .be || cue == .pastBe || cue == .have
    }

    static func isClauseBreak(_ t: TemporalToken) -> Bool {
        t.kind == .punct && (t.mark == UInt8(ascii: ";") || t.mark == UInt8(ascii: "?") || t.mark == UInt8(ascii: "!"))
    }

    /// Words after "coming" that make it a verb of motion, not "the coming week".
    static let followsComingAsVerb: Set<TemporalWord> = [.to, .after, .from, .at, .on, .in, .through, .during]

    /// The tense the word at `k` signals, looking back a little for modals and auxiliaries;
    /// `afterDate` when the word follows the temporal expression.
    static func cueTense(_ tokens: [TemporalToken], _ k: Int, afterDate: Bool = false) -> Tense? {
        let t = tokens[k]
        guard t.kind == .word else { return nil }
        // Most words carry no cue, no "-ed"/"-ing" and no relative word: every path below ends in nil
        // for them, so they leave at once.
        if t.cue == nil, t.detail & 12 == 0, t.word != .next, t.word != .upcoming, t.word != .coming, t.word != .ago {
            return nil
        }
        // "due-diligence", "set-aside", "US-built", "state-owned": part of a compound, not a verb.
        if k + 1 < tokens.count, tokens[k + 1].mark == UInt8(ascii: "-"), !tokens[k + 1].gapBefore { return nil }
        if k > 0, tokens[k - 1].mark == UInt8(ascii: "-"), !t.gapBefore, !tokens[k - 1].gapBefore { return nil }
        // "coming to a head in June 2020", "coming after talks": the verb, not "the coming weeks".
        if t.word == .coming, k + 1 < tokens.count, Self.followsComingAsVerb.contains(tokens[k + 1].word) { return nil }
        if t.word == .next || t.word == .upcoming || t.word == .coming { return .future }
        if t.word == .ago { return .past }
        var cue = t.cue
        // "re" is a verb only after an apostrophe ("they're"), not in "re-election".
        if t.hash == reHash, k == 0 || tokens[k - 1].mark != UInt8(ascii: "'") { return nil }
        // "won't" is a modal, not "won".
        if k + 2 < tokens.count, tokens[k + 1].mark == UInt8(ascii: "'"), tokens[k + 2].end - tokens[k + 2].start == 1,
           cue == .past { cue = .modal }
        // "China in May launched …": the month, not the modal.
        if cue == .modal, isMonthMay(t) { return nil }
        switch cue {
        case .modal?:
            // "would have benefited": a past counterfactual, so the date lies in the past.
            if t.hash != willHash, t.hash != shallHash, k + 2 < tokens.count, tokens[k + 1].cue == .have,
               isPastForm(tokens[k + 2]) { return .past }
            return .future
        case .future?: return .future
        case .intent?:
            // "agreed to admit … in March": the infinitive is what lies ahead; "agreed on Monday" is past,
            // and so is "In March, the leaders agreed to …": a date before the verb dates the agreeing.
            if k > 0, isDeterminer(tokens[k - 1]) { return nil }
            if k + 1 < tokens.count, tokens[k + 1].cue == .to, !afterDate { return .future }
            return isPastForm(t) ? participleTense(tokens, k) ?? .past : .present
        case .have?:
            // "have to leave by Friday": an obligation ahead.
            return k + 1 < tokens.count && tokens[k + 1].cue == .to ? .future : nil
        case .futureParticiple?:
            // "the plan", "the hope": nouns; "the planned visit" still looks ahead.
            if k > 0, isDeterminer(tokens[k - 1]), t.detail & 4 == 0 { return nil }
            // "had been due to expire": a plan that lay in the past.
            if k >= 2, tokens[k - 1].hash == beenHash, tokens[k - 2].hash == hadHash { return .past }
            // "set Friday as the deadline" is past; "is set to", "expected on", "planned for" are plans.
            let isSet = t.hash == setHash
            guard t.detail & 4 != 0 || isSet else { return .future }
            if k + 1 < tokens.count, tokens[k + 1].cue == .to || tokens[k + 1].word == .for { return .future }
            if k > 0, let before = tokens[k - 1].cue, before == .be || before == .pastBe || before == .modal
                || before == .determiner { return .future }
            // "cancelled a trip scheduled in early February": a participle after its noun is no
            // verb of the clause; the clause's own verb ("cancelled") decides.
            if k > 0, tokens[k - 1].kind == .word, tokens[k - 1].cue == nil, tokens[k - 1].detail & 1 == 0,
               t.hash != setHash { return nil }
            // "has set Nov. 10 as the deadline": setting says nothing of when the date lies; "set aside" is past.
            if isSet, k + 1 < tokens.count {
                let n = tokens[k + 1]
                return n.kind == .number || n.word == .month || n.word == .weekday ? nil : .past
            }
            return .future
        case .past?, .pastBe?, .reporting?: return participleTense(tokens, k) ?? .past
        case .schedule?:
            // "the vote in January", "a visit on Monday": nouns.
            if k > 0, isDeterminer(tokens[k - 1]) { return nil }
            // "after a failed visit … in March", "a state visit": a base form after a determiner and
            // one lower-case modifier (not a plural subject: "the ministers visit") is a noun too.
            if k > 1, t.detail & 2 == 0, tokens[k - 1].kind == .word, tokens[k - 1].detail & 3 == 0,
               isDeterminer(tokens[k - 2]) { return nil }
            // "had been due to expire Friday", "plans to visit": the verb before "to" decides.
            if k > 0, tokens[k - 1].cue == .to { return nil }
            // "The summit opens Monday", "He meets Xi on Friday": a timetable, so the date lies ahead.
            return participleTense(tokens, k) == .past ? .past : .future
        case .present?, .be?:
            if k + 1 < tokens.count, tokens[k + 1].cue == .to { return .future }  // "is to resume"
            return participleTense(tokens, k) == .future ? .future : .present
        case .determiner?, .notVerb?, .to?, .conjunction?: return nil
        case nil:
            // "is departing Friday", "are meeting on Monday": a progressive with a date is a plan.
            if t.detail & 8 != 0, k > 0, tokens[k - 1].cue == .be { return .future }
            // Lower-case "-ed" words are past forms or participles; capitalised ones are names ("United").
            guard t.detail & 4 != 0, t.detail & 1 == 0 else { return nil }
            // "the planned visit", "a still unspecified date": adjectives after a determiner (and an adverb).
            if k > 0, tokens[k - 1].kind == .word, tokens[k - 1].cue == .determiner { return nil }
            if k > 1, tokens[k - 1].kind == .word, tokens[k - 1].isAdverb, isDeterminer(tokens[k - 2]) { return nil }
            return participleTense(tokens, k) ?? .past
        }
    }

    /// "as soon as" / "as early as" ends just before token `index`.
    static func isAsSoonAs(_ tokens: [TemporalToken], before index: Int) -> Bool {
        guard index >= 3 else { return false }
        let a = tokens[index - 3].hash, b = tokens[index - 2].hash, c = tokens[index - 1].hash
        return a == asHash && c == asHash && (b == soonHash || b == earlyHash)
    }

    // (Word hashes as literals, `TemporalLexicon.hash` of the word in the comment, so a test reads a constant
    // rather than a lazy global; TemporalSpeedHelperTests checks each against the function.)
    static let asHash: UInt64 = 0x089C_5507_B545_B54D /* "as" */, soonHash: UInt64 = 0x602E_D118_F0B5_A372 /* "soon" */
    static let earlyHash: UInt64 = 0x7F33_5953_6A80_D41C /* "early" */

    static func isDeterminer(_ token: TemporalToken) -> Bool { token.kind == .word && token.cue == .determiner }

    /// A past form or participle: a lower-case "-ed" word or an irregular past ("benefited", "met", "been").
    static func isPastForm(_ token: TemporalToken) -> Bool {
        guard token.kind == .word else { return false }
        if token.detail & 4 != 0, token.detail & 1 == 0 { return true }
        let cue = token.cue
        return cue == .past || cue == .pastBe || cue == .reporting
    }

    static let willHash: UInt64 = 0xA619_0AF6_555A_BF8D /* "will" */, shallHash: UInt64 = 0x6DCA_AB49_3A75_066D /* "shall" */
    static let beenHash: UInt64 = 0x75F4_589B_951A_B7C3 /* "been" */, hadHash: UInt64 = 0x3358_0819_2FEF_8292 /* "had" */

    /// "will be held" → future; "is held" → present; "has met" → past; nil when no auxiliary sits right
    /// before the verb (one adverb such as "not" or "also" may intervene).
    static func participleTense(_ tokens: [TemporalToken], _ k: Int) -> Tense? {
        func previous(_ j: Int) -> Int {
            var j = j
            while j >= 0, tokens[j].kind == .punct, tokens[j].mark == UInt8(ascii: "'") { j -= 1 }
            if j >= 0, tokens[j].kind == .word, tokens[j].isAdverb { j -= 1 }
            return j
        }
        let j = previous(k - 1)
        guard j >= 0, tokens[j].kind == .word, !isMonthMay(tokens[j]) else { return nil }
        switch tokens[j].cue {
        case .modal?, .future?, .to?: return .future
        case .pastBe?, .have?: return .past
        case .be?:
            let i = previous(j - 1)
            if i >= 0, tokens[i].kind == .word, let c = tokens[i].cue, c == .modal || c == .to { return .future }
            return .present
        default: return nil
        }
    }

    /// A capitalised "May" is the month: news never opens a clause with the modal mid-sentence.
    static func isMonthMay(_ t: TemporalToken) -> Bool {
        t.word == .month && t.isCapitalized
    }

    static let adverbs: HashKeyTable<Bool> = {
        var table = HashKeyTable<Bool>()
        for w in "not also still already never just then now long".split(separator: " ") { table[TemporalLexicon.hash(String(w))] = true }
        return table
    }()

    static let setHash: UInt64 = 0x823B_8719_5CE2_0E23 /* "set" */, reHash: UInt64 = 0x08DC_4F07_B57B_8F10 /* "re" */

    /// Merged into `TemporalLexicon.fastTable`, so the tokenizer stores each word's cue in its token.
    static let cues: HashKeyTable<Cue> = {
        var table = HashKeyTable<Cue>(capacity: 256)
        func add(_ words: String, _ cue: Cue) {
            for w in words.split(separator: " ") { table[TemporalLexicon.hash(String(w))] = cue }
        }
        add("will ll shall would wo should must might may", .modal)
        add("said says say told added noted stated reported according explained", .reporting)
        add("plans plan planned planning intends intend aims aim scheduled slated expected set due going " +
            "upcoming prepares preparing poised payable effective expects expect anticipates anticipate " +
            "hopes hope seeks seek", .futureParticiple)
        add("to", .to)
        add("and but while which who whereas although though", .conjunction)
        add("is are am be being re says say isn aren doesn don", .be)
        add("was were had did been didn wasn weren hadn", .pastBe)
        add("takes comes goes begins starts ends runs holds meets opens closes expires lasts remains stays " +
            "continues resumes visits hosts travels arrives leaves departs convenes votes", .schedule)
        add("wouldn shouldn", .modal)
        add("have ve has", .have)
        // Base forms as timetable verbs: "voters choose a president in January", "they meet Monday".
        add("take come go begin meet hold expire resume visit host travel arrive leave " +
            "depart convene vote choose elect gather", .schedule)
        add("decided decide decides agreed agree agrees vowed vow vows pledged pledge pledges promised promise " +
            "promises threatened threaten threatens proposed propose proposes voted offered", .intent)
        add("the a an this that these those his her its their our my your", .determiner)
        add("need needs indeed speed seed feed proceed exceed succeed hundred bed red shed wed embed " +
            "breed bleed greed steed creed weed", .notVerb)
        add("said met held took made came went began saw told gave left brought thought found spoke wrote " +
            "rose fell struck won lost sent spent built bought paid kept led ran became chose drew flew grew " +
            "knew threw shook stood sat broke stole sold sought taught caught fought meant felt heard " +
            "understood withdrew undertook arose swore tore wore woke rode drove ate hung slid spun dealt got " +
            "forgot froze hid bound wound lit laid fled sped swept slept crept wept bent lent dug stuck swung " +
            "sang sank rang sprang shrank overthrew overtook oversaw underwent became beat began bid " +
            "declined", .past)
        return table
    }()
}
