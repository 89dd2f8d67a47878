extension IssueClassifier {
    /// A run of `termOrder` positions: the terms a table key leads to, in taxonomy order. A plain
    /// value, so a table probe retains nothing.
    struct TermList: Sendable {
        var start: Int32
        var count: Int32
    }

    /// What matching needs of one `Taxonomy.Term`, read without touching its arrays.
    struct TermInfo: Sendable {
        /// Position in `issueIds`.
        var issue: Int32
        var wordCount: Int32
        var lastIsPrefix: Bool
        var isGeneric: Bool
    }

    /// One term found in a text: which issue (position in `issueIds`), which words (indices into
    /// the sentence's `words`), how strong. Its text is read only for the hits that survive.
    struct Hit {
        var issue: Int32
        var words: Range<Int>
        var isGeneric: Bool
    }

    /// All term hits of the sentence's words; where a longer term covers a shorter one of another
    /// issue ("trade secrets" over "trade"), only the longer counts.
    /// Cost: per word one `WordTable` probe, plus one per prefix of 4+ bytes that the start filter
    /// lets through; no allocation but the result.
    func hits(in words: [WordToken]) -> [Hit] {
        var hits: [Hit] = []
        // (Through a buffer pointer, a token's fields are read in place; subscripting the array
        // here copied each token out, retaining and releasing its key.)
        words.withUnsafeBufferPointer { words in
            for i in words.indices {
                collectHits(words, at: i, into: &hits)
            }
        }
        guard hits.count > 1 else { return hits }
        // (Most sentences have no covered hit: the list is kept as it is, not filtered into a copy.)
        guard hits.indices.contains(where: { isCovered(hits[$0], in: hits) }) else { return hits }
        return hits.filter { hit in !isCovered(hit, in: hits) }
    }

    /// Whether a longer hit of another issue covers `hit`'s words.
    private func isCovered(_ hit: Hit, in hits: [Hit]) -> Bool {
        hits.contains { other in
            other.issue != hit.issue && other.words.count > hit.words.count
                && other.words.contains(hit.words.lowerBound) && other.words.contains(hit.words.upperBound - 1)
        }
    }

    /// The hits of terms whose first word could match word `i`: its key itself, each of its proper
    /// prefixes of 4+ bytes (prefix terms), then its singular (plural of a whole-word term).
    private func collectHits(_ words: UnsafeBufferPointer<WordToken>, at i: Int, into hits: inout [Hit]) {
        // (Key and hash read in place: passing the token would copy it out of the array.)
        if let list = byWord.value(for: words[i]) { add(list, words, at: i, to: &hits) }
        // Only a key of 2+ bytes ending in "s", or of 5+ bytes, has prefixes or a singular to probe.
        let bits = words[i].keyBits
        let count = bits.count
        guard count > 4 || (count > 1 && words[i].keyLastByte == UInt8(ascii: "s")) else { return }
        bits.withBytes { collectPrefixHits(words, at: i, key: $0, into: &hits) }
    }

    /// The prefix and singular candidates of `collectHits`, on the key's bytes.
    private func collectPrefixHits(_ words: UnsafeBufferPointer<WordToken>, at i: Int, key: UnsafeBufferPointer<UInt8>, into hits: inout [Hit]) {
        let count = key.count
        let plural = count > 1 && key[count - 1] == UInt8(ascii: "s")
        let prefixes = count > 4 && mayStartPrefixTerm(key)
        guard prefixes || plural else { return }
        // The hash of each prefix is the running hash before its next byte.
        var singular: TermList?
        var hash = WordHash.seed
        for length in 0..<count {
            if prefixes, length >= 4,
               let list = prefixWords.value(forBytes: UnsafeBufferPointer(rebasing: key[0..<length]), hash: hash) {
                add(list, words, at: i, to: &hits)
            }
            if plural, length == count - 1 {
                singular = wholeWords.value(forBytes: UnsafeBufferPointer(rebasing: key[0..<length]), hash: hash)
            }
            hash = WordHash.adding(key[length], to: hash)
        }
        // "AIs", "G7s": a plural of a short whole word.
        if let singular { add(singular, words, at: i, to: &hits) }
    }

    private func add(_ list: TermList, _ words: UnsafeBufferPointer<WordToken>, at i: Int, to hits: inout [Hit]) {
        for n in Int(list.start)..<Int(list.start + list.count) {
            let t = Int(termOrder[n])
            let info = termInfo[t]
            let count = Int(info.wordCount)
            guard i + count <= words.count else { continue }
            // A one-word candidate was already checked by the probe that found it.
            if count > 1 && !matches(taxonomy.terms[t].words, term: t, lastIsPrefix: info.lastIsPrefix, words, at: i) { continue }
            // (Room for a sentence's usual hits at the first, not regrown from one.)
            if hits.isEmpty { hits.reserveCapacity(8) }
            hits.append(Hit(issue: info.issue, words: i..<(i + count), isGeneric: info.isGeneric))
        }
    }

    private func matches(_ want: [String], term t: Int, lastIsPrefix: Bool, _ words: UnsafeBufferPointer<WordToken>, at i: Int) -> Bool {
        for offset in want.indices {
            // (Most words differ as bits already: no string is built for them.)
            let bits = words[i + offset].keyBits
            if bits == termBits[t][offset] { continue }
            if bits.isInlineASCII && termBits[t][offset].isInlineASCII && offset != want.count - 1 { return false }
            let key = bits.string
            if key == want[offset] { continue }
            guard offset == want.count - 1 else { return false }
            if lastIsPrefix ? key.hasPrefix(want[offset]) : Self.isPlural(key, of: want[offset]) { continue }
            return false
        }
        return true
    }

    /// `key == word + "s"`, on the bytes when both are ASCII (then `==` is byte equality).
    static func isPlural(_ key: String, of word: String) -> Bool {
        let k = key.utf8, w = word.utf8
        guard k.allSatisfy({ $0 < 0x80 }), w.allSatisfy({ $0 < 0x80 }) else { return key == word + "s" }
        return k.count == w.count + 1 && k.last == UInt8(ascii: "s") && k.starts(with: w)
    }

    static func startBit(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) -> Int {
        let word = UInt32(a) | UInt32(b) << 8 | UInt32(c) << 16 | UInt32(d) << 24
        return Int((word &* 0x9E37_79B1) >> 16)
    }

    private func mayStartPrefixTerm(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let bit = Self.startBit(key[0], key[1], key[2], key[3])
        return prefixStarts[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
}
