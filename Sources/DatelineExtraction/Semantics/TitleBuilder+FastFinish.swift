extension TitleBuilder {
    /// `finish` on the text's bytes for the common title: words split at lone spaces, at least one
    /// left after articles, openers and possessives go, and short enough that no word limit cuts
    /// it (its bytes, never fewer than its `Character`s, fit `maxLength`). Nil otherwise, for
    /// `finishByWords` to decide. Cost: two passes over the bytes, one word array, one string.
    func finishFast(_ bytes: UnsafeBufferPointer<UInt8>, protectedWords: Int) -> String? {
        // (At most one word per two bytes: scratch space on the stack, not an array per title.)
        withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: bytes.count / 2 + 1) { words in
            finishFast(bytes, words: words, protectedWords: protectedWords, protectedBytes: 0)
        }
    }

    /// Same, protecting the words that start in the first `protectedBytes` bytes (those of
    /// "subject verb" in "subject verb object"): counted while the words are split, as
    /// `AsciiWord.wordCount` of those bytes would count them.
    func finishFast(_ bytes: UnsafeBufferPointer<UInt8>, protectedBytes: Int) -> String? {
        withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: bytes.count / 2 + 1) { words in
            finishFast(bytes, words: words, protectedWords: 0, protectedBytes: protectedBytes)
        }
    }

    private func finishFast(_ bytes: UnsafeBufferPointer<UInt8>, words: UnsafeMutableBufferPointer<Range<Int>>,
                            protectedWords given: Int, protectedBytes: Int) -> String? {
        let n = bytes.count
        // Words at lone spaces (what `AsciiWord.words` splits on the bytes), articles dropped
        // except after "than" ("less than a year"). (Each word's bytes run in a tight loop to
        // the next space.)
        var count = 0
        var protectedWords = given
        var i = 0
        while i < n {
            if bytes[i] == 0x20 {
                guard AsciiWord.isLoneSpace(bytes, at: i) else { return nil }
                i += 1
                continue
            }
            let start = i
            i += 1
            while i < n, bytes[i] != 0x20 { i += 1 }
            if start < protectedBytes { protectedWords += 1 }
            let word = start..<i
            if !Self.isArticle(bytes, word) || (count > 0 && Self.spells(bytes, words[count - 1], "than")) {
                words[count] = word
                count += 1
            }
        }
        var first = 0
        // "Her party suffers losses" → "Party suffers losses".
        if count > 2, Self.isPossessivePronoun(bytes, words[0]) { first = 1 }
        // "such as X's visit to Taipei": a list's introducer is not part of the item.
        // (Every opener starts with one of "sinfa": other first words skip the comparisons.)
        let initial = first < count ? AsciiWord.lower(bytes[words[first].lowerBound]) : 0
        let mayOpen = initial == UInt8(ascii: "s") || initial == UInt8(ascii: "i") || initial == UInt8(ascii: "n")
            || initial == UInt8(ascii: "f") || initial == UInt8(ascii: "a")
        // (Tested before the loop: walking the openers retains each one.)
        if mayOpen {
            for opener in Self.listOpeners where count - first > opener.count + 1 {
                var same = true
                for (k, word) in opener.enumerated() where !Self.lowercasedEquals(bytes, words[first + k], word) {
                    same = false
                    break
                }
                if same {
                    first += opener.count
                    break
                }
            }
        }
        var last = count
        guard last > first else { return nil }
        // No word limit cuts a text whose bytes (spaces included) fit.
        var total = last - first - 1
        for k in first..<last { total += words[k].count }
        guard total <= maxLength else { return nil }
        while last - first > max(1, protectedWords), isDanglingEnd(bytes, words[last - 1]) { last -= 1 }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, total)) { out -> String? in
            var length = 0
            for k in first..<last {
                if k > first {
                    out[length] = 0x20
                    length += 1
                }
                // (A block copy per word.)
                let word = words[k]
                if let from = bytes.baseAddress, let to = out.baseAddress {
                    (to + length).initialize(from: from + word.lowerBound, count: word.count)
                }
                length += word.count
            }
            guard let trimmed = Self.trimTrailingMarks(out, length: length) else { return nil }
            length = trimmed
            let text = UnsafeMutableBufferPointer(rebasing: out[0..<length])
            // Capitalised: on the bytes when the first two are ASCII (the first is then a whole `Character`).
            if let b = text.first, b >= 0x80 || (length > 1 && text[1] >= 0x80) || (b == 0x0D && length > 1 && text[1] == 0x0A) {
                return AsciiWord.capitalizingFirst(String(decoding: text, as: UTF8.self))
            }
            if let b = text.first, b >= 0x61 && b <= 0x7A { text[0] = b - 32 }
            return String(decoding: text, as: UTF8.self)
        }
    }

    /// Drops the trailing marks `finishByWords` drops (",;:.-—–(\"“”'" as last `Character`s);
    /// the length left, or nil when a mark's `Character` could hold more than its bytes (a
    /// non-ASCII byte before it, or a non-ASCII last scalar that is none of them), for the
    /// `Character` path to decide.
    private static func trimTrailingMarks(_ out: UnsafeMutableBufferPointer<UInt8>, length: Int) -> Int? {
        var count = length
        while count > 0, case let b = out[count - 1], !AsciiWord.isAlphanumeric(b) {
            // "U.S.": an abbreviation keeps its last period.
            if b == 0x2E, count >= 3, AsciiWord.isAlphanumeric(out[count - 2]), out[count - 3] == 0x2E { return count }
            if b < 0x80 {
                guard b == 0x2C || b == 0x3B || b == 0x3A || b == 0x2E || b == 0x2D || b == 0x28 || b == 0x22 || b == 0x27
                else { return count }
                if count > 1, out[count - 2] >= 0x80 { return nil }
                count -= 1
                continue
            }
            // "—" E2 80 94, "–" E2 80 93, "“" E2 80 9C, "”" E2 80 9D.
            guard count >= 3, out[count - 3] == 0xE2, out[count - 2] == 0x80,
                  b == 0x94 || b == 0x93 || b == 0x9C || b == 0x9D else { return nil }
            if count > 3, out[count - 4] >= 0x80 { return nil }
            count -= 3
        }
        return count
    }

    /// Whether the bytes of `word` are "the", "a" or "an".
    private static func isArticle(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        spells(bytes, word, "the") || spells(bytes, word, "a") || spells(bytes, word, "an")
    }

    /// Whether the bytes of `word` are exactly those of `text`.
    private static func spells(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>, _ text: StaticString) -> Bool {
        guard word.count == text.utf8CodeUnitCount else { return false }
        let t = text.utf8Start
        for k in 0..<word.count where bytes[word.lowerBound + k] != t[k] { return false }
        return true
    }

    /// Whether `word.lowercased() == text` for a lowercase ASCII `text` without "k": a word with a
    /// non-ASCII byte never lowercases to such a text (only the Kelvin sign lowercases to ASCII).
    private static func lowercasedEquals(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>, _ text: String) -> Bool {
        var k = word.lowerBound
        for b in text.utf8 {
            guard k < word.upperBound else { return false }
            let c = bytes[k]
            if c >= 0x80 || AsciiWord.lower(c) != b { return false }
            k += 1
        }
        return k == word.upperBound
    }

    /// `possessivePronouns.contains(lowercasing:)` on the word's bytes.
    private static func isPossessivePronoun(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        for b in bytes[word] where b >= 0x80 { return false }
        if let probe = TitleProbe.token(lowercasing: bytes, word) { return possessivePronouns.contains(probe) }
        return possessivePronouns.contains(asciiLowercasing: UnsafeBufferPointer(rebasing: bytes[word]))
    }

    /// `isDanglingEnd` on the word's bytes (the `Substring` test for a non-ASCII word).
    private func isDanglingEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        // (A short ASCII word by its key bits: two integer compares per table.)
        if let probe = TitleProbe.token(lowercasing: bytes, word) {
            return cues.lists(containing: probe) & (CueLexicon.List.preposition.bit | CueLexicon.List.auxiliary.bit) != 0
                || Self.danglingEnds.contains(probe)
        }
        var hash = WordHash.seed
        for b in bytes[word] {
            guard b < 0x80 else {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[word]), as: UTF8.self)
                return isDanglingEnd(text[...])
            }
            hash = WordHash.adding(AsciiWord.lower(b), to: hash)
        }
        let lowered = bytes[word].lazy.map(AsciiWord.lower)
        let lists = cues.lists(bytes: lowered, hash: hash)
        return lists & (CueLexicon.List.preposition.bit | CueLexicon.List.auxiliary.bit) != 0
            || Self.danglingEnds.contains(bytes: lowered, hash: hash)
    }

    /// `plannedAsInfinitive` on the bytes of a text with single spaces between words, each a lone
    /// space: the same words with the planned modals replaced by "to". Nil when a next word's
    /// first `Character` is not known from its first byte (for the `Character` path).
    static func plannedOnBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let n = bytes.count
        guard n > 0, bytes[0] != 0x20, bytes[n - 1] != 0x20 else { return nil }
        return withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: n / 2 + 1) { words -> String? in
            var count = 0
            var start = 0
            for i in 0..<n where bytes[i] == 0x20 {
                guard AsciiWord.isLoneSpace(bytes, at: i), bytes[i - 1] != 0x20 else { return nil }
                words[count] = start..<i
                count += 1
                start = i + 1
            }
            words[count] = start..<n
            count += 1
            // (Never longer than the text: a modal becomes "to", all else is copied. On the stack.)
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n) { out -> String? in
                var length = 0
                for i in 0..<count {
                    if i > 0 {
                        out[length] = 0x20
                        length += 1
                    }
                    if i > 0, i + 1 < count, isModal(bytes, words[i]) {
                        let next = words[i + 1]
                        let first = bytes[next.lowerBound]
                        guard first < 0x80, next.count == 1 || bytes[next.lowerBound + 1] < 0x80 else { return nil }
                        if first >= 0x61 && first <= 0x7A, !keepsModal(bytes, next) {
                            out[length] = UInt8(ascii: "t")
                            out[length + 1] = UInt8(ascii: "o")
                            length += 2
                            continue
                        }
                    }
                    // (A block copy per word.)
                    let word = words[i]
                    if let from = bytes.baseAddress, let to = out.baseAddress {
                        (to + length).initialize(from: from + word.lowerBound, count: word.count)
                    }
                    length += word.count
                }
                return String(decoding: UnsafeBufferPointer(rebasing: out[0..<length]), as: UTF8.self)
            }
        }
    }

    /// Whether the word lowercases to a modal ("will", "would", "shall"; a non-ASCII word never does).
    private static func isModal(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        // ("will", "would", "shall": four or five letters from "w" or "s"; other words skip the probe.)
        guard word.count == 4 || word.count == 5, case let first = AsciiWord.lower(bytes[word.lowerBound]),
              first == UInt8(ascii: "w") || first == UInt8(ascii: "s") else { return false }
        for b in bytes[word] where b >= 0x80 { return false }
        if let probe = TitleProbe.token(lowercasing: bytes, word) { return modals.contains(probe) }
        return modals.contains(asciiLowercasing: UnsafeBufferPointer(rebasing: bytes[word]))
    }

    /// Words after which a modal stays ("would have", "will be", "will not").
    private static func keepsModal(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        spells(bytes, word, "have") || spells(bytes, word, "be") || spells(bytes, word, "not")
            || spells(bytes, word, "never") || spells(bytes, word, "also")
    }
}
