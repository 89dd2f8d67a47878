/// The title of last resort: the words around the trigger, trimmed to read as a phrase.
extension TitleBuilder {
    /// Up to ten words around the trigger, within its clause.
    func fallback(_ doc: TitleText, span: Range<Int>) -> String {
        var start = span.lowerBound
        // "announced by Washington on Tuesday after talks in Riyadh": a noun phrase after a
        // preposition of time is a phrase of its own; the words before it are another clause's.
        while start > 0, span.lowerBound - start < 4, !doc.isBreak(start - 1, cues: cues),
              !(doc.tokens[start - 1].isWord && Self.timePrepositions.contains(doc.tokens[start - 1])) {
            start -= 1
        }
        // Never half a compound ("large-|scale drills").
        while start > 0, doc.tokens[start].isHyphenated, doc.tokens[start - 1].isWord, !doc.excluded[start - 1] { start -= 1 }
        // The words before the trigger, the trigger and its clause after it, gathered on the stack
        // (room for every token from `start`) and cut from either end as a slice: no arrays.
        let before = span.upperBound - start
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: max(1, doc.tokens.count - start)) { buffer in
            for k in 0..<before { buffer[k] = start + k }
            let after = doc.clauseWords(from: span.upperBound, limit: max(0, 10 - before), cues: cues,
                                        into: UnsafeMutableBufferPointer(rebasing: buffer[before...]))
            return fallback(doc, span: span, words: UnsafeBufferPointer(buffer)[0..<(before + after)])
        }
    }

    /// `fallback(_:span:)` on the gathered words.
    private func fallback(_ doc: TitleText, span: Range<Int>, words: Slice<UnsafeBufferPointer<Int>>) -> String {
        var indices = words
        // Cut by the limit before its noun: "meetings of U.S.-China economic | and financial groups".
        while indices.count > span.count + 1, let last = indices.last, let next = doc.tokens[safe: last + 1], next.isWord,
              !doc.tokens[last].isCapitalized,
              TitleBytes.hasSuffix(doc.tokens[last].key, anyOf: TitleBytes.adjectiveEndings) {
            indices = indices.dropLast()
        }
        // "meetings of U.S.-China | economic …": a prepositional phrase whose noun was cut goes whole.
        if let last = indices.last, let next = doc.tokens[safe: last + 1], next.isWord, !next.isCapitalized,
           !doc.excluded[last + 1], !cues.contains(.preposition, token: next), !doc.isBreakWord(last + 1, cues: cues),
           let p = indices.lastIndex(where: { $0 >= span.upperBound && doc.isCue(.preposition, $0) }),
           indices[p...].filter({ doc.tokens[$0].isWord && !doc.isA(.articles, $0) }).count <= 3 {
            indices = indices[..<p]
        }
        // (Trimmed as a slice of the indices: no arrays.)
        var trimmed = trimmingTimeWords(doc, indices[doc.trimmedPosition(indices)...])
        // Never open on a dangling word: "to trade blacklist", "than tripled".
        while let first = trimmed.first, trimmed.count > 1, doc.tokens[first].isWord,
              doc.isCue(.preposition, first) || doc.isCue(.subjectBreak, first)
                || doc.keyIs(first, "what") || doc.keyIs(first, "than") {
            trimmed = trimmed.dropFirst()
        }
        // "his call with Putin": the possessor named, when the pronoun names one person or body.
        if let first = trimmed.first, trimmed.count > 1, doc.tokens[first].isWord, let owner = possessor(doc, pronounAt: first) {
            return Self.plannedAsInfinitive(owner + "'s " + doc.render(trimmed.dropFirst(), cues: cues))
        }
        return Self.plannedAsInfinitive(doc.render(trimmed, cues: cues))
    }
}
