extension TitleBuilder {
    /// Capitalised, no trailing punctuation, at most `maxLength` characters (cut at a word).
    /// `protectedWords` (subject and verb, "stops over") are never trimmed as dangling words.
    func finish(_ text: String, doc: TitleText, protectedWords: Int = 1) -> String {
        // Headlines drop articles ("signs aid bill into law"), but not in "less than a year".
        var words: [String] = []
        for word in text.split(separator: " ") where !["the", "a", "an"].contains(word) || words.last == "than" {
            words.append(String(word))
        }
        // "Her party suffers losses" → "Party suffers losses": a headline opens on no possessive pronoun.
        if words.count > 2, let first = words.first, ["his", "her", "its", "their"].contains(first.lowercased()) {
            words.removeFirst()
        }
        if words.isEmpty {
            let indices = doc.trimmingLeading(Array(doc.tokens.indices), cues: cues)
            words = doc.render(doc.clauseWords(from: indices.first ?? 0, limit: 8, cues: cues), cues: cues)
                .split(separator: " ").map(String.init).filter { !["the", "a", "an"].contains($0) }
        }
        var cut = false
        while words.joined(separator: " ").count > maxLength, words.count > 1 {
            words.removeLast()
            cut = true
        }
        // A phrase cut short loses its whole prepositional tail ("off South" → "").
        if cut, let p = words.lastIndex(where: { cues.contains(.preposition, key: $0.lowercased()) }),
           p >= 2, words.count - p <= 3 {
            words.removeSubrange(p...)
        }
        // …nor ends on an adjective whose noun was cut ("of U.S.-China economic").
        while cut, let last = words.last, words.count > max(2, protectedWords + 1),
              last.first?.isLowercase == true && ["ic", "al", "ive", "ous", "ary", "ful", "able", "ible"].contains(where: { last.hasSuffix($0) })
                || ["and", "or"].contains(last) || last.hasSuffix("’s") || last.hasSuffix("'s") {
            words.removeLast()
            // A possessive name goes whole ("Hong Kong’s").
            if last.hasSuffix("’s") || last.hasSuffix("'s") {
                while let name = words.last, words.count > max(2, protectedWords + 1), name.first?.isUppercase == true { words.removeLast() }
            }
        }
        while let last = words.last, words.count > max(1, protectedWords),
              cues.contains(.preposition, key: last.lowercased()) || cues.contains(.auxiliary, key: last.lowercased())
                || ["the", "a", "an", "and", "or", "its", "their", "his", "her", "that", "which"].contains(last.lowercased()) {
            words.removeLast()
        }
        var out = words.joined(separator: " ")
        while let last = out.last, ",;:.-—–(\"“”'".contains(last) { out.removeLast() }
        if out.count > maxLength { out = String(out.prefix(maxLength)) }
        guard let first = out.first else { return out }
        return first.uppercased() + out.dropFirst()
    }
}
