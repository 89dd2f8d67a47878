/// Pronouns in titles: whether a subject is one, and the name it stands for.
extension TitleBuilder {
    /// Whether `text` is one word of the title grammar's pronouns, in any case ("They", "it").
    /// Cost: one pass over the bytes and a probe for ASCII text.
    func isPronoun(_ text: String) -> Bool {
        // A lone space byte (ASCII on both sides) is a space `Character`: then no pronoun, either
        // way below; most subjects have one early, which ends the scan there. ASCII text without
        // one (so without any space) is lowercased on the stack and probed in the same pass.
        let fast = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var ascii = true
            for i in bytes.indices {
                if bytes[i] == 0x20 && AsciiWord.isLoneSpace(bytes, at: i) { return false }
                if bytes[i] >= 0x80 { ascii = false }
            }
            guard ascii else { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, bytes.count)) { lowered in
                var hash = WordHash.seed
                for i in bytes.indices {
                    lowered[i] = AsciiWord.lower(bytes[i])
                    hash = WordHash.adding(lowered[i], to: hash)
                }
                return titles.grammar.contains(.pronoun, bytes: UnsafeBufferPointer(rebasing: lowered[0..<bytes.count]), hash: hash)
            }
        }
        if case let known?? = fast { return known }
        let spaced = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.indices.contains { bytes[$0] == 0x20 && AsciiWord.isLoneSpace(bytes, at: $0) }
        }
        if spaced == true { return false }
        // (In ASCII text a space byte is a space `Character`.)
        if AsciiWord.isASCII(text) { return !text.utf8.contains(0x20) && titles.grammar.contains(.pronoun, lowercasing: text) }
        return !text.contains(" ") && titles.grammar.contains(.pronoun, key: text.lowercased())
    }

    /// The name a subject pronoun stands for: the one person ("he", "she") or government or
    /// organisation ("it", "they") named before it in the sentence, else the only one in the previous
    /// sentence. Several people before "he" are ambiguous (nil); for "it" the first actor is taken,
    /// as reported speech refers back to its speaker ("Beijing said it would …").
    func resolvePronoun(_ text: String, in doc: TitleText, before offset: Int) -> String? {
        let key = text.lowercased()
        let isPerson = Self.personPronouns.contains(key: key)
        guard isPerson || Self.actorPronouns.contains(key: key) else { return nil }
        func fits(_ m: EntityMention) -> Bool {
            isPerson ? m.kind == .person : (m.kind == .government || m.kind == .organization)
        }
        // A name opening a clause ("…, and China continues to …") stands as a subject.
        func opensClause(_ m: EntityMention) -> Bool {
            guard var k = doc.tokens.firstIndex(where: { $0.range.lowerBound == m.range.lowerBound }) else { return false }
            k -= 1
            while k >= 0, doc.excluded[k] && doc.tokens[k].isWord || doc.isA(.articles, k) { k -= 1 }
            return k < 0 || !doc.tokens[k].isWord || doc.keyIs(k, "and") || doc.keyIs(k, "but") || doc.isBreakWord(k, cues: cues)
        }
        // "Trump and Chinese leader Xi agreed … when they met": a pair of people is "they".
        if key == "they", let pair = personPair(doc, before: offset) { return pair }
        // A country named as a place stands for its government when it opens a clause.
        let before = doc.mentions.filter { m in
            // Not a demonym ("a Chinese fighter"): only a place named as written.
            m.range.upperBound <= offset && (fits(m) || (!isPerson && m.kind == .place && m.text == m.name && opensClause(m)))
        }
        let here = SentenceEntities.unique(before.map(\.name))
        if here.count == 1 { return here.first }
        // Several actors for "it": the last one standing as a subject, not inside a phrase ("the
        // anniversary of the Initiative, and China continues to … that it issued" → China).
        if !isPerson, here.count > 1 { return before.last(where: opensClause)?.name ?? here.first }
        if !here.isEmpty { return nil }
        // "Ministers are due to discuss it when they meet": with no actor named before it, "they"
        // is the sentence's own plural subject before the sentence before is searched.
        if key == "they" || key == "their" {
            let main = mainSubject(doc)
            if main.plural, !main.text.isEmpty, !isPronoun(main.text),
               doc.tokens.first.map({ $0.range.upperBound <= offset }) ?? false {
                return main.text
            }
        }
        // "He warned Li …": whoever the pronoun's own clause names after it is someone else.
        let later = Set(doc.mentions.filter { $0.range.lowerBound >= offset && fits($0) }.map(\.name))
        let earlier = SentenceEntities.unique(doc.previous.filter(fits).map(\.name)).filter { !later.contains($0) }
        return earlier.count == 1 ? earlier.first : nil
    }

    /// "A and B" when exactly two people are named before `offset`, joined by "and" (with at most
    /// a short title between: "Trump and Chinese leader Xi Jinping").
    func personPair(_ doc: TitleText, before offset: Int) -> String? {
        var people: [EntityMention] = []
        for m in doc.mentions where m.kind == .person && m.range.upperBound <= offset { people.append(m) }
        guard people.count == 2, people[0].name != people[1].name else { return nil }
        let gap = people[0].range.upperBound..<people[1].range.lowerBound
        guard gap.count >= 5, gap.count <= 40, gap.upperBound <= doc.bytes.count else { return nil }
        let between = doc.bytes[gap]
        guard between.starts(with: Array(" and ".utf8)), !between.contains(UInt8(ascii: ",")) else { return nil }
        return people[0].name + " and " + people[1].name
    }
}
