extension EntityRecognizer {
    /// End (exclusive word index) of a personal name starting at `start`: capitalised words,
    /// hyphenated parts ("Ing-wen") and initials ("John F. Kennedy"), at most four words.
    /// `startIsFree`: the caller already knows no place or known organisation starts at `start`.
    func nameEnd(from start: Int, scan: Scan, afterTitle: Bool, allowComma: Bool, startIsFree: Bool = false) -> Int {
        let words = scan.words
        guard start < words.count else { return start }
        let gap = scan.gaps[start]
        if afterTitle, !(gap == .empty || gap == .period || (allowComma && gap == .comma)) { return start }
        var k = start
        // Particles ("da", "von der") do not count toward the four words: "Luiz Inacio Lula da Silva".
        var particles = 0
        while k < words.count, k - start - particles < 4 {
            let w = words[k]
            if k > start {
                let g = scan.gaps[k]
                let afterInitial = g == .period && words[k - 1].keyCount == 1
                guard g == .empty || afterInitial else { break }
            }
            let continuation = k > start && w.isHyphenated
            // "Houthi-controlled areas", "Iranian-backed militias": a modifier, not a name.
            if continuation, isCompoundModifier(w) { return start }
            // "Ursula von der Leyen", "Mohammed bin Salman": particles between capitalised parts.
            if k > start, !w.isCapitalized, isNameParticleRun(scan, k) {
                while k < words.count, !words[k].isCapitalized { k += 1; particles += 1 }
                continue
            }
            guard w.isCapitalized || continuation else { break }
            if !continuation {
                // Month abbreviations are also names ("Dong Jun"): only the first word is checked for dates.
                // Later words may be given names that look like function words ("Liu He").
                if k == start && isNonName(w) { break }
                if !(k == start && startIsFree),
                   (places.table.mayStart(with: w) && places.match(in: words, at: k) != nil)
                    || (organizations.known.mayStart(with: w) && organizations.knownMatch(in: words, at: k) != nil) { break }
                if k > start, titles.table.mayStart(with: w), titles.match(in: words, at: k) != nil { break }
            }
            k += 1
            if w.isPossessive { break }
        }
        // A trailing hyphenated part cannot stand alone: "Ching-" without "te" never happens, so no trim.
        return k
    }

    /// End of a run of capitalised words, allowing "of", "for", "and", "&", "the" and possessives
    /// inside when a capitalised word follows ("Ministry of Foreign Affairs", "People's Liberation Army").
    func capitalisedRunEnd(from start: Int, scan: Scan) -> Int {
        let words = scan.words
        var k = start
        var end = start
        while k < words.count, k - start < 8 {
            let g = scan.gaps[k]
            if k > start, !(g == .empty || g == .ampersand || (g == .period && words[k - 1].keyCount <= 4)) { break }
            let w = words[k]
            if w.isCapitalized {
                if k > start && (isMonthOrWeekday(w)) { break }
                k += 1
                end = k
                if w.isPossessive && !(k < words.count && words[k].isCapitalized && scan.gaps[k] == .empty) { break }
                continue
            }
            if k > start, w.keyIs("of") || w.keyIs("for") || w.keyIs("and") || w.keyIs("the") || w.keyIs("on"), k + 1 < words.count,
               words[k + 1].isCapitalized, scan.gaps[k + 1] == .empty {
                k += 1
                continue
            }
            if k > start, w.isHyphenated {
                if isCompoundModifier(w) { return start }
                k += 1; end = k; continue
            }
            break
        }
        return end
    }

    /// A run of two or more words whose last word is an organisation head ("Hudson Institute").
    func isOrganizationRun(_ scan: Scan, _ from: Int, _ to: Int) -> Bool {
        guard to - from >= 2, let last = scan.words[safe: to - 1] else { return false }
        return organizations.isHead(last)
    }

    /// Words before a name that link it to an action ("with", "by", "hosted").
    static let linkWords = WordSet(["with", "and", "between", "by", "including", "against", "from", "hosted", "invited"])

    /// A verb right after the name, or a verb/linking word right before it ("met Yang Jiechi").
    func nextToVerb(_ scan: Scan, _ from: Int, _ to: Int) -> Bool {
        if nextIsVerb(scan, to) { return true }
        if isPairedBeforeVerb(scan, to) { return true }
        guard from > 0, scan.gaps[from] == .empty || scan.gaps[from] == .comma else { return false }
        if Self.linkWords.contains(scan.words[from - 1]) { return true }
        return isVerbLike(scan.words[from - 1])
    }

    /// "Antony Blinken and Wang Yi met", "… and Chinese Foreign Minister Wang Yi met": "and" at
    /// `index`, then (after a title, perhaps with a demonym before it) a name of two to four words
    /// right before a verb. The second name is found as a person anyway; this lets the first be one.
    func isPairedBeforeVerb(_ scan: Scan, _ index: Int) -> Bool {
        let words = scan.words
        guard index + 1 < words.count, words[index].keyIs("and"), scan.gaps[index] == .empty,
              scan.gaps[index + 1] == .empty, words[index + 1].isCapitalized else { return false }
        var start = index + 1
        if let title = titles.match(in: words, at: start) {
            start += title.length
        } else if start + 1 < words.count, let title = titles.match(in: words, at: start + 1) {
            start += 1 + title.length
        }
        let end = capitalisedRunEnd(from: start, scan: scan)
        return end - start >= 2 && end - start <= 4 && nextIsVerb(scan, end)
    }

    /// Whether the word at `index` (directly after a name) is a verb or auxiliary.
    func nextIsVerb(_ scan: Scan, _ index: Int) -> Bool {
        guard index < scan.words.count else { return false }
        let g = scan.gaps[index]
        guard g == .empty || g == .apostrophe else { return false }
        return isVerbLike(scan.words[index])
    }

    func isVerbLike(_ word: WordToken) -> Bool {
        guard !word.isCapitalized else { return false }
        if triggers.isInflectedVerb(word) { return true }
        if cues.lists(containing: word) & (CueLexicon.List.speech.bit | CueLexicon.List.auxiliary.bit) != 0 { return true }
        return word.keyCount > 4 && word.keyBytesEnd(with: "ed")
    }

    /// Lowercase name particles from `k` (one or two, no punctuation) followed by a capitalised word.
    func isNameParticleRun(_ scan: Scan, _ k: Int) -> Bool {
        var j = k
        while j < scan.words.count, j - k < 2, scan.gaps[j] == .empty, !scan.words[j].isCapitalized,
              cues.lists(containing: scan.words[j]) & CueLexicon.List.nameParticle.bit != 0 {
            j += 1
        }
        return j > k && j < scan.words.count && scan.gaps[j] == .empty && scan.words[j].isCapitalized
            && !isNonName(scan.words[j])
    }

    func isCompoundModifier(_ word: WordToken) -> Bool {
        cues.lists(containing: word) & CueLexicon.List.compoundModifier.bit != 0
    }

    /// (Inlined: called with `words[i]`, a call copied the token out of its array.)
    @inline(__always)
    func isNonName(_ word: WordToken) -> Bool {
        cues.lists(containing: word) & (CueLexicon.List.nonName.bit | CueLexicon.List.month.bit | CueLexicon.List.weekday.bit) != 0
    }

    /// (Inlined: called with `words[i]`, a call copied the token out of its array.)
    @inline(__always)
    func isMonthOrWeekday(_ word: WordToken) -> Bool {
        cues.lists(containing: word) & (CueLexicon.List.month.bit | CueLexicon.List.weekday.bit) != 0
    }

    /// ", the foreign minister", ", China's top diplomat", ", chairman of …" at word `index`: a comma,
    /// then within three words (an article, a possessive, modifiers) a title or role.
    func isFollowedByAppositiveTitle(_ scan: Scan, _ index: Int) -> Bool {
        let words = scan.words
        guard index < words.count, scan.gaps[index] == .comma else { return false }
        for k in index..<min(words.count, index + 3) {
            if k > index, scan.gaps[k] != .empty && scan.gaps[k] != .period { return false }
            if titles.table.mayStart(with: words[k]), titles.match(in: words, at: k) != nil { return true }
        }
        return false
    }

    /// "Special Envoy for Climate Change Xie Zhenhua", "Minister for Foreign Affairs Penny Wong": after
    /// a title, "for" and a portfolio of capitalised words, the last two words of the capitalised
    /// stretch are the name (a stretch of three or more, so the portfolio keeps at least one word).
    /// `start` is the word after the title. Nil when the words do not read so.
    func nameAfterPortfolio(from start: Int, scan: Scan) -> Range<Int>? {
        let words = scan.words
        guard start + 3 < words.count, words[start].keyIs("for") else { return nil }
        var k = start + 1
        while k < words.count, words[k].isCapitalized, k == start + 1 || scan.gaps[k] == .empty,
              !isMonthOrWeekday(words[k]), k - start <= 6 {
            k += 1
        }
        guard k - (start + 1) >= 3, nameEnd(from: k - 2, scan: scan, afterTitle: true, allowComma: false) >= k else { return nil }
        return (k - 2)..<k
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
