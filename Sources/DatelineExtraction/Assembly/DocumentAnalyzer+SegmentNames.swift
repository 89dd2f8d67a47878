extension DocumentAnalyzer {
    /// The actors and places of `entities(all, in: segment, text: text)`, without building its
    /// filtered mention lists: the mentions in play are marked in a bit set and read in place.
    ///
    /// Cost: one pass over the sentence's mentions, then one per kind of name; an array only for
    /// each non-empty result. Sentences with over 64 mentions take the general path.
    static func segmentNames(_ all: SentenceEntities, in segment: Range<Int>, text: String) -> (actors: [String], places: [String]) {
        let mentions = all.mentions
        guard !mentions.isEmpty else { return ([], []) }
        guard mentions.count <= 64 else {
            let kept = entities(all, in: segment, text: text)
            return (kept.actors, kept.places)
        }
        let bytes = text.utf8
        // The credited mentions that overlap the segment, and the first credited one.
        var inSegment: UInt64 = 0
        var firstCredited = -1
        for i in mentions.indices {
            let range = mentions[i].range
            // "SEOUL, March 3 (Reuters) -": a bracketed organisation alone is a source credit, not an actor.
            if mentions[i].kind == .organization, range.lowerBound > 0, range.upperBound < bytes.count,
               bytes[bytes.index(bytes.startIndex, offsetBy: range.lowerBound - 1)] == UInt8(ascii: "("),
               bytes[bytes.index(bytes.startIndex, offsetBy: range.upperBound)] == UInt8(ascii: ")") { continue }
            if firstCredited < 0 { firstCredited = i }
            if segment.overlaps(range) { inSegment |= 1 << UInt64(i) }
        }
        // The sentence's grammatical subject comes first when the segment does not hold it already
        // (a mention equal to it has its range, so it is in the segment exactly when it is).
        var subject = -1
        if firstCredited >= 0, mentions[firstCredited].range.lowerBound < 24, mentions[firstCredited].kind != .place,
           inSegment >> UInt64(firstCredited) & 1 == 0 {
            subject = firstCredited
        }
        // `SentenceEntities.actors` and `.places` of [subject] + the marked mentions, in that order.
        func collect(into names: inout [String], _ wanted: (EntityMention.Kind) -> Bool) {
            if subject >= 0, wanted(mentions[subject].kind), !names.contains(mentions[subject].name) {
                names.append(mentions[subject].name)
            }
            var bits = inSegment
            while bits != 0 {
                let i = bits.trailingZeroBitCount
                bits &= bits - 1
                if wanted(mentions[i].kind), !names.contains(mentions[i].name) { names.append(mentions[i].name) }
            }
        }
        var actors: [String] = [], places: [String] = []
        collect(into: &actors) { $0 == .person }
        collect(into: &actors) { $0 == .organization }
        collect(into: &actors) { $0 == .government }
        collect(into: &places) { $0 == .place || $0 == .government }
        return (actors, places)
    }
}
