extension TitleText {
    /// The tokens without what a headline never carries: discourse adverbials that open a clause or
    /// stand between commas ("However,", ", for instance,") and short parentheticals ("(right)",
    /// "(Reuters)"). Byte ranges are kept, so rendering still reads the sentence's own text.
    /// Cost: linear in the tokens (one phrase probe per clause opening).
    static func pruned(_ tokens: [WordToken], grammar: TitleGrammar) -> [WordToken] {
        // (Allocated at the first token dropped: most sentences drop none.)
        var drop: [Bool] = []
        func mark(_ k: Int) {
            if drop.isEmpty { drop = [Bool](repeating: false, count: tokens.count) }
            drop[k] = true
        }
        var i = 0
        while i < tokens.count {
            if !tokens[i].isWord, keyIs(tokens[i], UInt8(ascii: "(")) {
                var j = i + 1
                while j < tokens.count, !keyIs(tokens[j], UInt8(ascii: ")")), j - i <= 5 { j += 1 }
                if j < tokens.count, keyIs(tokens[j], UInt8(ascii: ")")), j - i <= 5 {
                    for k in i...j { mark(k) }
                    i = j + 1
                    continue
                }
            }
            // (The previous token is read in place, and only before a word.)
            // (Only punctuation is clause punctuation: a word before is passed over without the call.)
            if tokens[i].isWord, i == 0 || (!tokens[i - 1].isWord && isClausePunctuation(tokens, i - 1)),
               let n = grammar.match(.discourseAdverbial, in: tokens, at: i) {
                let end = i + n
                let commaAfter = end < tokens.count && keyIs(tokens[end], UInt8(ascii: ","))
                let sentenceStart = i == 0 || (i == 1 && !tokens[0].isWord)
                // "Biden, for instance, has …": both commas go, or the subject would end at the first.
                if commaAfter || (sentenceStart && end < tokens.count && tokens[end].isWord && !tokens[end].isHyphenated) {
                    for k in i..<end { mark(k) }
                    if commaAfter { mark(end) }
                    if i > 0, keyIs(tokens[i - 1], UInt8(ascii: ",")), commaAfter { mark(i - 1) }
                    i = end + (commaAfter ? 1 : 0)
                    continue
                }
            }
            i += 1
        }
        guard !drop.isEmpty else { return tokens }
        return tokens.indices.filter { !drop[$0] }.map { tokens[$0] }
    }

    /// Marks the tokens to leave out before each person's name (`TitleWordBits.droppable` in
    /// `bits`, which holds the word bits and `personStart` flags already): a title or role
    /// ("Treasury Secretary"), with the periods, "then", "former", place words and article around
    /// it. Cost: nothing without a person; else one title-phrase probe per title word before the
    /// last name, and no arrays (the title marks are gathered on the stack).
    static func markDroppable(_ tokens: [WordToken], entities: SentenceEntities, titles: TitleLexicon,
                              words known: [WordToken]?, bits: inout [UInt64]) {
        // (No name, nothing to drop.)
        var lastStart = -1
        for m in entities.mentions where m.kind == .person { lastStart = max(lastStart, m.range.lowerBound) }
        guard lastStart >= 0 else { return }
        // No word before the last name starts a title (most sentences): the walk below would
        // match none, so nothing is dropped; answered without its word list.
        var startsTitle = false
        for i in tokens.indices where tokens[i].isWord {
            if tokens[i].range.lowerBound >= lastStart { break }
            if bits[i] & TitleWordBits.titleStart != 0 {
                startsTitle = true
                break
            }
        }
        if !startsTitle { return }
        // Token indices covered by a title phrase (matched over words, so "Sen." and "Sen" agree).
        // Only tokens before a name are read, so matching stops at the last name.
        // (The sentence's own word list when the caller has it: copying tokens retains their keys.)
        let words = known ?? tokens.filter(\.isWord)
        /// The token index of the word after the one at token `i` (`tokens.count` past the last).
        func nextWord(after i: Int) -> Int {
            var k = i + 1
            while k < tokens.count, !tokens[k].isWord { k += 1 }
            return k
        }
        let n = tokens.count
        withUnsafeTemporaryAllocation(of: Bool.self, capacity: max(1, n)) { inTitle in
            var anyTitle = false
            var w = 0
            // (`i` is the token index of word `w`, followed along instead of kept in an index array.)
            var i = nextWord(after: -1)
            while w < words.count, words[w].range.lowerBound < lastStart {
                // (A word that starts no title is passed on its bit, without a phrase probe.)
                if bits[i] & TitleWordBits.titleStart == 0 {
                    w += 1
                    i = nextWord(after: i)
                    continue
                }
                if let hit = titles.match(in: words, at: w) {
                    if !anyTitle {
                        UnsafeMutableBufferPointer(rebasing: inTitle[0..<n]).initialize(repeating: false)
                        anyTitle = true
                    }
                    for _ in 0..<hit.length {
                        inTitle[i] = true
                        i = nextWord(after: i)
                    }
                    w += hit.length
                } else {
                    w += 1
                    i = nextWord(after: i)
                }
            }
            // Without a title nothing is dropped: the walk below would undo every mark it made.
            guard anyTitle else { return }
            let drop = TitleWordBits.droppable
            bits.withUnsafeMutableBufferPointer { b in
                for i in 0..<n where b[i] & TitleWordBits.personStart != 0 {
                    // "his Chinese counterpart, Liu He", "Xi's top economic adviser, Liu He": a role
                    // noun phrase set off by a comma before the name goes whole, comma included.
                    if let start = appositiveRoleStart(tokens, name: i, inTitle: inTitle) {
                        for j in start..<i { b[j] |= drop }
                        // And the comma that closes the name ("…, Liu He, on Thursday").
                        if let m = entities.mentions.first(where: { $0.kind == .person && $0.range.lowerBound == tokens[i].range.lowerBound }) {
                            var k = i
                            while k < n, tokens[k].range.lowerBound < m.range.upperBound { k += 1 }
                            if k < n, !tokens[k].isWord, keyIs(tokens[k], UInt8(ascii: ",")) { b[k] |= drop }
                        }
                        continue
                    }
                    var k = i - 1
                    var sawTitle = false
                    while k >= 0 {
                        let start = tokens[k].range.lowerBound
                        func isPlaceWord() -> Bool { entities.mentions.contains { $0.kind != .person && $0.range.contains(start) } }
                        if inTitle[k] { sawTitle = true } else if !(tokens[k].keyIs(".") || tokens[k].keyIs("then")
                            || tokens[k].keyIs("former") || (sawTitle && isPlaceWord())) { break }
                        b[k] |= drop
                        k -= 1
                    }
                    if !sawTitle {
                        for j in (k + 1)..<i { b[j] &= ~drop }
                    } else if k >= 0, TitleWords.articles.contains(tokens[k]) {
                        b[k] |= drop  // "met the U.S. House Speaker Kevin McCarthy" → "meets Kevin McCarthy"
                    }
                }
            }
        }
    }

    /// Where the role noun phrase of "…, <role>, <name>" starts when token `name` opens a name
    /// right after a comma and a title word: back over at most three modifiers ("Chinese") and a
    /// possessive name ("Xi Jinping's"), taking an article or possessive pronoun before them, to a
    /// preposition, conjunction, verb of meeting or punctuation. Nil when anything else comes first
    /// ("four rounds of talks with the president's new adviser, Liu He" keeps its words).
    static func appositiveRoleStart(_ tokens: [WordToken], name i: Int, inTitle: UnsafeMutableBufferPointer<Bool>) -> Int? {
        guard i >= 2, !tokens[i - 1].isWord, keyIs(tokens[i - 1], UInt8(ascii: ",")), inTitle[i - 2] else { return nil }
        var k = i - 2
        while k >= 0, inTitle[k] { k -= 1 }
        var modifiers = 0
        while k >= 0, modifiers < 3, tokens[k].isWord, !tokens[k].isPossessive,
              !TitleWords.determinersAndPossessives.contains(tokens[k]), !appositiveLeads.contains(tokens[k]) {
            k -= 1
            modifiers += 1
        }
        // "Xi Jinping's top adviser": the possessor goes with the role.
        if k >= 0, tokens[k].isWord, tokens[k].isPossessive, tokens[k].isCapitalized {
            k -= 1
            while k >= 0, tokens[k].isWord, tokens[k].isCapitalized, !tokens[k].isPossessive { k -= 1 }
        }
        if k >= 0, tokens[k].isWord, TitleWords.determinersAndPossessives.contains(tokens[k]) { return k }
        if k < 0 || !tokens[k].isWord || appositiveLeads.contains(tokens[k]) { return k + 1 }
        return nil
    }

    /// Words after which a role noun phrase set off before a name may start ("talks with his counterpart, X").
    static let appositiveLeads = WordSet(["with", "to", "and", "by", "for", "from", "of", "on", "in", "at", "as",
                                          "between", "including", "among", "met", "meets", "meet", "called", "told"])

    private static func isClausePunctuation(_ tokens: [WordToken], _ k: Int) -> Bool {
        guard !tokens[k].isWord else { return false }
        // (An inline key's bytes read off its bits: building the key string cost more than the test.)
        let bits = tokens[k].keyBits
        if bits.isInline {
            let n = bits.count
            if n == 2 { return bits.inlineByte(0) == 0xCD && bits.inlineByte(1) == 0xBE }
            guard n == 1 else { return false }
            let b = bits.inlineByte(0)
            return b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: ":") || b == UInt8(ascii: "-")
                || b == UInt8(ascii: "\"")
        }
        let key = tokens[k].key.utf8
        // (";" is also canonically equal to U+037E, two bytes.)
        if key.count == 2 { return key.first == 0xCD && key.last == 0xBE }
        guard key.count == 1, let b = key.first else { return false }
        return b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: ":") || b == UInt8(ascii: "-")
            || b == UInt8(ascii: "\"")
    }

    /// Whether `token.key == String(UnicodeScalar(byte))` for an ASCII punctuation `byte` other
    /// than ";" (no other scalar sequence is canonically equal to it): a one-byte compare.
    @inline(__always)
    private static func keyIs(_ token: WordToken, _ byte: UInt8) -> Bool {
        let bits = token.keyBits
        if bits.isInline { return bits.count == 1 && bits.inlineByte(0) == byte }
        let key = token.key.utf8
        return key.count == 1 && key.first == byte
    }
}
