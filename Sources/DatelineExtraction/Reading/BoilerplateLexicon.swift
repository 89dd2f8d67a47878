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

    // Byte forms of the above, for matching.
    private var wholeLines: Set<[UInt8]> = []
    private var bytePhrases: [Kind: [[UInt8]]] = [:]
    private var dateWordBytes: Set<[UInt8]> = []
    /// `contains` phrases by their first two bytes, and a bit per two-byte pair that starts one:
    /// one table probe per byte rules out almost every position of a prose line.
    private var containsByPair: [UInt16: [[UInt8]]] = [:]
    private var containsPairs = [Bool](repeating: false, count: 65_536)

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
                dateWordBytes.insert(Array(phrase.utf8))
            } else if let kind = Kind(rawValue: String(parts[0])) {
                phrases[kind, default: []].append(phrase)
                bytePhrases[kind, default: []].append(Array(phrase.utf8))
                if kind == .line { wholeLines.insert(Array(phrase.utf8)) }
                let bytes = Array(phrase.utf8)
                if kind == .contains, bytes.count >= 2 {
                    let pair = UInt16(bytes[0]) << 8 | UInt16(bytes[1])
                    containsByPair[pair, default: []].append(bytes)
                    containsPairs[Int(pair)] = true
                }
            }
        }
    }

    /// The bundled `boilerplate.txt`.
    public static func bundled() throws -> BoilerplateLexicon {
        BoilerplateLexicon(parsing: try BundledResources.text(named: "boilerplate.txt"))
    }

    /// The kind of boilerplate `line` is (a single line, without its line break), or nil for story text.
    public func classify(_ line: Substring) -> Kind? {
        classify(bytes: Array(line.utf8)[...], line: line)
    }

    /// `classify` over the line's UTF-8 bytes (`line` is the same text, used only for bylines).
    /// - Complexity: O(line length × phrases) in the worst case; a long prose line costs one pass
    ///   per `prefix` phrase's first bytes and one search per `contains` phrase.
    func classify(bytes raw: ArraySlice<UInt8>, line: Substring) -> Kind? {
        let key = Self.matchKey(raw)
        guard !key.isEmpty else { return nil }
        let words = Self.wordCount(key)
        let hasDigit = key.contains { $0 >= 0x30 && $0 <= 0x39 }
        if key.count <= 48, wholeLines.contains(key) { return .line }
        if hasDigit, words <= 16 {
            for kind in [Kind.published, .updated] {
                for phrase in bytePhrases[kind] ?? [] where Self.startsWord(key, phrase) {
                    // The rest must read as a date ("Published reports in 2019 …" is story text).
                    var rest = key[phrase.count...]
                    if let cut = Self.find(Array(" by ".utf8), in: rest) { rest = rest[..<cut] }
                    if let bar = rest.firstIndex(of: UInt8(ascii: "|")) { rest = rest[..<bar] }
                    if isDateLine(rest, requireWord: false) { return kind }
                }
            }
        }
        if hasDigit, words <= 30, Self.hasYear(key) {
            for phrase in bytePhrases[.copyright] ?? [] where Self.startsWord(key, phrase) { return .copyright }
        }
        for phrase in bytePhrases[.prefix] ?? [] where Self.startsWord(key, phrase) { return .prefix }
        if words <= 60, containsPhrase(key) { return .contains }
        if words <= 12, let by = bytePhrases[.byline], by.contains(where: { Self.startsWord(key, $0) }),
           Self.looksLikeByline(line) {
            return .byline
        }
        if words <= 14, isDateLine(key[...]) { return .dateLine }
        return nil
    }

    /// Whether a `contains` phrase occurs in `key`. - Complexity: O(key length) table probes.
    func containsPhrase(_ key: [UInt8]) -> Bool {
        guard key.count >= 2 else { return false }
        return key.withUnsafeBufferPointer { b in
            containsPairs.withUnsafeBufferPointer { table in
                for i in 0..<(b.count - 1) where table[Int(UInt16(b[i]) << 8 | UInt16(b[i + 1]))] {
                    let pair = UInt16(b[i]) << 8 | UInt16(b[i + 1])
                    for phrase in containsByPair[pair] ?? [] where i + phrase.count <= b.count {
                        if b[i..<(i + phrase.count)].elementsEqual(phrase) { return true }
                    }
                }
                return false
            }
        }
    }

    /// A line of only numbers, date words and separators, with at least one number and (if
    /// `requireWord`) one date word. `key` is lowercased.
    func isDateLine(_ key: ArraySlice<UInt8>, requireWord: Bool = true) -> Bool {
        var sawNumber = false, sawWord = false
        var i = key.startIndex
        while i < key.endIndex {
            guard Self.isTokenScalar(key, at: i) else { i = Self.scalarEnd(key, from: i); continue }
            var j = i
            while j < key.endIndex, Self.isTokenScalar(key, at: j) { j = Self.scalarEnd(key, from: j) }
            var token = key[i..<j]
            // "oct." → "oct", but "p.m." keeps its dots.
            if token.count > 1, token.last == UInt8(ascii: "."), !token.dropLast().contains(UInt8(ascii: ".")) {
                token = token.dropLast()
            }
            i = j
            if token.allSatisfy({ Self.isDigit($0) || $0 == UInt8(ascii: ".") }) {
                if token.contains(where: Self.isDigit) { sawNumber = true }
                continue
            }
            // ISO 8601 timestamps: "04t09" (date, T, hour), "00z" (seconds, Zulu).
            if Self.isISOTimestampPart(token) {
                sawNumber = true
                continue
            }
            // "20th", "1st"
            if let firstLetter = token.firstIndex(where: { !Self.isDigit($0) }), firstLetter != token.startIndex,
               dateWordBytes.contains(Array(token[firstLetter...])) {
                sawNumber = true
                continue
            }
            guard dateWordBytes.contains(Array(token)) else { return false }
            sawWord = true
        }
        return sawNumber && (sawWord || !requireWord)
    }

    /// Digits, one "t", digits ("04t09"), or digits then "z" ("00z"): pieces of an ISO 8601 timestamp
    /// once the matching key has split it at "-" and ":".
    static func isISOTimestampPart(_ token: ArraySlice<UInt8>) -> Bool {
        guard let letter = token.firstIndex(where: { !isDigit($0) }), letter != token.startIndex else { return false }
        let rest = token[(letter + 1)...]
        switch token[letter] {
        case UInt8(ascii: "t"): return !rest.isEmpty && rest.allSatisfy(isDigit)
        case UInt8(ascii: "z"): return rest.isEmpty
        default: return false
        }
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

    // MARK: - Bytes

    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    static func isLetter(_ c: UInt8) -> Bool { (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) }
    /// Whether the character at `i` belongs in a token: ASCII letters, digits and '.', and non-ASCII
    /// letters. U+0080–U+00BF (NBSP, ©, ·, «, ») and U+2000–U+2FFF (dashes, bullets, ellipsis) separate.
    static func isTokenScalar(_ b: ArraySlice<UInt8>, at i: Int) -> Bool {
        let c = b[i]
        if c < 0x80 { return isLetter(c) || isDigit(c) || c == UInt8(ascii: ".") }
        return c >= 0xC3 && c != 0xE2
    }

    /// Index after the UTF-8 character starting at `i`.
    static func scalarEnd(_ b: ArraySlice<UInt8>, from i: Int) -> Int {
        var j = i + 1
        while j < b.endIndex, b[j] & 0xC0 == 0x80 { j += 1 }
        return j
    }

    /// Leading marks (space, brackets, bullets, dashes, NBSP) and trailing ones (punctuation,
    /// ellipsis, guillemets, NBSP) that do not change what a line is.
    static let leadingMarks: [[UInt8]] = [" ", "(", "[", "*", "-", ">", "|", "•", "–", "—", "·", "\u{A0}"].map { Array($0.utf8) }
    static let trailingMarks: [[UInt8]] = [" ", ")", "]", ".", ":", "!", ">", "|", "…", "»", "›", "\u{A0}"].map { Array($0.utf8) }

    /// The line's bytes without leading/trailing marks, ASCII letters lowercased.
    static func matchKey(_ raw: ArraySlice<UInt8>) -> [UInt8] {
        var lo = raw.startIndex, hi = raw.endIndex
        var trimmed = true
        while trimmed, lo < hi {
            trimmed = false
            for mark in leadingMarks where raw[lo..<hi].starts(with: mark) { lo += mark.count; trimmed = true; break }
        }
        trimmed = true
        while trimmed, lo < hi {
            trimmed = false
            for mark in trailingMarks where hi - lo >= mark.count && raw[(hi - mark.count)..<hi].elementsEqual(mark) {
                hi -= mark.count
                trimmed = true
                break
            }
        }
        return raw[lo..<hi].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    }

    /// True when `key` starts with `phrase` and, if the phrase ends in a letter, no letter follows.
    static func startsWord(_ key: [UInt8], _ phrase: [UInt8]) -> Bool {
        guard key.count >= phrase.count, key.first == phrase.first, key.starts(with: phrase) else { return false }
        guard let last = phrase.last, isLetter(last), key.count > phrase.count else { return true }
        return !isLetter(key[phrase.count])
    }

    /// Index of the first occurrence of `needle` in `haystack`.
    static func find(_ needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var i = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while i <= last {
            if haystack[i] == first, haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    static func wordCount(_ key: [UInt8]) -> Int {
        var count = 0
        var inWord = false
        for c in key {
            if c == 0x20 { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    /// True when `s` holds a four-digit number 1800–2199 standing alone.
    static func hasYear(_ s: [UInt8]) -> Bool {
        var i = 0
        while i < s.count {
            guard isDigit(s[i]) else { i += 1; continue }
            var j = i
            while j < s.count, isDigit(s[j]) { j += 1 }
            if j - i == 4 {
                let year = (Int(s[i]) - 48) * 1000 + (Int(s[i + 1]) - 48) * 100 + (Int(s[i + 2]) - 48) * 10 + Int(s[i + 3]) - 48
                if (1800...2199).contains(year) { return true }
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
