extension TitleText {
    /// Marks relative date phrases the tagger may leave outside the event's expression ("last month",
    /// "earlier this week", "in recent weeks", "two years ago"): a headline never carries them.
    static func markRelativeDates(_ tokens: [WordToken], bits: [UInt64], in out: UnsafeMutableBufferPointer<Bool>) {
        let opener = TitleWordBits.Class.relativeOpeners.bit, unit = TitleWordBits.Class.relativeUnits.bit
        let qualifier = TitleWordBits.Class.relativeQualifiers.bit, time = TitleWordBits.Class.timeWords.bit
        let count = TitleWordBits.Class.agoCounts.bit
        let n = tokens.count
        guard n >= 2 else { return }
        // One pass for both phrase shapes, on the buffers: marks are only ever set, so the order
        // in which the two shapes set them changes nothing.
        tokens.withUnsafeBufferPointer { t in
            bits.withUnsafeBufferPointer { b in
                for i in 0..<(n - 1) {
                    let here = b[i]
                    // "last month", "earlier this week".
                    if here & opener != 0, t[i].isWord, t[i + 1].isWord, b[i + 1] & unit != 0 {
                        out[i] = true
                        out[i + 1] = true
                        if i > 0, b[i - 1] & qualifier != 0 { out[i - 1] = true }
                    }
                    // "two years ago" ("ago" is a time word: its bit is tested before its spelling).
                    if i > 0, here & time != 0, b[i + 1] & time != 0, t[i + 1].keyIs("ago") {
                        out[i - 1] = out[i - 1] || isNumber(t[i - 1]) || b[i - 1] & count != 0
                        out[i] = true
                        out[i + 1] = true
                    }
                }
            }
        }
    }

    static let relativeOpeners = WordSet(TitleWordBits.Class.relativeOpeners.words)
    static let relativeUnits = WordSet(TitleWordBits.Class.relativeUnits.words)
    static let relativeQualifiers = WordSet(TitleWordBits.Class.relativeQualifiers.words)
    static let agoCounts = WordSet(TitleWordBits.Class.agoCounts.words)

    /// Where a comma-delimited quantified aside starting at comma `k` ends ("…, most of them
    /// Chinese, …" → the token after its closing comma); nil when there is none.
    func asideEnd(from k: Int) -> Int? {
        guard isComma(k), let q = tokens[safe: k + 1], q.isWord,
              isA(.quantifiers, k + 1),
              tokens[safe: k + 2]?.key == "of" else { return nil }
        var j = k + 3
        while j < tokens.count, j - k < 9, tokens[j].isWord { j += 1 }
        return j < tokens.count && isComma(j) ? j + 1 : nil
    }

    /// Where the aside closing at comma `k` opens, scanning left (the comma before it); nil when none.
    func asideStart(endingAt k: Int) -> Int? {
        guard isComma(k) else { return nil }
        var j = k - 1
        while j > 0, k - j < 9, tokens[j].isWord { j -= 1 }
        guard j >= 0, asideEnd(from: j) == k + 1 else { return nil }
        return j
    }

    /// Whether word `k` opens a participial clause after a noun: "-ing" that is no noun ("a forum
    /// marking"), or "-ed" followed by its complement ("chemicals used to", "images released on").
    func opensReducedClause(_ k: Int, after previous: Int?, cues: CueLexicon) -> Bool {
        // (Tokens are read in place, not copied. Only an "-ing" or "-ed" word can open one: it is
        // tested first, and the word before only then.)
        guard tokens[k].isWord, !tokens[k].isCapitalized, !tokens[k].isHyphenated else { return false }
        let n = tokens[k].keyCount
        let ing = n > 5 && tokens[k].keyEnds("ing")
        guard ing || (n > 4 && tokens[k].keyEnds("ed")), let p = previous, tokens[p].isWord, !excluded[p] else { return false }
        if isCue(.preposition, p) || isCue(.determiner, p) || isCue(.auxiliary, p) || isCue(.passive, p)
            || isA(.participleModifiers, p) || tokens[p].keyEnds("ly")
            || Self.isNumber(tokens[p]) {
            return false
        }
        if ing { return !inGrammar(.ingNoun, k) }
        guard k + 1 < tokens.count else { return true }
        return !tokens[k + 1].isWord || excluded[k + 1] || isCue(.preposition, k + 1)
            || isA(.participleComplements, k + 1)
    }

    static func isNumber(_ t: WordToken) -> Bool {
        guard let b = t.key.utf8.first else { return false }
        return b >= 0x30 && b <= 0x39
    }
}
