/// A stack of token indices written into caller-provided memory (the stack, in practice): what
/// `TitleText.clauseWords` gathers, without an array per clause. Appending past the memory's end
/// is ignored; callers size it to hold every index they can append.
struct TitleIndexStack {
    private let buffer: UnsafeMutableBufferPointer<Int>
    private(set) var count = 0

    init(_ buffer: UnsafeMutableBufferPointer<Int>) { self.buffer = buffer }

    var isEmpty: Bool { count == 0 }
    var last: Int? { count > 0 ? buffer[count - 1] : nil }

    mutating func append(_ index: Int) {
        guard count < buffer.count else { return }
        buffer[count] = index
        count += 1
    }

    mutating func removeLast() {
        if count > 0 { count -= 1 }
    }

    /// The indices held, in order.
    var indices: UnsafeBufferPointer<Int> { UnsafeBufferPointer(rebasing: buffer[0..<count]) }
}

extension TitleText {
    /// `clauseWords(from:…)` as an array (for callers that keep or grow it).
    func clauseWords(from start: Int, limit: Int, cues: CueLexicon, object: Bool = false,
                     isVerb: (WordToken) -> Bool = { _ in true }, isBaseVerb: (Int) -> Bool = { _ in false }) -> [Int] {
        withClauseWords(from: start, limit: limit, cues: cues, object: object, isVerb: isVerb, isBaseVerb: isBaseVerb) {
            Array($0)
        }
    }

    /// Calls `body` with `clauseWords(from:…)` gathered on the stack. Room for every token from
    /// `start`: the clause appends each token index at most once, in order, so it never holds more.
    func withClauseWords<R>(from start: Int, limit: Int, cues: CueLexicon, object: Bool = false,
                            isVerb: (WordToken) -> Bool = { _ in true }, isBaseVerb: (Int) -> Bool = { _ in false },
                            _ body: (UnsafeMutableBufferPointer<Int>) -> R) -> R {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: max(1, tokens.count - max(0, start))) { buffer in
            let count = clauseWords(from: start, limit: limit, cues: cues, object: object, isVerb: isVerb,
                                    isBaseVerb: isBaseVerb, into: buffer)
            return body(UnsafeMutableBufferPointer(rebasing: buffer[0..<count]))
        }
    }

    /// Words of the clause from `start`: stops at punctuation or a subordinating word ("and" goes on
    /// before a capitalised word); skips excluded tokens, dropping a preposition left dangling before them.
    /// As an `object`, it also stops where a reduced relative or participial clause opens ("… aimed
    /// at", "a forum marking …"). A word limit never cuts a name, a hyphenated compound or an amount.
    func clauseWords(from start: Int, limit: Int, cues: CueLexicon, object: Bool = false,
                     isVerb: (WordToken) -> Bool = { _ in true }, isBaseVerb: (Int) -> Bool = { _ in false },
                     into buffer: UnsafeMutableBufferPointer<Int>) -> Int {
        var out = TitleIndexStack(buffer)
        var count = 0
        var k = start
        // "between South Korea and Japan": after "between", the first "and" joins its two sides.
        var betweenOpen = false
        while k < tokens.count, count < limit {
            if excluded[k] {
                while let last = out.last, isCue(.preposition, last) { out.removeLast(); count -= 1 }
                // "began [a day after] Macron ended …": an excluded subordinate clause ends this one.
                if tokens[k].isWord, isA(.clauseSubordinators, k),
                   !out.isEmpty {
                    break
                }
                // "takes effect [30 days after] signing": what follows a relative date is its anchor.
                if tokens[k].isWord, keyIs(k, "after") || keyIs(k, "before"), k + 1 < tokens.count, !excluded[k + 1] {
                    break
                }
                k += 1
                continue
            }
            // "added 140 companies, most of them Chinese, to a blacklist": a quantified aside is skipped.
            if object, isComma(k), let after = asideEnd(from: k) {
                k = after
                continue
            }
            // (A comma between a role and its name, "his counterpart, Liu He", is dropped, not a break.)
            if isBreak(k, cues: cues), !isDroppable(k) { break }
            // (Token fields are read in place: binding the token would copy it and retain its key.)
            let isWord = tokens[k].isWord
            let hasNext = k + 1 < tokens.count
            if isWord, isBreakWord(k, cues: cues) || (object && inGrammar(.clauseBoundary, k)) {
                // "gallium and germanium" goes on; "… and called off …" starts another clause.
                let continuesName = keyIs(k, "and") && hasNext && tokens[k + 1].isWord
                    && (!isVerb(tokens[k + 1]) || (betweenOpen && (tokens[k + 1].isCapitalized || isA(.articles, k + 1))))
                // "removed as defense minister": "as" right after the verb is its complement.
                // Not "unfolded as Chinese media …", where "as" opens a clause.
                let complement = keyIs(k, "as") && count == 0 && hasNext
                    && tokens[k + 1].isWord && !tokens[k + 1].isCapitalized && !isCue(.determiner, k + 1)
                if !continuesName && !complement { break }
            }
            if object, count > 0, opensReducedClause(k, after: out.last, cues: cues) { break }
            // "visited Kyiv to discuss grain": a purpose clause ends the object.
            if object, count > 0, keyIs(k, "to"), hasNext, tokens[k + 1].isWord, !tokens[k + 1].isCapitalized,
               isBaseVerb(k + 1) {
                break
            }
            // "sanctions on a network it said supplied them": a subject pronoun opens a new clause.
            if object, count > 0, isWord, isA(.subjectPronouns, k) { break }
            out.append(k)
            if isWord { betweenOpen = keyIs(k, "between") || (betweenOpen && !keyIs(k, "and")) }
            // A hyphenated compound ("free-trade") counts as one word.
            if isWord && !isDroppable(k) && !tokens[k].isHyphenated && !isA(.articles, k) { count += 1 }
            let wordStart = tokens[k].range.lowerBound
            k += 1
            if count >= limit {
                // Never cut a name in two ("the White | House"), a compound ("high-|level") or an
                // amount ("$34 | billion").
                if let m = mentions.first(where: { $0.range.contains(wordStart) }) {
                    while k < tokens.count, tokens[k].range.lowerBound < m.range.upperBound { out.append(k); k += 1 }
                }
                while k < tokens.count, !excluded[k], tokens[k].isWord,
                      tokens[k].isHyphenated || (Self.isNumber(tokens[k - 1]) && inGrammar(.magnitude, k)) {
                    out.append(k)
                    k += 1
                }
            }
        }
        while let last = out.last, isCue(.preposition, last) { out.removeLast() }
        return out.count
    }

}
