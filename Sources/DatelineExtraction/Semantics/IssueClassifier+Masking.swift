extension IssueClassifier {
    /// `classify` of the sentence with other events' stretches blanked, without tokenising it again:
    /// the same answer as `classify(sentence: TokenizedSentence(masked), …)` where `masked` is the
    /// sentence with every ASCII byte blanked to a space that lies in one of `others` but not in
    /// `own`, or in one of `later` (what `DocumentAnalyzer.masking` produces, applied to `others`
    /// except `own` and then to `later`).
    ///
    /// When each whitespace-separated stretch of the sentence is blanked wholly (and is ASCII) or
    /// not at all, the tokenizer reads every untouched stretch exactly as before, so the sentence's
    /// own words minus the blanked ones are the masked sentence's words; only a term spanning a
    /// blank needs its text blanked too. Otherwise the masked text is tokenised as before.
    /// Cost: one pass over the bytes, then as `classify`.
    public func classify(sentence: TokenizedSentence, blanking others: [Range<Int>], except own: Range<Int>,
                         alsoBlanking later: [Range<Int>], triggerClass: String?,
                         documentIssues: [DocumentIssue] = []) -> [String: [String]] {
        guard !others.isEmpty || !later.isEmpty else {
            return classify(sentence: sentence, triggerClass: triggerClass, documentIssues: documentIssues)
        }
        let bytes = sentence.bytes
        let blank = Self.blanked(count: bytes.count, others: others, except: own, later: later)
        guard Self.blanksWholeStretches(bytes, blank) else {
            var masked = bytes
            for i in masked.indices where blank[i] && masked[i] < 0x80 { masked[i] = 0x20 }
            return classify(sentence: TokenizedSentence(String(decoding: masked, as: UTF8.self)),
                            triggerClass: triggerClass, documentIssues: documentIssues)
        }
        let words = sentence.words.filter { !blank[$0.range.lowerBound] }
        return classify(words: words, text: { range in
            guard blank[range].contains(true) else { return sentence.text(range) }
            var slice = Array(bytes[range])
            for (k, i) in range.enumerated() where blank[i] && slice[k] < 0x80 { slice[k] = 0x20 }
            return String(decoding: slice, as: UTF8.self)
        }, triggerClass: triggerClass, documentIssues: documentIssues)
    }

    /// Per byte: whether the masking touches it (in `others` but not `own`, or in `later`).
    static func blanked(count: Int, others: [Range<Int>], except own: Range<Int>, later: [Range<Int>]) -> [Bool] {
        var blank = [Bool](repeating: false, count: count)
        for range in others {
            for i in range.clamped(to: 0..<count) where !own.contains(i) { blank[i] = true }
        }
        for range in later {
            for i in range.clamped(to: 0..<count) { blank[i] = true }
        }
        return blank
    }

    /// Whether every run of bytes between whitespace (the tokenizer's spaces, tab, CR, LF and the
    /// no-break space) is either untouched, or touched throughout and ASCII (so it becomes spaces).
    static func blanksWholeStretches(_ bytes: [UInt8], _ blank: [Bool]) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 {
                // A no-break space is not ASCII: blanking leaves it, and it stays a separator.
                i += 2
                continue
            }
            if WordTokenizer.isSpace(b) { i += 1; continue }
            var j = i
            var touched = 0
            var ascii = true
            while j < n, !WordTokenizer.isSpace(bytes[j]), !(bytes[j] == 0xC2 && j + 1 < n && bytes[j + 1] == 0xA0) {
                if blank[j] { touched += 1 }
                if bytes[j] >= 0x80 { ascii = false }
                j += 1
            }
            if touched != 0 && (touched != j - i || !ascii) { return false }
            i = j
        }
        return true
    }
}
