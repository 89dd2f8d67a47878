/// A sentence prepared for title building: tokens, which of them are excluded (dates, quotation
/// marks), and which are titles to drop before a person's name.
struct TitleText {
    let bytes: [UInt8]
    let tokens: [WordToken]
    private(set) var excluded: [Bool]
    /// Tokens excluded only as context outside the event's stretch (a long excluded range touching
    /// the sentence's start or end); the subject may still come from there.
    let contextOnly: [Bool]
    /// Tokens to leave out when rendering: titles, demonyms and "then-" before a person's name.
    let droppable: [Bool]
    let mentions: [EntityMention]
    let grammar: TitleGrammar
    /// Weekday names: dates wherever they stand, so excluded even from the subject view.
    let dateWords: [Bool]
    /// Entities of the sentence before, which a pronoun may refer to.
    var previous: [EntityMention] = []

    init(sentence: String, excluding: [Range<Int>], entities: SentenceEntities, titles: TitleLexicon, cues: CueLexicon) {
        self.init(sentence: TokenizedSentence(sentence), excluding: excluding, entities: entities, titles: titles, cues: cues)
    }

    /// Same, reusing the sentence's shared tokens. Cost: linear in the tokens.
    init(sentence: TokenizedSentence, excluding: [Range<Int>], entities: SentenceEntities, titles: TitleLexicon, cues: CueLexicon) {
        let bytes = sentence.bytes
        let tokens = Self.pruned(sentence.tokens, grammar: titles.grammar)
        grammar = titles.grammar
        self.bytes = bytes
        self.tokens = tokens
        mentions = entities.mentions
        // Weekday names are always dates, which the list shows already.
        let weekdays = Self.relativeDates(tokens, weekdays: tokens.map { t in
            t.isCapitalized && cues.contains(.weekday, token: t) && t.key.utf8.count > 3
        })
        dateWords = weekdays
        excluded = tokens.indices.map { i in
            let t = tokens[i]
            return excluding.contains { $0.overlaps(t.range) } || (!t.isWord && (t.key == "\"" || t.key == "'")) || weekdays[i]
        }
        let wordCount = { (r: Range<Int>) in
            tokens.reduce(0) { n, t in t.isWord && r.contains(t.range.lowerBound) ? n + 1 : n }
        }
        // Temporal expressions carry dates, digits or time words; an edge range without them is context.
        let looksTemporal = { (r: Range<Int>) -> Bool in
            tokens.contains { t in
                t.isWord && r.contains(t.range.lowerBound) && (t.key.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } == true
                    || cues.contains(.month, token: t) || cues.contains(.weekday, token: t)
                    || TitleText.timeWords.contains(t))
            }
        }
        let context = excluding.filter { r in
            (r.lowerBound == 0 || r.upperBound >= bytes.count) && (wordCount(r) > 3 || !looksTemporal(r))
        }
        let temporal = excluding.filter { r in !context.contains(r) }
        contextOnly = tokens.map { t in
            context.contains { $0.overlaps(t.range) } && !temporal.contains { $0.overlaps(t.range) }
        }
        droppable = Self.droppable(tokens, entities: entities, titles: titles)
    }

    static let timeWords = WordSet(["year", "years", "month", "months", "week", "weeks", "day", "days", "ago",
                                         "later", "earlier", "last", "next", "previous", "following", "same", "today",
                                         "yesterday", "tomorrow", "spring", "summer", "autumn", "fall", "winter",
                                         "morning", "evening", "night", "afternoon", "decade", "century"])

    /// The same text with context-only exclusions lifted, for finding a subject.
    func subjectView() -> TitleText {
        var copy = self
        copy.excluded = excluded.indices.map { (excluded[$0] && !contextOnly[$0]) || dateWords[$0] }
        return copy
    }

    func text(of index: Int) -> String {
        String(decoding: bytes[tokens[index].range], as: UTF8.self)
    }

    /// Tokens overlapping a byte range.
    func tokenSpan(of range: Range<Int>) -> Range<Int>? {
        guard let first = tokens.firstIndex(where: { $0.range.overlaps(range) }),
              let last = tokens.lastIndex(where: { $0.range.overlaps(range) }) else { return nil }
        return first..<(last + 1)
    }

    func isBreak(_ index: Int, cues: CueLexicon) -> Bool {
        let t = tokens[index]
        if t.isWord { return false }
        switch t.key {
        case ",", ";", ":", "(", ")", "-", "[", "]", "?", "!": return true
        default: return t.key == "." && index == tokens.count - 1
        }
    }

    /// The first token from `index` that is not a title or role before a name ("Treasury Secretary").
    func skippingTitles(from index: Int) -> Int {
        var k = index
        while k < tokens.count, droppable[k] { k += 1 }
        return k
    }

    /// The next token after `index` that is a word and not excluded, nor a preposition whose object
    /// was ("announced [on April 22] that").
    func nextWord(after index: Int) -> Int? {
        var k = index + 1
        while k < tokens.count, excluded[k] || !tokens[k].isWord
                || (k + 1 < tokens.count && excluded[k + 1] && TitleWords.datePrepositions.contains(tokens[k])) {
            k += 1
        }
        return k < tokens.count ? k : nil
    }

    func isBreakWord(_ index: Int, cues: CueLexicon) -> Bool {
        let t = tokens[index]
        return t.isWord && cues.contains(.subjectBreak, token: t)
    }

    func mention(endingAt index: Int) -> EntityMention? {
        mentions.first { $0.range.upperBound == tokens[index].range.upperBound }
    }

    func mention(startingAt index: Int) -> (mention: EntityMention, end: Int)? {
        guard let t = tokens[safe: index], let m = mentions.first(where: { $0.range.lowerBound == t.range.lowerBound })
        else { return nil }
        var end = index
        while end < tokens.count, tokens[end].range.lowerBound < m.range.upperBound { end += 1 }
        return (m, end)
    }

    /// Words of the clause from `start`: stops at punctuation or a subordinating word ("and" goes on
    /// before a capitalised word); skips excluded tokens, dropping a preposition left dangling before them.
    /// As an `object`, it also stops where a reduced relative or participial clause opens ("… aimed
    /// at", "a forum marking …"). A word limit never cuts a name, a hyphenated compound or an amount.
    func clauseWords(from start: Int, limit: Int, cues: CueLexicon, object: Bool = false,
                     isVerb: (WordToken) -> Bool = { _ in true }, isBaseVerb: (String) -> Bool = { _ in false }) -> [Int] {
        var out: [Int] = []
        var count = 0
        var k = start
        while k < tokens.count, count < limit {
            if excluded[k] {
                while let last = out.last, cues.contains(.preposition, token: tokens[last]) { out.removeLast(); count -= 1 }
                // "began [a day after] Macron ended …": an excluded subordinate clause ends this one.
                if tokens[k].isWord, TitleWords.clauseSubordinators.contains(tokens[k]),
                   !out.isEmpty {
                    break
                }
                // "takes effect [30 days after] signing": what follows a relative date is its anchor.
                if tokens[k].isWord, tokens[k].key == "after" || tokens[k].key == "before", k + 1 < tokens.count, !excluded[k + 1] {
                    break
                }
                k += 1
                continue
            }
            // "added 140 companies, most of them Chinese, to a blacklist": a quantified aside is skipped.
            if object, let after = asideEnd(from: k) {
                k = after
                continue
            }
            if isBreak(k, cues: cues) { break }
            let t = tokens[k]
            if t.isWord, isBreakWord(k, cues: cues) || (object && grammar.contains(.clauseBoundary, token: t)) {
                // "gallium and germanium" goes on; "… and called off …" starts another clause.
                let continuesName = t.key == "and" && tokens[safe: k + 1].map { $0.isWord && !isVerb($0) } == true
                // "removed as defense minister": "as" right after the verb is its complement.
                // Not "unfolded as Chinese media …", where "as" opens a clause.
                let complement = t.key == "as" && count == 0 && tokens[safe: k + 1].map {
                    $0.isWord && !$0.isCapitalized && !cues.contains(.determiner, token: $0)
                } == true
                if !continuesName && !complement { break }
            }
            if object, count > 0, opensReducedClause(k, after: out.last, cues: cues) { break }
            // "visited Kyiv to discuss grain": a purpose clause ends the object.
            if object, count > 0, t.key == "to", let next = tokens[safe: k + 1], next.isWord, !next.isCapitalized,
               isBaseVerb(next.key) {
                break
            }
            // "sanctions on a network it said supplied them": a subject pronoun opens a new clause.
            if object, count > 0, t.isWord, TitleWords.subjectPronouns.contains(t) { break }
            out.append(k)
            // A hyphenated compound ("free-trade") counts as one word.
            if t.isWord && !droppable[k] && !t.isHyphenated && !TitleWords.articles.contains(t) { count += 1 }
            k += 1
            if count >= limit {
                // Never cut a name in two ("the White | House"), a compound ("high-|level") or an
                // amount ("$34 | billion").
                if let m = mentions.first(where: { $0.range.contains(t.range.lowerBound) }) {
                    while k < tokens.count, tokens[k].range.lowerBound < m.range.upperBound { out.append(k); k += 1 }
                }
                while k < tokens.count, !excluded[k], tokens[k].isWord,
                      tokens[k].isHyphenated || (Self.isNumber(tokens[k - 1]) && grammar.contains(.magnitude, token: tokens[k])) {
                    out.append(k)
                    k += 1
                }
            }
        }
        while let last = out.last, cues.contains(.preposition, token: tokens[last]) { out.removeLast() }
        return out
    }

    /// Drops leading excluded tokens, punctuation, articles and adverbials ("But", "On", "Meanwhile").
    func trimmingLeading(_ indices: [Int], cues: CueLexicon) -> [Int] {
        var rest = indices[...]
        while let first = rest.first {
            let t = tokens[first]
            if excluded[first] || !t.isWord || TitleWords.articles.contains(t)
                || cues.contains(.leadingAdverbial, token: t) {
                rest = rest.dropFirst()
            } else {
                break
            }
        }
        return Array(rest)
    }

    /// The words as written, with people's normalised names and without titles before them.
    /// Cost: linear in the words; the text is gathered as bytes (the sentence's own, which are
    /// whole characters) and decoded once.
    func render(_ indices: [Int], cues: CueLexicon) -> String {
        var out: [UInt8] = []
        var lastEnd = -1
        var k = 0
        while k < indices.count {
            let i = indices[k]
            let t = tokens[i]
            if excluded[i] || droppable[i] { k += 1; continue }
            // "the Treasury on [Monday] dropped": a preposition whose object was excluded goes too.
            if t.isWord, cues.contains(.preposition, token: t), i + 1 < tokens.count, excluded[i + 1] {
                k += 1
                continue
            }
            if !out.isEmpty && t.range.lowerBound > lastEnd { out.append(t.isHyphenated ? UInt8(ascii: "-") : UInt8(ascii: " ")) }
            var end = t.range.upperBound
            if let m = mentions.first(where: { $0.kind == .person && $0.range.lowerBound == t.range.lowerBound }) {
                out.append(contentsOf: m.name.utf8)
                end = m.range.upperBound
                while k + 1 < indices.count, tokens[indices[k + 1]].range.lowerBound < m.range.upperBound { k += 1 }
            } else {
                out.append(contentsOf: bytes[t.range])
            }
            if tokens[safe: i]?.isPossessive == true || mentions.contains(where: { $0.range.upperBound == end }),
               let suffixEnd = possessiveEnd(after: end) {
                out.append(contentsOf: bytes[end..<suffixEnd])
                end = suffixEnd
            }
            lastEnd = end
            k += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Where the "'s" / "’s" / "'" after a possessive word (which tokens leave out) ends.
    private func possessiveEnd(after end: Int) -> Int? {
        var e = end
        if e < bytes.count, bytes[e] == UInt8(ascii: "'") {
            e += 1
        } else if e + 2 < bytes.count, bytes[e] == 0xE2, bytes[e + 1] == 0x80, bytes[e + 2] == 0x99 {
            e += 3
        } else {
            return nil
        }
        if e < bytes.count, bytes[e] == UInt8(ascii: "s") { e += 1 }
        return e
    }
}
