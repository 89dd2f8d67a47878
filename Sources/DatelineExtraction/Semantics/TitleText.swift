/// A sentence prepared for title building: tokens, which of them are excluded (dates, quotation
/// marks), and which are titles to drop before a person's name.
struct TitleText {
    let bytes: [UInt8]
    let tokens: [WordToken]
    /// Tokens left out of the title: the caller's ranges, dates, quotation marks (a flag of `bits`).
    /// (Made from `bits` when read, not stored: a second reference to `bits` made every copy of
    /// the text, such as each subject view, retain and release one more array.)
    var excluded: TokenFlags {
        @inline(__always) get { TokenFlags(bits: bits, mask: excludedMask) }
    }
    /// Which flag of `bits` `excluded` reads.
    private var excludedMask: UInt64
    /// Tokens to leave out when rendering: titles, demonyms and "then-" before a person's name
    /// (a flag of `bits`).
    var droppable: TokenFlags { TokenFlags(bits: bits, mask: TitleWordBits.droppable) }
    let mentions: [EntityMention]
    /// The bytes of every person's name among `mentions` (what rendering may write besides the text).
    let personNameBytes: Int
    /// Entities of the sentence before, which a pronoun may refer to.
    var previous: [EntityMention] = []
    /// Per token: the title grammar's lists and the builder's word classes (`TitleWordBits`), and
    /// the cue lists holding its word (`CueLexicon.List.bit` from `TitleWordBits.cueShift`),
    /// probed once here; and the two exclusion flags (`TitleWordBits.excluded`, `.subjectExcluded`).
    let bits: [UInt64]
    /// Which flag of `bits` is `excluded` with context-only exclusions lifted (what `subjectView()`
    /// reads): tokens excluded only as context outside the event's stretch (a long excluded range
    /// touching the sentence's start or end) may give the subject; weekday names and relative
    /// dates never do.
    private let subjectExcludedMask: UInt64
    /// Whether `excluded` is already `subjectExcluded` (no context-only token, or a subject view):
    /// then `subjectView()` would copy this text unchanged.
    private(set) var isSubjectView = false

    init(sentence: String, excluding: [Range<Int>], entities: SentenceEntities, titles: TitleLexicon, cues: CueLexicon) {
        self.init(sentence: TokenizedSentence(sentence), excluding: excluding, entities: entities, titles: titles, cues: cues)
    }

    /// Same, reusing the sentence's shared tokens. Cost: linear in the tokens (two table probes
    /// each), one array (more only with a title before a person's name, or when tokens are pruned).
    init(sentence: borrowing TokenizedSentence, excluding: [Range<Int>], entities: borrowing SentenceEntities,
         titles: borrowing TitleLexicon, cues: borrowing CueLexicon) {
        let bytes = sentence.bytes
        let tokens = Self.pruned(sentence.tokens, grammar: titles.grammar)
        self.bytes = bytes
        self.tokens = tokens
        mentions = entities.mentions
        let n = tokens.count
        // (The table read once, not through the lexicon per token.)
        let wordBits = titles.wordBits
        // (Zeroed, then written through its buffer: `Array(unsafeUninitializedCapacity:)` asked the
        // runtime for the array's metadata on every call, which cost more than the zeroing.)
        var bits = [UInt64](repeating: 0, count: n)
        bits.withUnsafeMutableBufferPointer { buffer in
            bytes.withUnsafeBufferPointer { text in
                for i in 0..<n {
                    var b = wordBits.bits(of: tokens[i]) | UInt64(cues.lists(containing: tokens[i]) & CueLexicon.List.titleBits) << TitleWordBits.cueShift
                    // (A word's key is never a mark: only punctuation has a shape, read off its bytes.)
                    if !tokens[i].isWord { b |= Self.shape(ofPunctuation: UnsafeBufferPointer(rebasing: text[tokens[i].range])) }
                    buffer[i] = b
                }
            }
        }
        // Weekday names and relative dates are always dates, which the list shows already.
        let weekday = UInt64(CueLexicon.List.weekday.bit) << TitleWordBits.cueShift
        // (The bits are passed, not captured: a local function capturing a `var` checked every
        // access to it for exclusivity at run time.)
        func markDates(_ dates: UnsafeMutableBufferPointer<Bool>, _ bits: [UInt64]) {
            for i in 0..<n where bits[i] & weekday != 0 && tokens[i].isCapitalized && tokens[i].keyCount > 3 {
                dates[i] = true
            }
            Self.markRelativeDates(tokens, bits: bits, in: dates)
        }
        // Temporal expressions carry dates, digits or time words; an edge range without them is context.
        let timeBits = UInt64(CueLexicon.List.month.bit) << TitleWordBits.cueShift | weekday
        // (The tokens starting inside `r` are a run: found by two binary searches, not a scan.)
        func wordCount(_ r: Range<Int>) -> Int {
            var count = 0
            for i in Self.tokens(in: tokens, startingIn: r) where tokens[i].isWord { count += 1 }
            return count
        }
        func looksTemporal(_ r: Range<Int>, _ bits: [UInt64]) -> Bool {
            for i in Self.tokens(in: tokens, startingIn: r) where tokens[i].isWord {
                if tokens[i].key.utf8.first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true || bits[i] & timeBits != 0
                    || bits[i] & TitleWordBits.Class.timeWords.bit != 0 {
                    return true
                }
            }
            return false
        }
        // Which excluded ranges are context, and which are not (`temporal`: those equal to no
        // context range), as bit masks over `excluding` (as lists past 64 ranges).
        var contextMask: UInt64 = 0
        var context: [Range<Int>] = []
        // (An empty range overlaps no token: as context it would lift nothing, so it is left out,
        // and a text whose only context ranges are empty is its own subject view.)
        for (j, r) in excluding.enumerated()
        where !r.isEmpty && (r.lowerBound == 0 || r.upperBound >= bytes.count) && (wordCount(r) > 3 || !looksTemporal(r, bits)) {
            if j < 64 { contextMask |= 1 << UInt64(j) } else { context.append(r) }
        }
        let hasContext = contextMask != 0 || !context.isEmpty
        var temporalMask: UInt64 = 0
        if hasContext {
            if excluding.count > 64 {
                for (j, r) in excluding.enumerated() where j < 64 && contextMask & (1 << UInt64(j)) != 0 { context.append(r) }
            } else {
                for j in excluding.indices {
                    let r = excluding[j]
                    var isContext = false
                    for k in excluding.indices where contextMask & (1 << UInt64(k)) != 0 && excluding[k] == r { isContext = true }
                    if !isContext { temporalMask |= 1 << UInt64(j) }
                }
            }
        }
        let temporal = excluding.count > 64 ? excluding.filter { r in !context.contains(r) } : []
        func isContextOnly(_ range: Range<Int>) -> Bool {
            guard excluding.count <= 64 else {
                return context.contains { $0.overlaps(range) } && !temporal.contains { $0.overlaps(range) }
            }
            var inContext = false
            for j in excluding.indices where excluding[j].overlaps(range) {
                if temporalMask & (1 << UInt64(j)) != 0 { return false }
                if contextMask & (1 << UInt64(j)) != 0 { inContext = true }
            }
            return inContext
        }
        // Dates first, then quotation marks and the caller's ranges; the subject view keeps dates
        // but lifts context-only tokens. Both are flags of `bits` (no arrays of their own), set
        // through its buffer (an array subscript write checks uniqueness each time); the dates are
        // gathered on the stack first, while `bits` is read.
        let excludedBit = TitleWordBits.excluded
        // (Without context no token is context only, and the subject view excludes what this one does.)
        let subjectBit = hasContext ? TitleWordBits.subjectExcluded : excludedBit
        withUnsafeTemporaryAllocation(of: Bool.self, capacity: max(1, 2 * n)) { flags in
            let dates = UnsafeMutableBufferPointer(rebasing: flags[0..<n])
            dates.initialize(repeating: false)
            markDates(dates, bits)
            // The tokens each range overlaps (a run, by binary search) instead of each token
            // testing every range; up to 64 ranges, as a mask of which ranges per token, so that
            // whether a token is context only is two mask tests, not a walk over the ranges.
            let overlapped = UnsafeMutableBufferPointer(rebasing: flags[n..<(2 * n)])
            overlapped.initialize(repeating: false)
            let masked = excluding.count <= 64
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: max(1, n)) { masks in
                masks.initialize(repeating: 0)
                for (j, r) in excluding.enumerated() {
                    guard let span = Self.span(of: r, in: tokens) else { continue }
                    for k in span {
                        overlapped[k] = true
                        if masked { masks[k] |= 1 << UInt64(j) }
                    }
                }
                bits.withUnsafeMutableBufferPointer { b in
                    for i in 0..<n {
                        var out = dates[i]
                        if !out, b[i] & TitleWordBits.quote != 0 { out = true }
                        if !out, overlapped[i] { out = true }
                        if out { b[i] |= excludedBit }
                        guard hasContext, out || dates[i] else { continue }
                        // (`isContextOnly(tokens[i].range)`: no temporal range overlaps it, a context one does.)
                        let contextOnly = masked ? masks[i] & temporalMask == 0 && masks[i] & contextMask != 0
                            : isContextOnly(tokens[i].range)
                        if (out && !contextOnly) || dates[i] { b[i] |= subjectBit }
                    }
                }
            }
            bits.withUnsafeMutableBufferPointer { b in
                // Where names start and mentions end, for rendering (two binary searches each).
                for m in entities.mentions {
                    if m.kind == .person, let k = Self.token(in: tokens, startingAt: m.range.lowerBound) {
                        b[k] |= TitleWordBits.personStart
                    }
                    if let k = Self.token(in: tokens, endingAt: m.range.upperBound) { b[k] |= TitleWordBits.mentionEnd }
                }
            }
        }
        // (`pruned` gives the sentence's own tokens back when it drops none: then so are its words.)
        Self.markDroppable(tokens, entities: entities, titles: titles,
                           words: tokens.count == sentence.tokens.count ? sentence.words : nil, bits: &bits)
        self.bits = bits
        var nameBytes = 0
        for m in entities.mentions where m.kind == .person { nameBytes += m.name.utf8.count }
        personNameBytes = nameBytes
        excludedMask = excludedBit
        subjectExcludedMask = subjectBit
        isSubjectView = !hasContext
    }

    static let timeWords = WordSet(TitleWordBits.Class.timeWords.words)

    /// The same text with context-only exclusions lifted, for finding a subject.
    func subjectView() -> TitleText {
        // ((e && !c) || d is the same again when applied twice: a view of a view is the view.)
        var copy = self
        copy.excludedMask = subjectExcludedMask
        copy.isSubjectView = true
        return copy
    }

    /// `subjectView().excluded[k]`, without the copy (a view's mask is this text's subject mask,
    /// whether or not this text is a view already).
    @inline(__always)
    func isSubjectExcluded(_ k: Int) -> Bool { bits[k] & subjectExcludedMask != 0 }

    func text(of index: Int) -> String {
        String(decoding: bytes[tokens[index].range], as: UTF8.self)
    }

    /// Tokens overlapping a byte range. Token ranges are nonempty and in order, so the first is
    /// the first token ending after the range starts and the last the last starting before it
    /// ends: two binary searches.
    func tokenSpan(of range: Range<Int>) -> Range<Int>? { Self.span(of: range, in: tokens) }

    /// Whether token `index` is punctuation that ends a clause (a period only at the end).
    @inline(__always)
    func isBreak(_ index: Int, cues: CueLexicon) -> Bool {
        let b = bits[index]
        return b & TitleWordBits.breakMark != 0 || (b & TitleWordBits.period != 0 && index == tokens.count - 1)
    }

    /// Whether token `k`'s key is "," (`tokens[k].key == ","`).
    @inline(__always)
    func isComma(_ k: Int) -> Bool { bits[k] & TitleWordBits.comma != 0 }

    /// Whether token `k`'s key is `word`, a lowercase ASCII word (for which equal bytes are equal
    /// strings), compared byte by byte off the key's bits.
    @inline(__always)
    func keyIs(_ k: Int, _ word: StaticString) -> Bool {
        // (An inline key's bytes compared off its bits: most keys differ in length or first byte.)
        tokens[k].keyIs(word)
    }

    /// The first token from `index` that is not a title or role before a name ("Treasury Secretary").
    func skippingTitles(from index: Int) -> Int {
        var k = index
        while k < tokens.count, isDroppable(k) { k += 1 }
        return k
    }

    /// The next token after `index` that is a word and not excluded, nor a preposition whose object
    /// was ("announced [on April 22] that").
    func nextWord(after index: Int) -> Int? {
        var k = index + 1
        while k < tokens.count, excluded[k] || !tokens[k].isWord
                || (k + 1 < tokens.count && excluded[k + 1] && isA(.datePrepositions, k)) {
            k += 1
        }
        return k < tokens.count ? k : nil
    }

    /// Whether token `k` is a title or role left out before a name (`droppable`).
    @inline(__always)
    func isDroppable(_ k: Int) -> Bool { k < bits.count && bits[k] & TitleWordBits.droppable != 0 }

    /// Whether token `k`'s word is in the cue `list` (`cues.contains(list, token: tokens[k])`).
    @inline(__always)
    func isCue(_ list: CueLexicon.List, _ k: Int) -> Bool { bits[k] & UInt64(list.bit) << TitleWordBits.cueShift != 0 }

    /// Whether token `k`'s word is in the title grammar's `list` (single-word items).
    @inline(__always)
    func inGrammar(_ list: TitleGrammar.List, _ k: Int) -> Bool { bits[k] & UInt64(list.bit) != 0 }

    /// Whether token `k`'s word is in the closed class `c` (`isA(.c, k)`).
    @inline(__always)
    func isA(_ c: TitleWordBits.Class, _ k: Int) -> Bool { bits[k] & c.bit != 0 }

    func isBreakWord(_ index: Int, cues: CueLexicon) -> Bool {
        tokens[index].isWord && isCue(.subjectBreak, index)
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

    /// Where `range` starts once `trimmingLeading` has dropped what it drops (a range stays one).
    func trimmedStart(of range: Range<Int>) -> Int {
        var k = range.lowerBound
        while k < range.upperBound, excluded[k] || !tokens[k].isWord || isA(.articles, k) || isCue(.leadingAdverbial, k) {
            k += 1
        }
        return k
    }

    /// The position in `indices` of the first one `trimmingLeading` keeps (no array made).
    func trimmedPosition<C: Collection>(_ indices: C) -> C.Index where C.Element == Int {
        var p = indices.startIndex
        while p != indices.endIndex {
            let first = indices[p]
            guard excluded[first] || !tokens[first].isWord || isA(.articles, first) || isCue(.leadingAdverbial, first) else { break }
            indices.formIndex(after: &p)
        }
        return p
    }

    /// Drops leading excluded tokens, punctuation, articles and adverbials ("But", "On", "Meanwhile").
    func trimmingLeading(_ indices: [Int], cues: CueLexicon) -> [Int] {
        var rest = indices[...]
        while let first = rest.first {
            let t = tokens[first]
            if excluded[first] || !t.isWord || isA(.articles, first)
                || isCue(.leadingAdverbial, first) {
                rest = rest.dropFirst()
            } else {
                break
            }
        }
        return Array(rest)
    }
}
