/// The ways to a headline that `TitleBuilder.title(sentence:…)` tries, best first; each is built
/// only when those before it gave nothing that reads as a headline. (Values, not closures: a
/// closure per step would copy the builder and box the search state for every title.)
enum TitleStep {
    /// Subject + verb + object around the trigger (a verb, or a noun through its governing verb).
    case clause(TriggerMatch, span: Range<Int>)
    /// A noun with no verb of its own: "a video call between A and B".
    case partners(span: Range<Int>)
    /// Up to ten words around the trigger, within its clause.
    case nearTrigger(span: Range<Int>)
    /// The first clause of the event's stretch.
    case firstClause
    /// No trigger: the predicate of the first verb of the stretch's first clause.
    case firstVerb
    /// The trigger's clause read in the whole sentence, context included.
    case wholeSentence(TriggerMatch)
}

/// A step's candidate headlines, best first: at most two (values, not an array per step).
struct TitleCandidates {
    var first: String?
    var second: String?

    init(_ only: String? = nil) { first = only }

    /// Adds `candidate` after those there (a third is never made).
    mutating func append(_ candidate: String) {
        if first == nil { first = candidate } else { second = candidate }
    }
}

/// The verbs the clause analysis put in headlines (at most one per step, and two steps make
/// them), without an array: each as the headline verb written ("to visit"), whose last word,
/// lowercased (`TitleBuilder.headVerb`), a key is compared with only when asked (most titles
/// never ask; a string made for each step was most of what keeping them cost).
struct MadeVerbs {
    private var first: String?
    private var second: String?
    /// The key bits of each verb's head (`headKey`), when it has them: a token is then tested by
    /// comparing its key's bits, without reading its key.
    private var firstHead: TokenKey?
    private var secondHead: TokenKey?

    /// Adds the headline verb `verb` as written (`TitleParts.verb`).
    mutating func append(_ verb: String) {
        if first == nil {
            first = verb
            firstHead = Self.headKey(verb)
        } else if second == nil {
            second = verb
            secondHead = Self.headKey(verb)
        }
    }

    /// Whether `key` is the last word, lowercased, of a verb added.
    func contains(_ key: String) -> Bool {
        if let first, Self.heads(first, key) { return true }
        if let second, Self.heads(second, key) { return true }
        return false
    }

    /// `contains(token.key)`, by the key's bits where the verb's head has them.
    func contains(_ token: WordToken) -> Bool {
        if let first {
            if let head = firstHead { if token.keyBits == head { return true } } else if Self.heads(first, token.key) { return true }
        }
        if let second {
            if let head = secondHead { if token.keyBits == head { return true } } else if Self.heads(second, token.key) { return true }
        }
        return false
    }

    /// The key bits of `headVerb(of: verb)` when the verb is ASCII and its head at most 15 bytes:
    /// then a key equals the head exactly when its bits equal these (an ASCII key's bits are its
    /// bytes; any other key's differ, and no other string equals a lowercase ASCII word). Nil otherwise.
    static func headKey(_ verb: String) -> TokenKey? {
        let found = verb.utf8.withContiguousStorageIfAvailable { bytes -> TokenKey? in
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            var start = end
            while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
            for b in bytes[..<end] where b >= 0x80 { return nil }
            return TitleProbe.token(lowercasing: UnsafeBufferPointer(rebasing: bytes[start..<end]))?.keyBits
        }
        return found ?? nil
    }

    /// `TitleBuilder.headVerb(of: verb) == key`: on the bytes when both are ASCII (where equal
    /// strings are equal bytes), else by making the head verb. Cost: a compare per byte.
    static func heads(_ verb: String, _ key: String) -> Bool {
        let answer = verb.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            var start = end
            while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
            for b in bytes[..<end] where b >= 0x80 { return nil }
            return key.utf8.withContiguousStorageIfAvailable { k -> Bool? in
                for b in k where b >= 0x80 { return nil }
                guard k.count == end - start else { return false }
                for j in 0..<k.count where k[j] != AsciiWord.lower(bytes[start + j]) { return false }
                return true
            } ?? nil
        }
        if case let known?? = answer { return known }
        return TitleBuilder.headVerb(of: verb) == key
    }
}

/// What the steps leave for the end of the search.
struct TitleSearch {
    /// Verbs the clause analysis put in a headline count as verbs even when no list knows them.
    /// (At most one per step: a list is searched faster than a set is hashed.)
    var madeVerbs = MadeVerbs()
    /// A headline that kept its unresolved pronoun, for when nothing else reads as one.
    var lastResort: String?
    /// The first nonempty candidate, and the first that is no fragment, for when none reads as a headline.
    var firstNonEmpty: String?
    var firstWhole: String?
}

extension TitleBuilder {
    /// The step's first candidate that reads as a headline; the others are noted in `search`.
    /// (A method on the search state passed in: local functions sharing mutable locals had every
    /// access to them checked for exclusivity at run time.)
    func headline(_ step: TitleStep, doc: TitleText, search: inout TitleSearch) -> String? {
        let found = candidates(step, doc: doc, search: &search)
        if let c = found.first, reads(c, doc: doc, search: &search) { return c }
        if let c = found.second, reads(c, doc: doc, search: &search) { return c }
        return nil
    }

    /// Whether `candidate` reads as a headline; else it is noted in `search` for the fallbacks.
    func reads(_ candidate: String, doc: TitleText, search: inout TitleSearch) -> Bool {
        // (Tokenised once for both tests.)
        let words = TitleBytes.wordTokens(in: candidate)
        // (The made verbs read in place: a copy retained and released both their strings.)
        if isValidHeadline(words: words, isMadeVerb: { search.madeVerbs.contains($0) }) { return true }
        if search.firstNonEmpty == nil, !candidate.isEmpty { search.firstNonEmpty = candidate }
        if search.firstWhole == nil, !candidate.isEmpty, !isFragment(candidate, words: words, doc: doc) {
            search.firstWhole = candidate
        }
        return false
    }

    /// The candidate headlines of one step, best first. Cost: that of the step's clause analysis.
    func candidates(_ step: TitleStep, doc: TitleText, search: inout TitleSearch) -> TitleCandidates {
        switch step {
        case let .clause(trigger, span):
            guard let p = parts(doc, trigger: trigger, span: span) else { return TitleCandidates() }
            search.madeVerbs.append(p.verb)
            search.lastResort = pronounHeadline(p, doc: doc)
            return headlines(p, doc: doc)
        case let .partners(span):
            return TitleCandidates(partnersTitle(doc, span: span))
        case let .nearTrigger(span):
            return TitleCandidates(finish(fallback(doc, span: span), doc: doc))
        case .firstClause:
            return TitleCandidates(firstClause(doc))
        case .firstVerb:
            guard let verb = firstClauseVerb(doc), let p = predicate(doc, verb: verb, written: doc.text(of: verb.lowerBound))
            else { return TitleCandidates() }
            search.madeVerbs.append(p.verb)
            return headlines(p, doc: doc)
        case let .wholeSentence(trigger):
            let wide = doc.subjectView()
            guard let span = wide.tokenSpan(of: trigger.range), let p = parts(wide, trigger: trigger, span: span) else {
                return TitleCandidates()
            }
            search.madeVerbs.append(p.verb)
            search.lastResort = search.lastResort ?? pronounHeadline(p, doc: wide)
            return headlines(p, doc: wide)
        }
    }

    /// The last word of the headline verb, lowercased ("to visit" → "visit").
    static func headVerb(of verb: String) -> String {
        // ASCII verbs (nearly all): the last run of non-space bytes, lowercased byte by byte.
        let ascii = verb.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            var start = end
            while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
            var lowered: [UInt8] = []
            lowered.reserveCapacity(end - start)
            for b in bytes[start..<end] {
                guard b < 0x80 else { return nil }
                lowered.append(AsciiWord.lower(b))
            }
            for b in bytes[..<start] where b >= 0x80 { return nil }
            return String(decoding: lowered, as: UTF8.self)
        }
        if case let verb?? = ascii { return verb }
        return String(AsciiWord.words(verb).last ?? "").lowercased()
    }
}
