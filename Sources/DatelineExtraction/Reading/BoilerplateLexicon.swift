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
    /// Per two-byte pair: 0, or 1 + the index in `containsGroups` of the phrases starting with it.
    /// (UInt16 holds every group: there are fewer distinct pairs than 65 535 in any real lexicon.)
    private var containsPairSlots = [UInt16](repeating: 0, count: 65_536)
    private var containsGroups: [[[UInt8]]] = []
    // Per-kind phrase lists read for every line (no dictionary probe per line), `prefix` phrases by
    // their first byte, and a bit per length of the whole-line phrases (most lines need no set probe).
    private(set) var publishedPhrases: [[UInt8]] = []
    private(set) var updatedPhrases: [[UInt8]] = []
    private var copyrightPhrases: [[UInt8]] = []
    private(set) var bylinePhrases: [[UInt8]] = []
    private var prefixByFirstByte = [[[UInt8]]](repeating: [], count: 256)
    private var wholeLineLengths: UInt64 = 0
    private var longestPrefixPhrase = 0

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
                    if containsPairSlots[Int(pair)] == 0, containsGroups.count < Int(UInt16.max) {
                        containsGroups.append([])
                        containsPairSlots[Int(pair)] = UInt16(containsGroups.count)
                    }
                    if containsPairSlots[Int(pair)] != 0 { containsGroups[Int(containsPairSlots[Int(pair)]) - 1].append(bytes) }
                }
                if kind == .line, bytes.count <= 48 { wholeLineLengths |= 1 << UInt64(bytes.count) }
                if kind == .prefix, let first = bytes.first {
                    prefixByFirstByte[Int(first)].append(bytes)
                    longestPrefixPhrase = max(longestPrefixPhrase, bytes.count)
                }
            }
        }
        publishedPhrases = bytePhrases[.published] ?? []
        updatedPhrases = bytePhrases[.updated] ?? []
        copyrightPhrases = bytePhrases[.copyright] ?? []
        bylinePhrases = bytePhrases[.byline] ?? []
    }

    /// The bundled `boilerplate.txt`.
    public static func bundled() throws -> BoilerplateLexicon {
        BoilerplateLexicon(parsing: try BundledResources.text(named: "boilerplate.txt"))
    }

    /// The kind of boilerplate `line` is (a single line, without its line break), or nil for story text.
    public func classify(_ line: Substring) -> Kind? {
        classify(bytes: Array(line.utf8)[...])
    }

    /// `classify` over the line's UTF-8 bytes (valid UTF-8; its text is made only for a byline check).
    /// - Complexity: O(line length × phrases) in the worst case; a long prose line costs one pass
    ///   over the `prefix` phrases sharing its first byte and one table probe per byte for `contains`.
    func classify(bytes raw: ArraySlice<UInt8>) -> Kind? {
        let trimmed = Self.matchKeyBounds(raw)
        guard !trimmed.isEmpty else { return nil }
        let words = Self.wordCount(raw[trimmed], upTo: 61)
        // Past 60 words only a `prefix` phrase can match (every other test asks for fewer words, and
        // whole lines are short): the key's first bytes decide, one more than the longest phrase.
        if words > 60 {
            let prefix = Self.lowercasedKey(raw[trimmed.lowerBound..<min(trimmed.upperBound, trimmed.lowerBound + longestPrefixPhrase + 1)])
            for phrase in prefixByFirstByte[Int(prefix[0])] where Self.startsWord(prefix, phrase) { return .prefix }
            return nil
        }
        let key = Self.lowercasedKey(raw[trimmed])
        let hasDigit = key.contains { $0 >= 0x30 && $0 <= 0x39 }
        let first = key[0]
        if key.count <= 48, wholeLineLengths & (1 << UInt64(key.count)) != 0, wholeLines.contains(key) { return .line }
        if words == 1, Self.isSlug(raw[trimmed]) { return .line }
        if hasDigit, words <= 16 {
            if datedLine(key, startingWithOneOf: publishedPhrases) { return .published }
            if datedLine(key, startingWithOneOf: updatedPhrases) { return .updated }
        }
        if hasDigit, words <= 24, let kind = stampAmongFields(key) { return kind }
        if hasDigit, words <= 30, Self.hasYear(key) {
            for phrase in copyrightPhrases where Self.startsWord(key, phrase) { return .copyright }
            // "™ & © 2024 Cable News Network, Inc.": story text never holds the sign itself.
            if Self.find(Self.copyrightSign, in: key[...]) != nil { return .copyright }
        }
        for phrase in prefixByFirstByte[Int(first)] where Self.startsWord(key, phrase) { return .prefix }
        // A byline before the credit phrases: "Written by ABC Audio All Rights Reserved on November
        // 17, 2023" is the author's line with its date, whatever credit it runs into.
        if hasDigit, words <= 30, let kind = bylineRunIntoDateLine(key, raw: raw[trimmed]) { return kind }
        if words <= 12, bylinePhrases.contains(where: { Self.startsWord(key, $0) }),
           Self.looksLikeByline(String(decoding: raw, as: UTF8.self)[...]) {
            return .byline
        }
        if words <= 60, containsPhrase(key) { return .contains }
        if words <= 14, isDateLine(key[...]) || isISODateLine(key) { return .dateLine }
        return nil
    }

    /// A line that is an ISO 8601 date, maybe with a time ("2024-06-04T15:45:00Z"): numbers only,
    /// but no reading of a story line looks like that.
    func isISODateLine(_ key: [UInt8]) -> Bool {
        guard key.count >= 10, key[0..<4].allSatisfy(Self.isDigit), key[4] == UInt8(ascii: "-") || key[4] == UInt8(ascii: "/"),
              key[5..<7].allSatisfy(Self.isDigit), key[7] == key[4], key[8..<10].allSatisfy(Self.isDigit)
        else { return false }
        return isDateLine(key[...], requireWord: false)
    }

    /// Whether `key` starts with one of `phrases` and the rest reads as a date ("Published reports in
    /// 2019 …" is story text).
    func datedLine(_ key: [UInt8], startingWithOneOf phrases: [[UInt8]]) -> Bool {
        for phrase in phrases where Self.startsWord(key, phrase) {
            var rest = key[phrase.count...]
            if let cut = Self.find(Array(" by ".utf8), in: rest) { rest = rest[..<cut] }
            if let bar = rest.firstIndex(of: UInt8(ascii: "|")) { rest = rest[..<bar] }
            if isDateLine(rest, requireWord: false) { return true }
        }
        return false
    }

    /// Whether a `contains` phrase occurs in `key`. - Complexity: O(key length) table probes.
    func containsPhrase(_ key: [UInt8]) -> Bool {
        guard key.count >= 2 else { return false }
        return key.withUnsafeBufferPointer { b in
            containsPairSlots.withUnsafeBufferPointer { table in
                var pair = Int(b[0])
                for i in 0..<(b.count - 1) {
                    pair = (pair << 8 | Int(b[i + 1])) & 0xFFFF
                    let slot = table[pair]
                    guard slot != 0 else { continue }
                    for phrase in containsGroups[Int(slot) - 1] where i + phrase.count <= b.count {
                        if b[i..<(i + phrase.count)].elementsEqual(phrase) { return true }
                    }
                }
                return false
            }
        }
    }

    /// A line of only numbers, date words and separators (and at most one other word when a year
    /// and a date word are there), with at least one number and (if `requireWord`) one date word.
    /// `key` is lowercased.
    func isDateLine(_ key: ArraySlice<UInt8>, requireWord: Bool = true) -> Bool {
        var sawNumber = false, sawWord = false
        // One other word is allowed when a year and a date word are there too: a stamp with its
        // source or place ("Xinhua) 11:07, December 06, 2024", "Tuesday 4 June 2024 15:45, UK").
        var otherWords = 0, sawYear = false
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
                if token.count == 4, token.allSatisfy(Self.isDigit) { sawYear = true }
                // "03.03.2024": a whole date in one token says "date" as a month name would.
                if Self.isDottedDate(token) { sawWord = true; sawYear = true }
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
            guard dateWordBytes.contains(Array(token)) else {
                otherWords += 1
                if otherWords > 1 { return false }
                continue
            }
            sawWord = true
        }
        if otherWords > 0, !(sawYear && sawWord) { return false }
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

    static let copyrightSign = Array("©".utf8)

    /// Leading marks (space, brackets, bullets, dashes, NBSP) and trailing ones (punctuation,
    /// ellipsis, guillemets, NBSP) that do not change what a line is.
    static let leadingMarks: [[UInt8]] = [" ", "(", "[", "*", "-", ">", "|", "•", "–", "—", "·", "\u{A0}"].map { Array($0.utf8) }
    static let trailingMarks: [[UInt8]] = [" ", ")", "]", ".", ":", "!", ">", "|", "…", "»", "›", "\u{A0}"].map { Array($0.utf8) }

    /// The line's bytes without leading/trailing marks, ASCII letters lowercased.
    static func matchKey(_ raw: ArraySlice<UInt8>) -> [UInt8] {
        raw[matchKeyBounds(raw)].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    }

    /// The indexes of `raw` that `matchKey` keeps.
    static func matchKeyBounds(_ raw: ArraySlice<UInt8>) -> Range<Int> {
        var lo = raw.startIndex, hi = raw.endIndex
        // (No mark is a prefix of another, so which one is tried first does not matter; an ASCII byte
        // that is not a mark ends the search at once.)
        var trimmed = true
        while trimmed, lo < hi {
            trimmed = false
            let b = raw[lo]
            if b < 0x80, !isLeadingASCIIMark(b) { break }
            for mark in leadingMarks where raw[lo..<hi].starts(with: mark) { lo += mark.count; trimmed = true; break }
        }
        trimmed = true
        while trimmed, lo < hi {
            trimmed = false
            let b = raw[hi - 1]
            if b < 0x80, !isTrailingASCIIMark(b) { break }
            for mark in trailingMarks where hi - lo >= mark.count && raw[(hi - mark.count)..<hi].elementsEqual(mark) {
                hi -= mark.count
                trimmed = true
                break
            }
        }
        return lo..<hi
    }

    /// The one-byte members of `leadingMarks`.
    @inline(__always)
    static func isLeadingASCIIMark(_ b: UInt8) -> Bool {
        b == 0x20 || b == UInt8(ascii: "(") || b == UInt8(ascii: "[") || b == UInt8(ascii: "*") || b == UInt8(ascii: "-")
            || b == UInt8(ascii: ">") || b == UInt8(ascii: "|")
    }

    /// The one-byte members of `trailingMarks`.
    @inline(__always)
    static func isTrailingASCIIMark(_ b: UInt8) -> Bool {
        b == 0x20 || b == UInt8(ascii: ")") || b == UInt8(ascii: "]") || b == UInt8(ascii: ".") || b == UInt8(ascii: ":")
            || b == UInt8(ascii: "!") || b == UInt8(ascii: ">") || b == UInt8(ascii: "|")
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

    /// `bytes` with ASCII letters lowercased.
    static func lowercasedKey(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: bytes.count) { out, count in
            bytes.withUnsafeBufferPointer { source in
                for j in 0..<source.count {
                    let c = source[j]
                    out[j] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
                }
            }
            count = bytes.count
        }
    }

    /// Runs of non-space bytes. - Complexity: one branch-free pass.
    /// Words of `bytes` (runs without a space), counting no further than `limit`: a long prose line
    /// needs only to be known as long.
    static func wordCount(_ bytes: ArraySlice<UInt8>, upTo limit: Int = .max) -> Int {
        bytes.withUnsafeBufferPointer { b in
            var count = 0
            var previous: UInt8 = 0x20
            for c in b {
                count += (c != 0x20 && previous == 0x20) ? 1 : 0
                if count >= limit { return count }
                previous = c
            }
            return count
        }
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
