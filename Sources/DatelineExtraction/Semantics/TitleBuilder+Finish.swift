extension TitleBuilder {
    /// Capitalised, no trailing punctuation, at most `maxLength` characters (cut at a word).
    /// `protectedWords` (subject and verb, "stops over") are never trimmed as dangling words.
    /// Cost: linear in the text; words stay substrings of it, and ASCII text is measured in bytes.
    func finish(_ text: String, doc: TitleText, protectedWords: Int = 1) -> String {
        let fast = text.utf8.withContiguousStorageIfAvailable { finishFast($0, protectedWords: protectedWords) }
        if case let title?? = fast { return title }
        return finishByWords(text, doc: doc, protectedWords: protectedWords)
    }

    /// A headline never ends on an owner whose thing was cut ("Manila to take over bloc's"): that
    /// word goes, when at least two words stay.
    static func withoutTrailingPossessive(_ title: String) -> String {
        // (Byte tests: `String.hasSuffix` walked `Character`s from the end for every title.)
        guard TitleBytes.hasSuffix(title, "'s") || TitleBytes.hasSuffix(title, "’s"), let space = title.lastIndex(of: " ") else { return title }
        let kept = title[..<space]
        guard kept.contains(" ") else { return title }
        return String(kept)
    }

    /// `finish` word by word on `Substring`s: every case, including those `finishFast` leaves.
    func finishByWords(_ text: String, doc: TitleText, protectedWords: Int) -> String {
        // Headlines drop articles ("signs aid bill into law"), but not in "less than a year".
        var words: [Substring] = []
        for word in AsciiWord.words(text) where !Self.isArticle(word) || words.last.map({ AsciiWord.spells($0, "than") }) == true {
            words.append(word)
        }
        // "Her party suffers losses" → "Party suffers losses": a headline opens on no possessive pronoun.
        if words.count > 2, let first = words.first, Self.possessivePronouns.contains(lowercasing: first) {
            words.removeFirst()
        }
        // "such as X's visit to Taipei": a list's introducer is not part of the item it introduces.
        for opener in Self.listOpeners where words.count > opener.count + 1
            && zip(words, opener).allSatisfy({ $0.0.lowercased() == $0.1 }) {
            words.removeFirst(opener.count)
            break
        }
        if words.isEmpty {
            let indices = doc.trimmingLeading(Array(doc.tokens.indices), cues: cues)
            let clause = doc.render(doc.clauseWords(from: indices.first ?? 0, limit: 8, cues: cues), cues: cues)
            words = clause.split(separator: " ").filter { !Self.isArticle($0) }
        }
        let cut = cutToLength(&words)
        // A phrase cut short loses its whole prepositional tail ("off South" → "").
        if cut, let p = words.lastIndex(where: { cues.contains(.preposition, lowercasing: $0) }),
           p >= 2, words.count - p <= 3 {
            words.removeSubrange(p...)
        }
        // …nor ends on an adjective whose noun was cut ("of U.S.-China economic").
        while cut, let last = words.last, words.count > max(2, protectedWords + 1),
              last.first?.isLowercase == true && ["ic", "al", "ive", "ous", "ary", "ful", "able", "ible"].contains(where: { last.hasSuffix($0) })
                || last == "and" || last == "or" || last.hasSuffix("’s") || last.hasSuffix("'s") {
            words.removeLast()
            // A possessive name goes whole ("Hong Kong’s").
            if last.hasSuffix("’s") || last.hasSuffix("'s") {
                while let name = words.last, words.count > max(2, protectedWords + 1), name.first?.isUppercase == true { words.removeLast() }
            }
        }
        while let last = words.last, words.count > max(1, protectedWords), isDanglingEnd(last) {
            words.removeLast()
        }
        var out = AsciiWord.joined(words)
        // (A letter or digit byte at the end ends a `Character` that is none of these marks.)
        while let byte = out.utf8.last, !AsciiWord.isAlphanumeric(byte), let last = out.last, ",;:.-—–(\"“”'".contains(last) {
            // "U.S.": an abbreviation keeps its last period.
            if byte == 0x2E, case let tail = Array(out.utf8.suffix(3)), tail.count == 3, tail[0] == 0x2E,
               AsciiWord.isAlphanumeric(tail[1]) { break }
            out.removeLast()
        }
        if (AsciiWord.characterCount(out) ?? out.count) > maxLength { out = String(out.prefix(maxLength)) }
        return AsciiWord.capitalizingFirst(out)
    }

    /// Words that open a list item or an example rather than a headline.
    static let listOpeners: [[String]] = [["such", "as"], ["including"], ["notably"], ["for", "example"], ["for", "instance"],
                                          ["among", "them"]]

    /// Drops words from the end until the words joined by spaces fit `maxLength` characters (one
    /// word always stays); whether any went. ASCII words are counted in bytes, others as `Character`s.
    private func cutToLength(_ words: inout [Substring]) -> Bool {
        var cut = false
        var lengths: [Int] = []
        lengths.reserveCapacity(words.count)
        for word in words {
            if let n = AsciiWord.characterCount(word) {
                lengths.append(n)
                continue
            }
            // Words that start and end on ASCII join through lone spaces: their counts add up.
            guard let first = word.utf8.first, let last = word.utf8.last, first < 0x80, last < 0x80 else { lengths = []; break }
            lengths.append(word.count)
        }
        guard lengths.count == words.count else {
            // (A combining mark after a space joins it into one `Character`: count the joined text.)
            while words.joined(separator: " ").count > maxLength, words.count > 1 {
                words.removeLast()
                cut = true
            }
            return cut
        }
        var total = lengths.reduce(0, +) + max(0, words.count - 1)
        while total > maxLength, words.count > 1 {
            total -= (lengths.removeLast() + 1)
            words.removeLast()
            cut = true
        }
        return cut
    }

    /// Whether `word == "the" || word == "a" || word == "an"` (on the bytes: only these bytes
    /// spell a string equal to them).
    static func isArticle(_ word: Substring) -> Bool {
        AsciiWord.spells(word, "the") || AsciiWord.spells(word, "a") || AsciiWord.spells(word, "an")
    }

    /// A preposition, auxiliary or one of `danglingEnds`, lowercased: hashed once for all three tests.
    func isDanglingEnd(_ word: Substring) -> Bool {
        // (A short ASCII word by its key bits: two integer compares per table.)
        let probed = word.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard let probe = TitleProbe.token(lowercasing: bytes) else { return nil }
            return cues.lists(containing: probe) & (CueLexicon.List.preposition.bit | CueLexicon.List.auxiliary.bit) != 0
                || Self.danglingEnds.contains(probe)
        }
        if case let known?? = probed { return known }
        guard let hash = AsciiWord.lowercasedHash(word) else {
            return cues.contains(.preposition, lowercasing: word) || cues.contains(.auxiliary, lowercasing: word)
                || Self.danglingEnds.contains(lowercasing: word)
        }
        let lowered = word.utf8.lazy.map(AsciiWord.lower)
        let lists = cues.lists(bytes: lowered, hash: hash)
        return lists & (CueLexicon.List.preposition.bit | CueLexicon.List.auxiliary.bit) != 0
            || Self.danglingEnds.contains(bytes: lowered, hash: hash)
    }

    static let possessivePronouns = WordSet(["his", "her", "its", "their"])
    /// Words a headline does not end on (besides prepositions and auxiliaries).
    static let danglingEnds = WordSet(["the", "a", "an", "and", "or", "its", "their", "his", "her", "that", "which"])
}
