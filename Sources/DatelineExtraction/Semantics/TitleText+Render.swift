extension TitleText {
    /// The words as written, with people's normalised names and without titles before them.
    /// Cost: linear in the words; the text is gathered as bytes (the sentence's own, which are
    /// whole characters) and decoded once.
    func render<Indices: Collection>(_ indices: Indices, cues: CueLexicon) -> String where Indices.Element == Int {
        // Each token gives its bytes, a person's name, a possessive ending and one separator: at
        // most the sentence's bytes, the names and a byte per token. Gathered on the stack.
        let capacity = bytes.count + indices.count + personNameBytes
        let rendered = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { out in
            bytes.withUnsafeBufferPointer { render(indices, from: $0, into: out) }
        }
        // (Only indices listed twice could overflow the bound: then into a growing array.)
        if let rendered { return rendered }
        var grown = [UInt8](repeating: 0, count: capacity * 2 + 64)
        while true {
            let count = grown.count
            let text = grown.withUnsafeMutableBufferPointer { out in
                bytes.withUnsafeBufferPointer { render(indices, from: $0, into: out) }
            }
            if let text { return text }
            grown = [UInt8](repeating: 0, count: count * 2)
        }
    }

    /// The rendering into `out`, or nil when it does not fit.
    private func render<Indices: Collection>(_ indices: Indices, from text: UnsafeBufferPointer<UInt8>,
                                             into out: UnsafeMutableBufferPointer<UInt8>) -> String?
    where Indices.Element == Int {
        var length = 0
        var overflow = false
        func append(_ piece: UnsafeBufferPointer<UInt8>) {
            guard length + piece.count <= out.count else {
                overflow = true
                return
            }
            // (A block copy: most pieces are whole words.)
            if let from = piece.baseAddress, let to = out.baseAddress {
                (to + length).initialize(from: from, count: piece.count)
                length += piece.count
            }
        }
        var lastEnd = -1
        var position = indices.startIndex
        // (Token fields are read in place: a token bound to a name is a copy that retains its key.)
        while position != indices.endIndex {
            let i = indices[position]
            if excluded[i] || isDroppable(i) {
                indices.formIndex(after: &position)
                continue
            }
            // "the Treasury on [Monday] dropped": a preposition whose object was excluded goes too.
            if tokens[i].isWord, isCue(.preposition, i), i + 1 < tokens.count, excluded[i + 1] {
                indices.formIndex(after: &position)
                continue
            }
            let range = tokens[i].range
            if length > 0 && range.lowerBound > lastEnd {
                var separator = tokens[i].isHyphenated ? UInt8(ascii: "-") : UInt8(ascii: " ")
                withUnsafePointer(to: &separator) { append(UnsafeBufferPointer(start: $0, count: 1)) }
            }
            var end = range.upperBound
            // (Mentions are searched only at a token where a name starts, and ends are flagged:
            // `bits` holds both, set from the same tests.)
            var named = false
            if bits[i] & TitleWordBits.personStart != 0,
               let m = mentions.firstIndex(where: { $0.kind == .person && $0.range.lowerBound == range.lowerBound }) {
                named = true
                var name = mentions[m].name
                name.withUTF8 { append($0) }
                end = mentions[m].range.upperBound
                while case let next = indices.index(after: position), next != indices.endIndex,
                      tokens[indices[next]].range.lowerBound < end {
                    position = next
                }
            } else {
                append(UnsafeBufferPointer(rebasing: text[range]))
            }
            // (After a name, `end` is its mention's end: that mention ends there.)
            if tokens[i].isPossessive || named || bits[i] & TitleWordBits.mentionEnd != 0,
               let suffixEnd = possessiveEnd(after: end) {
                append(UnsafeBufferPointer(rebasing: text[end..<suffixEnd]))
                end = suffixEnd
            }
            lastEnd = end
            indices.formIndex(after: &position)
        }
        if overflow { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: out[0..<length]), as: UTF8.self)
    }

    /// Where the "'s" / "’s" / "'" after a possessive word (which tokens leave out) ends.
    private func possessiveEnd(after end: Int) -> Int? {
        var e = end
        if e < bytes.count, bytes[e] == UInt8(ascii: "'") {
            e += 1
        } else if e + 2 < bytes.count, bytes[e] == 0xE2, bytes[e + 1] == 0x80, bytes[e + 2] == 0x99 {
            e += 3
        } else {
            return nil
        }
        if e < bytes.count, bytes[e] == UInt8(ascii: "s") { e += 1 }
        return e
    }
}
