/// Finds the headline, story paragraphs and boilerplate lines of a normalised article text.
///
/// The headline is the first line of the top block (the lines before the first prose line) that is
/// not boilerplate and not a section label: labels are breadcrumbs ("World | Asia") or short
/// title-case lines ("China Power") above a longer line. Copies of the headline further down are
/// boilerplate. Paragraphs are runs of story lines; a blank line, a boilerplate line, or a line that
/// ends a sentence (or is short, like a subheading) closes one.
/// - Complexity: O(n) in the text plus O(lines × lexicon) for classification.
public struct ArticleLayoutParser: Sendable {
    public let lexicon: BoilerplateLexicon
    /// At most this many candidate lines are looked at for the headline.
    static let topBlockLimit = 6

    public init(boilerplate: BoilerplateLexicon) {
        self.lexicon = boilerplate
    }

    /// One line of the text: its trimmed byte range and word count (its text is made only where needed).
    struct Line {
        var range: Range<Int>
        var words: Int
    }

    /// - Parameter title: the metadata title, when the record has one; the line repeating it becomes
    ///   the headline line.
    public func parse(_ text: String, title: String? = nil) -> ArticleLayout {
        let bytes = Array(text.utf8)
        let lines = Self.lines(of: bytes)
        var kinds: [BoilerplateLexicon.Kind?] = lines.map { lexicon.classify(bytes: bytes[$0.range]) }
        var layout = ArticleLayout()
        var headlineIndex: Int?

        // The top block: candidate lines before the first prose line.
        var candidates: [Int] = []
        for (i, line) in lines.enumerated() where kinds[i] == nil {
            if Self.isProse(line, in: bytes) || candidates.count == Self.topBlockLimit { break }
            candidates.append(i)
        }
        let titleKey = title.map { Self.comparisonKey($0[...]) }.flatMap { $0.isEmpty ? nil : $0 }
        if let titleKey {
            // The text repeats the metadata title in its top block.
            headlineIndex = candidates.first { Self.comparisonKey(bytes: bytes[lines[$0].range]) == titleKey }
        } else {
            headlineIndex = chooseHeadline(candidates, lines, bytes)
        }
        // Labels: candidates above the headline, or short labels anywhere in the top block when the
        // headline comes from metadata only.
        for i in candidates {
            if let h = headlineIndex, i >= h { break }
            if headlineIndex != nil || Self.isLabel(lines[i], in: bytes, laterCandidateIsLonger: true) {
                kinds[i] = .sectionLabel
            }
        }
        if let h = headlineIndex {
            layout.headline = String(decoding: bytes[lines[h].range], as: UTF8.self)
            layout.headlineRange = lines[h].range
            let key = Self.comparisonKey(bytes: bytes[lines[h].range])
            let size = lines[h].range.count
            // Only lines of about the headline's length can be copies of it.
            for i in lines.indices where i != h && kinds[i] == nil && lines[i].range.count <= size * 2
                && lines[i].range.count * 2 >= size && Self.comparisonKey(bytes: bytes[lines[i].range]) == key {
                kinds[i] = .headlineCopy
            }
        } else if let title {
            layout.headline = title
            if let titleKey {
                let size = title.utf8.count
                for i in lines.indices where kinds[i] == nil && lines[i].range.count <= size * 2
                    && lines[i].range.count * 2 >= size && Self.comparisonKey(bytes: bytes[lines[i].range]) == titleKey {
                    kinds[i] = .headlineCopy
                }
            }
        }

        // "The Yomiuri Shimbun, 2022" closing the page: a publisher's credit with its year, which is
        // a copyright line without the sign.
        if let last = lines.indices.last(where: { !lines[$0].range.isEmpty }), kinds[last] == nil, last != headlineIndex,
           Self.isPublisherCredit(lines[last], in: bytes) {
            kinds[last] = .copyright
        }
        // "April 17:" over a timeline entry: a heading of the story, which dates the entry under it,
        // not the page's date stamp (a stamp does not announce what follows).
        for i in lines.indices where kinds[i] == .dateLine && lines[i].range.last.map({ bytes[$0] == UInt8(ascii: ":") }) == true {
            kinds[i] = nil
        }

        var current: Range<Int>?
        var previous: Int?
        for (i, line) in lines.enumerated() {
            if let kind = kinds[i] {
                layout.boilerplateLines.append(.init(range: line.range, kind: kind))
            }
            let isStory = kinds[i] == nil && i != headlineIndex && !line.range.isEmpty
            guard isStory else {
                if let c = current { layout.paragraphs.append(c) }
                current = nil
                continue
            }
            if let c = current, let p = previous, p == i - 1, !Self.endsParagraph(lines[p], in: bytes) {
                current = c.lowerBound..<line.range.upperBound
            } else {
                if let c = current { layout.paragraphs.append(c) }
                current = line.range
            }
            previous = i
        }
        if let c = current { layout.paragraphs.append(c) }
        return layout
    }

    func chooseHeadline(_ candidates: [Int], _ lines: [Line], _ bytes: [UInt8]) -> Int? {
        for (n, i) in candidates.enumerated() {
            let laterLonger = candidates[(n + 1)...].contains { lines[$0].words >= 4 }
            if !Self.isLabel(lines[i], in: bytes, laterCandidateIsLonger: laterLonger) { return i }
        }
        return nil
    }

    /// A section label: a breadcrumb whose parts are all short, or a short title-case line that
    /// sits above a longer candidate (a lone three-word line is taken as a headline).
    static func isLabel(_ line: Line, in bytes: [UInt8], laterCandidateIsLonger: Bool) -> Bool {
        // (Only the few top-block candidates get here: their text is made as a String.)
        let text = String(decoding: bytes[line.range], as: UTF8.self)[...]
        // The byte search only rules separators out; a hit is confirmed by the Character search.
        for (separator, separatorBytes) in labelSeparators
        where containsBytes(bytes[line.range], separatorBytes) && text.contains(separator) {
            let parts = text.split(separator: separator)
            if parts.allSatisfy({ $0.split(separator: " ").count <= 3 }) { return true }
        }
        guard line.words <= 3 else { return false }
        // "US-China relations" above the headline: two words over a longer line are a label in any case.
        if line.words <= 2, laterCandidateIsLonger { return true }
        let titleCase = text.split(separator: " ").allSatisfy { word in
            word.first.map { $0.isUppercase || $0.isNumber || !$0.isLetter } ?? true
        }
        guard titleCase else { return false }
        return laterCandidateIsLonger || line.words <= 2
    }

    /// Prose: a sentence-shaped line (ends with a full stop and has 6+ words) or a long one.
    static func isProse(_ line: Line, in bytes: [UInt8]) -> Bool {
        if line.words > 30 { return true }
        guard line.words >= 6 else { return false }
        // Bytes first: closing quotes and brackets off the end, then a full stop. No closing mark or
        // "." extends a character cluster, so the bytes agree with the Characters, except after a
        // non-ASCII character (which could be a prefix to the "."): that rare case asks the Characters.
        let lo = line.range.lowerBound
        var hi = line.range.upperBound
        while hi > lo {
            let b = bytes[hi - 1]
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: ")") || b == UInt8(ascii: "]") {
                hi -= 1
            } else if (b == 0x9D || b == 0x99), hi - 3 >= lo, bytes[hi - 3] == 0xE2, bytes[hi - 2] == 0x80 {
                hi -= 3 // ” ’
            } else {
                break
            }
        }
        guard hi > lo, bytes[hi - 1] == UInt8(ascii: ".") else { return false }
        if hi - 1 > lo, bytes[hi - 2] >= 0x80 { return isProse(text: String(decoding: bytes[line.range], as: UTF8.self)) }
        return true
    }

    /// The Character form of `isProse`'s full-stop test.
    static func isProse(text: String) -> Bool {
        var end = text[...]
        while let c = end.last, "\"”’')]".contains(c) { end = end.dropLast() }
        return end.last == "."
    }

    /// Whether a story line closes its paragraph even without a blank line after it.
    static func endsParagraph(_ line: Line, in bytes: [UInt8]) -> Bool {
        guard !line.range.isEmpty else { return true }
        let end = line.range.upperBound
        let last = bytes[end - 1]
        // An ASCII byte after an ASCII byte (or alone) is the line's last Character by itself.
        if last < 0x80, line.range.count == 1 || bytes[end - 2] < 0x80 {
            switch last {
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ";"),
                 UInt8(ascii: "\""), UInt8(ascii: ")"):
                return true
            default:
                return line.range.count < 40
            }
        }
        if let c = String(decoding: bytes[line.range], as: UTF8.self).last, ".!?:;…\"”’)".contains(c) { return true }
        // Short lines are headings or list items, not the middle of a wrapped paragraph.
        return line.range.count < 40
    }

    /// `comparisonKey` of a line's bytes (valid UTF-8); no intermediate String for ASCII lines.
    static func comparisonKey(bytes: ArraySlice<UInt8>) -> String {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return comparisonKey(String(decoding: bytes, as: UTF8.self)[...]) }
        var key: [UInt8] = []
        key.reserveCapacity(bytes.count)
        for b in bytes {
            if b >= 0x41 && b <= 0x5A { key.append(b | 0x20) } else if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) { key.append(b) }
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// Lowercased letters and digits only, for comparing headline copies.
    static func comparisonKey(_ s: Substring) -> String {
        // ASCII: the letters are A–Z/a–z and the numeric scalars 0–9, so bytes decide.
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            var key: [UInt8] = []
            key.reserveCapacity(s.utf8.count)
            for b in s.utf8 {
                if b >= 0x41 && b <= 0x5A { key.append(b | 0x20) } else if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) { key.append(b) }
            }
            return String(decoding: key, as: UTF8.self)
        }
        return String(String.UnicodeScalarView(s.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }))
    }

    /// Breadcrumb separators of section labels, with their bytes.
    static let labelSeparators: [(String, [UInt8])] = [" | ", " › ", " » ", " > ", " / "].map { ($0, Array($0.utf8)) }

    /// Whether `needle`'s bytes occur in `haystack`. - Complexity: O(haystack × needle) worst case.
    static func containsBytes(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count else { return false }
        var i = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    /// Lines with their byte ranges, trimmed of spaces; blank lines keep an empty range.
    /// - Complexity: one pass over the bytes (spaces around a line start no word, so words are counted
    ///   on the way to its end).
    static func lines(of bytes: [UInt8]) -> [Line] {
        var result: [Line] = []
        bytes.withUnsafeBufferPointer { b in
            let n = b.count
            var start = 0
            while start <= n {
                var end = start
                var words = 0
                var inWord = false
                // Eight bytes at a time while there is no line break among them: a word starts at
                // each byte that is not a space and follows a space (or, for the first, `inWord` off).
                if let base = b.baseAddress {
                    while end + 8 <= n {
                        let word = ByteScan.load(base, end)
                        guard !ByteScan.hasByte(0x0A, in: word) else { break }
                        let spaces = ByteScan.zeroBytes(word ^ (ByteScan.ones &* 0x20))
                        let starts = ~spaces & ByteScan.highBits & ((spaces &<< 8) | (inWord ? 0 : 0x80))
                        // (One bit per starting byte, summed by a multiply into the top byte.)
                        words += Int(truncatingIfNeeded: ((starts &>> 7) &* ByteScan.ones) &>> 56)
                        inWord = spaces &>> 63 == 0
                        end += 8
                    }
                }
                while end < n {
                    let c = b[end]
                    if c == 0x0A { break }
                    if c == 0x20 { inWord = false } else if !inWord { inWord = true; words += 1 }
                    end += 1
                }
                var lo = start, hi = end
                while lo < hi, b[lo] == 0x20 { lo += 1 }
                while hi > lo, b[hi - 1] == 0x20 { hi -= 1 }
                result.append(Line(range: lo..<hi, words: words))
                start = end + 1
            }
        }
        return result
    }

    /// "The Yomiuri Shimbun, 2022", "Kyodo News, 2023": at most six words, each capitalised, then a
    /// comma and a year, and nothing else.
    static func isPublisherCredit(_ line: Line, in bytes: [UInt8]) -> Bool {
        guard line.words <= 7 else { return false }
        let text = bytes[line.range]
        guard let comma = text.lastIndex(of: UInt8(ascii: ",")) else { return false }
        let year = text[(comma + 1)...].drop { $0 == 0x20 }
        guard year.count == 4, year.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), year.first == UInt8(ascii: "1") || year.first == UInt8(ascii: "2")
        else { return false }
        let names = text[..<comma].split(separator: 0x20)
        return !names.isEmpty && names.count <= 6 && names.allSatisfy { word in
            word.first.map { ($0 >= 0x41 && $0 <= 0x5A) || $0 >= 0x80 } ?? false
        }
    }
}
