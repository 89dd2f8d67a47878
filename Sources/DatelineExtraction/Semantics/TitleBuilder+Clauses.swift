extension TitleBuilder {
    /// The subject of a verb whose left context ends at token `end` (exclusive): the clause segment
    /// before it, or, when that is empty or a relative clause, the segment before the previous comma
    /// ("Wang, who serves as …, held talks" → "Wang Yi").
    func subject(_ doc: TitleText, endingAt end: Int) -> (text: String, plural: Bool) {
        var segmentEnd = end
        for _ in 0..<4 {
            var start = segmentEnd
            while start > 0, !doc.isBreak(start - 1, cues: cues) || closesAppositiveName(doc, start - 1) {
                let k = start - 1
                if doc.isBreakWord(k, cues: cues) {
                    // "A and B met" keeps the pair; ", and China said" starts a new clause.
                    let afterComma = k > 0 && !doc.tokens[k - 1].isWord
                    let beforeVerb = k == segmentEnd - 1  // "approved X and called off Y"
                    if !(doc.keyIs(k, "and") && !afterComma && !beforeVerb) { break }
                }
                start -= 1
            }
            let segment = doc.trimmedStart(of: start..<segmentEnd)..<segmentEnd
            // The whole comma-delimited chunk: a relative clause ("who serves as …") is skipped entirely.
            var chunkStart = start
            while chunkStart > 0, !doc.isBreak(chunkStart - 1, cues: cues) { chunkStart -= 1 }
            // Skipped only when closed before the verb ("Wang, who …, held"); "where protests
            // convulsed the city" has its subject inside.
            let relative = chunkStart < segmentEnd && (segmentEnd < doc.tokens.count && doc.isComma(segmentEnd))
                && doc.isA(.relativePronouns, chunkStart)
            // "Li, under sanctions since 2018, was removed": a prepositional aside is no subject either.
            let aside = chunkStart > 0 && chunkStart < segmentEnd && doc.tokens[chunkStart].isWord
                && doc.isComma(chunkStart - 1) && (segmentEnd < doc.tokens.count && doc.isComma(segmentEnd))
                && (doc.isCue(.preposition, chunkStart)
                    // "associations, representing chipmakers and carmakers, told …"
                    || (doc.tokens[chunkStart].keyEnds("ing") && !doc.inGrammar(.ingNoun, chunkStart)
                        && !doc.tokens[chunkStart].isCapitalized))
            if relative || aside, chunkStart > 0 {
                segmentEnd = chunkStart - 1
                continue
            }
            if !segment.isEmpty && !relative && !(start > 0 && doc.isBreakWord(start - 1, cues: cues)
                                                  && segment.allSatisfy { doc.excluded[$0] }) {
                // "Campbell, the White House's top Asia official, said": the name before an
                // appositive noun phrase is the subject; without an article too when the phrase
                // closes right before the verb ("Brown, Chairman of the Joint Chiefs, engaged").
                let closedBeforeVerb = segmentEnd == end - 1 && doc.isComma(segmentEnd)
                if chunkStart >= 2, doc.isComma(chunkStart - 1), doc.isA(.articles, chunkStart) || closedBeforeVerb,
                   let named = doc.mention(endingAt: chunkStart - 2), named.kind == .person,
                   !doc.mentions.contains(where: { $0.kind == .person && $0.range.lowerBound >= doc.tokens[chunkStart].range.lowerBound
                       && $0.range.upperBound <= doc.tokens[segmentEnd - 1].range.upperBound }) {
                    return (named.name, false)
                }
                return describe(doc, segment)
            }
            guard start > 0 else { break }
            // "…, and met X" / "and agreed to": a coordinated verb shares the sentence's first subject.
            if segment.isEmpty, doc.keyIs(start - 1, "and") || doc.keyIs(start - 1, "but") || doc.keyIs(start - 1, "then") {
                // "that rich countries provided and mobilised": a verb pair shares its first verb's
                // subject, which may be a that-clause's, not the reporter's.
                if start >= 3, doc.tokens[start - 2].isWord, isVerb(doc.tokens[start - 2]) {
                    let shared = subject(doc, endingAt: start - 2)
                    if !shared.text.isEmpty { return shared }
                }
                return mainSubject(doc)
            }
            // A clause opened by "when/after/…": its subject is inside it; stop if nothing was there.
            if doc.isBreakWord(start - 1, cues: cues) && !segment.isEmpty { break }
            segmentEnd = start - 1
        }
        return ("", false)
    }

    /// The subject of the sentence's first clause: its words up to the first verb or auxiliary.
    /// Skips opening adverbials ("On Tuesday,") and relative clauses; cuts the first remaining
    /// comma-delimited chunk at its first verb.
    func mainSubject(_ doc: TitleText) -> (text: String, plural: Bool) {
        var start = 0
        while start < doc.tokens.count {
            var end = start
            while end < doc.tokens.count, !doc.isBreak(end, cues: cues) { end += 1 }
            let first = doc.tokens[start]
            let opener = first.isWord && (doc.isCue(.preposition, start) || doc.isCue(.subjectBreak, start)
                || doc.isCue(.leadingAdverbial, start))
            var chunk = doc.trimmedStart(of: start..<end)..<end
            if !opener, !chunk.isEmpty {
                if let verb = chunk.firstIndex(where: { k in
                    let t = doc.tokens[k]
                    return t.isWord && !t.isCapitalized && (lexicon.isInflectedVerb(t)
                        || doc.isCue(.auxiliary, k) || doc.isCue(.speech, k))
                }) {
                    chunk = chunk.lowerBound..<verb
                }
                return chunk.isEmpty ? ("", false) : describe(doc, chunk)
            }
            start = end + 1
        }
        return ("", false)
    }

    /// A subject from a clause segment: the people in it ("A and B"), else the segment if short,
    /// else its first organisation or government, else its last three words.
    private func describe(_ doc: TitleText, _ segment: Range<Int>) -> (text: String, plural: Bool) {
        guard let first = segment.first, let last = segment.last else { return ("", false) }
        // "he’s ready to …": a contracted pronoun is the subject, and the rest its predicate.
        if doc.tokens[first].isPossessive, doc.inGrammar(.pronoun, first) {
            return (doc.text(of: first), doc.keyIs(first, "they"))
        }
        // "on his first day in office he would impose": the pronoun right before the verb is the subject.
        if doc.isA(.subjectPronouns, last), segment.count > 1,
           !doc.tokens[last].isCapitalized {  // "Liu He" is a name
            return (doc.text(of: last), doc.keyIs(last, "they") || doc.keyIs(last, "we"))
        }
        let span = doc.tokens[first].range.lowerBound..<doc.tokens[last].range.upperBound
        // What the mentions inside are, by index and count (no arrays: most segments name a
        // few at most, and each array was an allocation per subject).
        var people = 0, firstPerson = 0, secondPerson = 0
        var actors = 0
        var placeOrGovernment = false
        var firstActor: Int?  // the first organisation or government
        for m in doc.mentions.indices where span.contains(doc.mentions[m].range.lowerBound) {
            let kind = doc.mentions[m].kind
            if kind == .person {
                if people == 0 { firstPerson = m } else if people == 1 { secondPerson = m }
                people += 1
            }
            if kind != .place { actors += 1 }
            if kind == .place || kind == .government { placeOrGovernment = true }
            if firstActor == nil, kind == .organization || kind == .government { firstActor = m }
        }
        // "A and B" is plural; "a revised and broadened law" is not, nor "a ceasefire between A and B".
        let between = segment.first { doc.keyIs($0, "between") } ?? Int.max
        let hasAnd = segment.contains { k in
            // ("China and the United States": a name after an article counts too.)
            k < between && doc.keyIs(k, "and") && (k + 1 < doc.tokens.count && (doc.tokens[k + 1].isCapitalized
                || (doc.isA(.articles, k + 1) && k + 2 < doc.tokens.count && doc.tokens[k + 2].isCapitalized)))
        } || (actors >= 2 && segment.contains { $0 < between && doc.keyIs($0, "and") })
        if people >= 2, hasAnd {
            return (doc.mentions[firstPerson].name + " and " + doc.mentions[secondPerson].name, true)
        }
        let rendered = doc.render(segment, cues: cues)
        // (`AsciiWord.wordCount` counts what `AsciiWord.words` splits, without the substrings.)
        let wordCount = AsciiWord.wordCount(rendered)
        if people > 0, wordCount > 4 || people > 1 { return (doc.mentions[firstPerson].name, false) }
        // (The closure holds the mentions alone: capturing `doc` would copy all its arrays.)
        let mentions = doc.mentions
        // (A local function, not a closure value: passed on, it needs no context allocated.)
        func insideNames() -> [String] {
            var names: [String] = []
            for m in mentions where span.contains(m.range.lowerBound) { names.append(m.name) }
            return names
        }
        // "The Kurds, who …": a lone capitalised word after "the" that ends in -s names a group of
        // people, not a country ("the Philippines" is a place) nor an organisation ("the United Nations").
        if wordCount == 1, first == last, first >= 1, doc.keyIs(first - 1, "the"), doc.tokens[last].isCapitalized,
           doc.tokens[last].keyEnds("s"), !doc.tokens[last].keyEnds("ss"), !doc.tokens[last].keyEnds("us"),
           !placeOrGovernment {
            return (rendered, true)
        }
        if wordCount > 0, wordCount <= 5 {
            // (The names inside tested in place, not gathered into an array first.)
            return (rendered, isPlural(text: rendered, hasAnd: hasAnd, names: insideNames, nameEnds: { word in
                mentions.contains { span.contains($0.range.lowerBound) && TitleBytes.hasSuffix($0.name, asciiBytes: word) }
            }))
        }
        if let actor = firstActor {
            return (doc.mentions[actor].name, false)
        }
        let words = AsciiWord.words(rendered)
        let names = insideNames()
        // A long noun phrase: its head, up to the first preposition ("Chinese shipments of rare earths").
        var head: [Substring] = []
        for word in words {
            // Four words, but never "$787.6 | billion".
            if cues.contains(.preposition, lowercasing: word)
                || (head.count >= 4 && !titles.grammar.contains(.magnitude, lowercasing: word)) { break }
            head.append(word)
        }
        if head.isEmpty { head = Array(words.suffix(3)) }
        return (AsciiWord.joined(head), isPlural(head, hasAnd: false, names: names))
    }

    /// `isPlural(AsciiWord.words(text), …)`, on the bytes of ASCII text (where every space is a lone
    /// one and lowercasing is byte by byte); `names` is built only when the head word is tested
    /// against them. Cost: one pass over the bytes and a probe per word.
    func isPlural(text: String, hasAnd: Bool, names: () -> [String]) -> Bool {
        isPlural(text: text, hasAnd: hasAnd, names: names, nameEnds: { word in
            names().contains { TitleBytes.hasSuffix($0, asciiBytes: word) }
        })
    }

    /// Same, with `nameEnds` answering `names().contains { TitleBytes.hasSuffix($0, asciiBytes: word) }`
    /// for the ASCII head word (so that the caller need not build the names).
    func isPlural(text: String, hasAnd: Bool, names: () -> [String],
                  nameEnds: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        if hasAnd { return true }
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            for b in bytes where b >= 0x80 { return nil }
            return isPluralASCII(bytes, nameEnds: nameEnds)
        }
        if case let known?? = answer { return known }
        return isPlural(AsciiWord.words(text), hasAnd: false, names: names())
    }

    private func isPluralASCII(_ bytes: UnsafeBufferPointer<UInt8>, nameEnds: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        // The words before the first preposition (all of them when it opens the phrase).
        var count = 0
        var opensWithPreposition = false
        var lastWord = 0..<0
        let n = bytes.count
        var i = 0
        // (Each word's bytes run in a tight loop to the next space.)
        while i < n {
            if bytes[i] == 0x20 {
                i += 1
                continue
            }
            let start = i
            i += 1
            while i < n, bytes[i] != 0x20 { i += 1 }
            if !opensWithPreposition, isPreposition(UnsafeBufferPointer(rebasing: bytes[start..<i])) {
                // (A phrase that opens with one keeps all its words.)
                if count > 0 { break }
                opensWithPreposition = true
            }
            count += 1
            lastWord = start..<i
        }
        guard count > 0 else { return false }
        let word = UnsafeBufferPointer(rebasing: bytes[lastWord])
        if Self.pluralNouns.containsProbing(asciiLowercasing: word) { return true }
        if word.contains(0x27) { return false }
        if nameEnds(word) { return false }
        if let first = word.first, first >= 0x41 && first <= 0x5A {
            return count == 1 && Self.groupEndings.contains { TitleBytes.lowercasedHasSuffix(word, $0) }
        }
        return TitleBytes.lowercasedHasSuffix(word, "s") && !TitleBytes.lowercasedHasSuffix(word, "ss")
            && !TitleBytes.lowercasedHasSuffix(word, "us") && !TitleBytes.lowercasedHasSuffix(word, "is")
    }

    /// `cues.contains(.preposition, lowercasing:)` of an ASCII word's bytes (by its key bits when
    /// it is short enough to have them).
    private func isPreposition(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        if let probe = TitleProbe.token(lowercasing: word) { return cues.contains(.preposition, token: probe) }
        var hash = WordHash.seed
        for b in word { hash = WordHash.adding(AsciiWord.lower(b), to: hash) }
        return cues.contains(.preposition, bytes: word.lazy.map(AsciiWord.lower), hash: hash)
    }

    /// The person a noun phrase ending at token `end` stands beside ("Qin, a former ambassador to
    /// Washington"): the name right before the comma that opens the phrase, or nil.
    func appositiveName(_ doc: TitleText, before end: Int) -> String? {
        var k = end
        while k > 0, !doc.isBreak(k, cues: cues) { k -= 1 }
        guard k >= 1, doc.isComma(k), let m = doc.mention(endingAt: k - 1), m.kind == .person else { return nil }
        return m.name
    }

    /// Coordinators that leave a cut phrase open.
    static let andOr = WordSet(["and", "or"])

    /// Nouns that are always plural subjects.
    static let pluralNouns = WordSet(["police", "media", "people", "authorities", "officials", "militaries", "forces"])

    /// Plural subjects take the base verb ("Ministers call off"); names ("Philippines") stay singular.
    func isPlural<S: BidirectionalCollection>(_ phrase: S, hasAnd: Bool, names: [String]) -> Bool
    where S.Element == Substring {
        if hasAnd { return true }
        // "Officials in Manila": the head noun stands before the first preposition.
        var words = Array(phrase)
        if let p = words.firstIndex(where: { cues.contains(.preposition, lowercasing: $0) }), p > 0 {
            words = Array(words[..<p])
        }
        guard let lastWord = words.last else { return false }
        let last = lastWord.lowercased()
        if Self.pluralNouns.contains(key: last) { return true }
        // (An ASCII word holds no curly apostrophe, and a straight one is its byte.)
        let apostrophe = AsciiWord.isASCII(last) ? last.utf8.contains(0x27) : (last.contains("'") || last.contains("’"))
        if names.contains(where: { AsciiWord.hasSuffix($0, lastWord) }) || apostrophe { return false }
        // "Guterres", "Philippines" are one; a capitalised "Ministers" opening a sentence is many.
        if lastWord.first?.isUppercase == true {
            return words.count == 1 && TitleBytes.hasSuffix(last, anyOf: Self.groupEndings)
        }
        return TitleBytes.hasSuffix(last, "s") && !TitleBytes.hasSuffix(last, "ss") && !TitleBytes.hasSuffix(last, "us") && !TitleBytes.hasSuffix(last, "is")
    }

    /// Endings of a capitalised plural that names many ("Ministers", "Officials"), not one.
    static let groupEndings: [StaticString] = ["ers", "ors", "als", "ats", "ists", "ians", "ents", "ants", "ives", "ions",
                                               "ies", "ks", "ces", "ges", "lls", "els", "ops", "sts", "rds", "rts", "ups", "ams"]
    /// Endings of a modifier whose noun a word limit cut off ("economic", "harmless").
    static let cutModifierEndings: [StaticString] = ["ic", "al", "ive", "ous", "ary", "ful", "less", "able", "ible"]

    /// Whether a lowercased word is the base form of a known verb ("discuss", "make").
    func isBaseVerb(_ key: String) -> Bool {
        // (What `verbUses(of:)` finds for a plain word, read from its phrase-table uses without
        // copying their entries.)
        let base: Bool
        if let token = WordTokenizer.plainWordToken(key) {
            base = lexicon.match(in: [token], at: 0)?.uses.contains { $0.partOfSpeech == .verb && $0.verbForm == .base } ?? false
        } else {
            base = lexicon.verbReadings(of: key).contains(form: .base)
        }
        if base { return true }
        return isBaseByThirdPerson(key)
    }

    /// `isBaseVerb(doc.tokens[k].key)`, the phrase table probed at the token in place when that
    /// answers the same (`TriggerLexicon.verbReadings(of:token:in:)`): no token array made.
    func isBaseVerb(_ doc: TitleText, at k: Int) -> Bool {
        let key = doc.tokens[k].key
        guard doc.tokens[k].isWord, !doc.tokens[k].isAllCaps, TriggerLexicon.isPlainLowercase(key),
              let hit = lexicon.match(in: doc.tokens, at: k), hit.length == 1 else {
            return isBaseVerb(key)
        }
        if hit.uses.contains(where: { $0.partOfSpeech == .verb && $0.verbForm == .base }) { return true }
        return isBaseByThirdPerson(key)
    }

    /// Whether `key` is the base of the third person the cues give for it ("have" → "has").
    private func isBaseByThirdPerson(_ key: String) -> Bool {
        guard let third = cues.thirdPerson(ofKey: key) else { return false }
        return Self.base(ofThirdPerson: third) == key
    }

    /// Words that leave a phrase open when a limit cuts right after them ("in less", "of some").
    static let dangling = WordSet(["less", "more", "least", "most", "about", "around", "nearly", "almost", "some",
                                   "all", "other", "its", "their", "his", "her", "several", "many", "few", "such"])

    /// The object or complement after token `start`, up to `maxObjectWords` words of the clause.
    /// `verb` (base form) decides whether a "to"-infinitive is its complement ("urge X to drop") or
    /// a purpose clause that ends the object ("visit Kyiv to discuss").
    func object(_ doc: TitleText, from start: Int, verb: String = "") -> String {
        // (The verb's list is probed only when a "to" + word asks: most objects have none.)
        // (Gathered on the stack and cut from the end by position: no array per object.)
        doc.withClauseWords(from: start, limit: maxObjectWords, cues: cues, object: true, isVerb: { self.isVerb($0) },
                            isBaseVerb: { k in !titles.grammar.contains(.infinitiveObject, key: verb) && self.isBaseVerb(doc, at: k) }) {
            trimmedObject(doc, UnsafeBufferPointer($0)[...])
        }
    }

    /// The object's words as `object(_:from:verb:)` renders them: a phrase cut by the word limit
    /// loses its dangling tail. (On a slice of the gathered indices: every cut drops an end.)
    private func trimmedObject(_ doc: TitleText, _ gathered: Slice<UnsafeBufferPointer<Int>>) -> String {
        var words = gathered
        // Cut short by the word limit: a prepositional phrase left with one word goes ("for second
        // time in less" → "for second time").
        let counted = words.reduce(0) { n, i in
            doc.tokens[i].isWord && !doc.isDroppable(i) && !doc.isA(.articles, i) ? n + 1 : n
        }
        // (Only a phrase cut by the limit is trimmed.)
        guard counted >= maxObjectWords - 1 else { return doc.render(words, cues: cues) }
        // Or a one-word phrase whose noun was still to come ("of advanced | chipmaking equipment").
        let continues = words.last.flatMap { doc.tokens[safe: $0 + 1] }.map { next in
            next.isWord && !next.isCapitalized && !cues.contains(.preposition, token: next)
                && !cues.contains(.subjectBreak, token: next) && !Self.andOr.contains(next)
        } ?? false
        // Or an adjective whose noun was cut off ("of U.S.-China economic | and financial groups").
        let adjective = words.last.map { i in
            let key = doc.tokens[i].key
            return !doc.tokens[i].isCapitalized && TitleBytes.hasSuffix(key, anyOf: Self.cutModifierEndings)
        } ?? false
        if let last = words.last,
           // A capitalised word before a lowercase noun is its modifier ("against U.S. | aircraft").
           Self.dangling.contains(doc.tokens[last]) || continues || (adjective && !doc.tokens[last].isCapitalized),
           let p = words.lastIndex(where: { doc.isCue(.preposition, $0) }), p - words.startIndex >= 2,
           words[(p + 1)...].filter({ !doc.tokens[$0].isHyphenated }).count <= 2 {
            words = words[..<p]
        }
        // "controls on three chemicals vital | to …": a trailing adjective cut from its complement.
        if words.count > 2, let last = words.last, !doc.tokens[last].isCapitalized,
           TitleBytes.hasSuffix(doc.tokens[last].key, anyOf: TitleBytes.adjectiveEndings),
           doc.tokens[safe: last + 1]?.isWord == true {
            words = words.dropLast()
        }
        return doc.render(words, cues: cues)
    }
}

extension TitleBuilder {
    /// Whether token `k` is a comma inside or closing a name set off after its role ("Kerry and his
    /// counterpart, Xie Zhenhua, met"): the role and its comma are dropped, so the pair is one subject.
    func closesAppositiveName(_ doc: TitleText, _ k: Int) -> Bool {
        guard doc.isComma(k) else { return false }
        if doc.isDroppable(k) { return true }
        guard k >= 1, let m = doc.mention(endingAt: k - 1), m.kind == .person,
              let first = doc.tokens.firstIndex(where: { $0.range.lowerBound == m.range.lowerBound }), first >= 1 else {
            return false
        }
        return doc.isComma(first - 1) && doc.isDroppable(first - 1)
    }
}
