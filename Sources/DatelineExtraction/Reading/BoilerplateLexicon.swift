/// Phrases that mark lines of a news page as page furniture rather than story text
/// (parsed from `Resources/boilerplate.txt`; see that file for the format).
public struct BoilerplateLexicon: Sendable, Hashable {
    /// Why a line is boilerplate.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case line, prefix, contains, published, updated, copyright, byline
        /// Not read from the file: a short line made only of date words and numbers.
        case dateLine
        /// Not read from the file: a short label above the headline ("Politics", "World | Asia").
        case sectionLabel
        /// Not read from the file: another copy of the headline.
        case headlineCopy
    }

    /// Lowercased phrases per kind, as written in the file.
    public private(set) var phrases: [Kind: [String]] = [:]
    /// Lowercased words allowed in a standalone date line besides numbers.
    public private(set) var dateWords: Set<String> = []

    /// Parses the lexicon text; unknown kinds and malformed lines are ignored.
    public init(parsing text: String) {
        for rawLine in text.split(separator: "\n") {
            let line = rawLine.trimming(" \r")
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let phrase = parts[1].trimming(" ").lowercased()
            guard !phrase.isEmpty else { continue }
            if parts[0] == "dateword" {
                dateWords.insert(phrase)
            } else if let kind = Kind(rawValue: String(parts[0])) {
                phrases[kind, default: []].append(phrase)
            }
        }
    }

    /// The bundled `boilerplate.txt`.
    public static func bundled() throws -> BoilerplateLexicon {
        BoilerplateLexicon(parsing: try BundledResources.text(named: "boilerplate.txt"))
    }

    /// The kind of boilerplate `line` is (a single line, without its line break), or nil for story text.
    /// - Complexity: O(phrases × line length), for short lines; long lines only check `contains`/`prefix`.
    public func classify(_ line: Substring) -> Kind? {
        let key = Self.matchKey(line)
        guard !key.isEmpty else { return nil }
        let words = Self.wordCount(key)
        let hasDigit = key.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }
        for phrase in phrases[.line] ?? [] where key == phrase { return .line }
        for kind in [Kind.published, .updated] where hasDigit && words <= 16 {
            for phrase in phrases[kind] ?? [] where Self.startsWord(key, phrase) {
                // The rest must read as a date ("Published reports in 2019 …" is story text).
                var rest = key.dropFirst(phrase.count)
                for cut in [" by ", "|"] { if let r = rest.range(of: cut) { rest = rest[..<r.lowerBound] } }
                if isDateLine(String(rest), requireWord: false) { return kind }
            }
        }
        if hasDigit, words <= 30 {
            for phrase in phrases[.copyright] ?? [] where Self.startsWord(key, phrase) && Self.hasYear(key) {
                return .copyright
            }
        }
        for phrase in phrases[.prefix] ?? [] where Self.startsWord(key, phrase) { return .prefix }
        if words <= 60 {
            for phrase in phrases[.contains] ?? [] where key.contains(phrase) { return .contains }
        }
        if words <= 12, let by = phrases[.byline], by.contains(where: { Self.startsWord(key, $0) }),
           Self.looksLikeByline(line) {
            return .byline
        }
        if words <= 14, isDateLine(key) { return .dateLine }
        return nil
    }

    /// A line of only numbers, date words and separators, with at least one number and (if
    /// `requireWord`) one date word.
    func isDateLine(_ key: String, requireWord: Bool = true) -> Bool {
        var sawNumber = false, sawWord = false
        for token in key.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == ".") }) {
            let word = token.hasSuffix(".") && token.count > 1 && !token.dropLast().contains(".")
                ? token.dropLast() : token[...]
            if word.allSatisfy({ $0.isNumber || $0 == "." }) {
                if word.contains(where: \.isNumber) { sawNumber = true }
                continue
            }
            // "20th", "1st"
            if let firstLetter = word.firstIndex(where: \.isLetter), firstLetter != word.startIndex,
               word[..<firstLetter].allSatisfy(\.isNumber), dateWords.contains(String(word[firstLetter...])) {
                sawNumber = true
                continue
            }
            guard dateWords.contains(String(word)) else { return false }
            sawWord = true
        }
        return sawNumber && (sawWord || !requireWord)
    }

    /// "By Jane Doe", "By JANE DOE and John Roe, Reuters": after "By", every word is capitalised
    /// or a joining word, and the line does not read as a sentence.
    static func looksLikeByline(_ line: Substring) -> Bool {
        let words = line.split(separator: " ").dropFirst()
        guard let first = words.first, first.first?.isUppercase == true else { return false }
        let joiners: Set<Substring> = ["and", "in", "for", "of", "the", "|", "-", "—", "–", "&", "de", "van", "von", "al", "bin"]
        return words.allSatisfy { word in
            let w = word.trimming(",;|")
            return w.isEmpty || joiners.contains(Substring(w)) || w.first?.isUppercase == true || w.first?.isNumber == true
        }
    }

    /// Lowercased line without leading bullets/brackets and trailing punctuation or spaces.
    static func matchKey(_ line: Substring) -> String {
        let leading: Set<Character> = [" ", "(", "[", "*", "•", "-", "–", "—", "·", ">", "|", "\u{A0}"]
        let trailing: Set<Character> = [" ", ")", "]", ".", ":", "!", "…", "»", "›", ">", "|", "\u{A0}"]
        var s = line[...]
        while let c = s.first, leading.contains(c) { s = s.dropFirst() }
        while let c = s.last, trailing.contains(c) { s = s.dropLast() }
        return s.lowercased()
    }

    static func startsWord(_ key: String, _ phrase: String) -> Bool {
        guard key.hasPrefix(phrase) else { return false }
        if let last = phrase.last, !last.isLetter { return true }
        let rest = key.dropFirst(phrase.count)
        return rest.first.map { !$0.isLetter } ?? true
    }

    static func wordCount(_ s: String) -> Int {
        s.split(separator: " ").count
    }

    /// True when `s` holds a four-digit number 1800–2199 standing alone.
    static func hasYear(_ s: String) -> Bool {
        let bytes = Array(s.utf8)
        var i = 0
        while i < bytes.count {
            guard bytes[i] >= 0x30, bytes[i] <= 0x39 else { i += 1; continue }
            var j = i
            while j < bytes.count, bytes[j] >= 0x30, bytes[j] <= 0x39 { j += 1 }
            if j - i == 4, let year = Int(String(decoding: bytes[i..<j], as: UTF8.self)), (1800...2199).contains(year) {
                return true
            }
            i = j
        }
        return false
    }
}

extension Substring {
    func trimming(_ set: String) -> String {
        var s = self
        while let c = s.first, set.contains(c) { s = s.dropFirst() }
        while let c = s.last, set.contains(c) { s = s.dropLast() }
        return String(s)
    }
}
