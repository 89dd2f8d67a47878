extension TitleText {
    /// Marks relative date phrases the tagger may leave outside the event's expression ("last month",
    /// "earlier this week", "in recent weeks", "two years ago"): a headline never carries them.
    static func relativeDates(_ tokens: [WordToken], weekdays: [Bool]) -> [Bool] {
        var out = weekdays
        for i in tokens.indices.dropLast() where tokens[i].isWord && relativeOpeners.contains(tokens[i]) {
            let next = tokens[i + 1]
            guard next.isWord, relativeUnits.contains(next) else { continue }
            out[i] = true
            out[i + 1] = true
            if i > 0, relativeQualifiers.contains(tokens[i - 1]) { out[i - 1] = true }
        }
        for i in tokens.indices.dropFirst().dropLast() where tokens[i + 1].key == "ago" && timeWords.contains(tokens[i]) {
            out[i - 1] = out[i - 1] || isNumber(tokens[i - 1]) || agoCounts.contains(tokens[i - 1])
            out[i] = true
            out[i + 1] = true
        }
        return out
    }

    static let relativeOpeners = WordSet(["last", "next", "this", "recent", "past", "coming", "previous", "earlier", "later"])
    static let relativeUnits = WordSet(["week", "weeks", "month", "months", "year", "years", "summer", "spring", "autumn",
                                        "fall", "winter", "weekend", "decade"])
    static let relativeQualifiers = WordSet(["earlier", "later", "late", "early"])
    static let agoCounts = WordSet(["two", "three", "four", "five", "six", "several", "few", "a"])

    /// Where a comma-delimited quantified aside starting at comma `k` ends ("…, most of them
    /// Chinese, …" → the token after its closing comma); nil when there is none.
    func asideEnd(from k: Int) -> Int? {
        guard tokens[k].key == ",", let q = tokens[safe: k + 1], q.isWord,
              TitleWords.quantifiers.contains(q),
              tokens[safe: k + 2]?.key == "of" else { return nil }
        var j = k + 3
        while j < tokens.count, j - k < 9, tokens[j].isWord { j += 1 }
        return j < tokens.count && tokens[j].key == "," ? j + 1 : nil
    }

    /// Where the aside closing at comma `k` opens, scanning left (the comma before it); nil when none.
    func asideStart(endingAt k: Int) -> Int? {
        guard tokens[k].key == "," else { return nil }
        var j = k - 1
        while j > 0, k - j < 9, tokens[j].isWord { j -= 1 }
        guard j >= 0, asideEnd(from: j) == k + 1 else { return nil }
        return j
    }

    /// Whether word `k` opens a participial clause after a noun: "-ing" that is no noun ("a forum
    /// marking"), or "-ed" followed by its complement ("chemicals used to", "images released on").
    func opensReducedClause(_ k: Int, after previous: Int?, cues: CueLexicon) -> Bool {
        let t = tokens[k]
        guard t.isWord, !t.isCapitalized, !t.isHyphenated, let p = previous, tokens[p].isWord, !excluded[p] else { return false }
        let before = tokens[p]
        if cues.contains(.preposition, token: before) || cues.contains(.determiner, token: before)
            || cues.contains(.auxiliary, token: before) || cues.contains(.passive, token: before)
            || TitleWords.participleModifiers.contains(before) || before.keyHasSuffix("ly")
            || Self.isNumber(before) {
            return false
        }
        let n = t.key.utf8.count
        if n > 5, t.keyHasSuffix("ing") { return !grammar.contains(.ingNoun, token: t) }
        if n > 4, t.keyHasSuffix("ed") {
            guard let next = tokens[safe: k + 1] else { return true }
            return !next.isWord || excluded[k + 1] || cues.contains(.preposition, token: next)
                || TitleWords.participleComplements.contains(next)
        }
        return false
    }

    static func isNumber(_ t: WordToken) -> Bool {
        guard let b = t.key.utf8.first else { return false }
        return b >= 0x30 && b <= 0x39
    }
}
