/// Bylines: the author's line, alone or run into the page's date stamp.
extension BoilerplateLexicon {
    /// "By Jane Doe", "By JANE DOE and John Roe, Reuters": after "By", every word is capitalised
    /// or a joining word, and the line does not read as a sentence.
    static func looksLikeByline(_ line: Substring) -> Bool {
        // (The words after the phrase that opens it: "By", "Written by".)
        let all = line.split(separator: " ")
        let by = all.prefix(2).firstIndex { $0.lowercased() == "by" } ?? 0
        let words = all[(by + 1)...]
        guard let first = words.first, first.first?.isUppercase == true else { return false }
        let joiners: Set<Substring> = ["and", "in", "for", "of", "the", "on", "|", "-", "—", "–", "&", "de", "van", "von", "al", "bin"]
        return words.allSatisfy { word in
            let w = word.trimming(",;|")
            return w.isEmpty || joiners.contains(Substring(w)) || w.first?.isUppercase == true || w.first?.isNumber == true
        }
    }

    /// "By Jane Doe Posted : March 16, 2023, 18:49 Updated : …": a byline with the page's
    /// publication (or update) stamp on the same line, as several news sites print it. `.published`
    /// or `.updated` after whichever stamp comes first, nil when the line is not that.
    /// - Parameters:
    ///   - key: the line's lowercased matching key;
    ///   - raw: the same bytes with their case (`key` and `raw` share offsets).
    /// Without "By", the name must be all it is: "Jane Doe (@janedoe) Published May 17, 2023 | 05:50 PM".
    func bylineRunIntoDateLine(_ key: [UInt8], raw: ArraySlice<UInt8>) -> Kind? {
        let openedByBy = bylinePhrases.contains(where: { Self.startsWord(key, $0) })
        // The first stamp phrase after the name: a word of its own, past "By" and one word of name.
        var i = 4
        while i < key.count {
            if key[i - 1] == 0x20 {
                let rest = Array(key[i...])
                for (phrases, kind) in [(publishedPhrases, Kind.published), (updatedPhrases, Kind.updated)]
                where phrases.contains(where: { Self.startsWord(rest, $0) }) {
                    let name = String(decoding: raw[raw.startIndex..<(raw.startIndex + i - 1)], as: UTF8.self)
                    let isName = openedByBy ? Self.looksLikeByline(name[...]) : Self.isBareName(name)
                    guard isName, datedLine(rest, startingWithOneOf: phrases) else { return nil }
                    return kind
                }
            }
            i += 1
        }
        return nil
    }

    /// Two to five capitalised words, perhaps with a social handle in brackets ("(@janedoe)").
    static func isBareName(_ text: String) -> Bool {
        let words = text.split(separator: " ").filter { !($0.hasPrefix("(@") && $0.hasSuffix(")")) }
        return (2...5).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true }
    }

    /// "Reuters | Washington DC | Updated: 18-08-2020 02:03 IST | Created: 18-08-2020 01:57 IST":
    /// a meta line of fields between bars, one of them a publication (or update) stamp. `.published`
    /// when any field is a publication stamp, else `.updated` when one is an update stamp.
    func stampAmongFields(_ key: [UInt8]) -> Kind? {
        guard key.contains(UInt8(ascii: "|")) else { return nil }
        var updated = false
        var start = 0
        while start < key.count {
            let bar = key[start...].firstIndex(of: UInt8(ascii: "|")) ?? key.count
            var lower = start
            while lower < bar, key[lower] == 0x20 { lower += 1 }
            if lower < bar {
                let field = Array(key[lower..<bar])
                if datedLine(field, startingWithOneOf: publishedPhrases) { return .published }
                if datedLine(field, startingWithOneOf: updatedPhrases) { updated = true }
            }
            start = bar + 1
        }
        return updated ? .updated : nil
    }
}
