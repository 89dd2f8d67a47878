/// Single-token shapes of page furniture: a slug or hash, a dotted date.
extension BoilerplateLexicon {
    /// A page's identifier left in the text: one word of lower-case ASCII letters, digits, "-" and
    /// "_" that is a slug ("news-details", "world_asia") or an id or hash (digits, or 16 bytes
    /// and more: "55cfd8e86cecfcab24a2…"). Words of story text are capitalised, short or plain.
    static func isSlug(_ raw: ArraySlice<UInt8>) -> Bool {
        var joined = false
        var digits = false
        for c in raw {
            if c == UInt8(ascii: "-") || c == UInt8(ascii: "_") { joined = true; continue }
            if isDigit(c) { digits = true; continue }
            guard c >= 0x61, c <= 0x7A else { return false }
        }
        return (joined || digits || raw.count >= 16) && raw.contains { $0 >= 0x61 && $0 <= 0x7A }
    }

    /// "03.03.2024", "3.3.2024": one or two digits, a dot, one or two digits, a dot, four digits.
    static func isDottedDate(_ token: ArraySlice<UInt8>) -> Bool {
        let parts = token.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        return parts.count == 3 && (1...2).contains(parts[0].count) && (1...2).contains(parts[1].count)
            && parts[2].count == 4 && parts.allSatisfy { $0.allSatisfy(isDigit) }
    }

    /// "… looks on. (AP)", "… in Gaza. (Example Wire)": a caption closed by its credit in brackets,
    /// one to three capitalised words after a full stop. (`bytes` as the lexicon trims a line: a
    /// trailing ")" may be gone.)
    static func endsWithCreditInBrackets(_ bytes: ArraySlice<UInt8>) -> Bool {
        var end = bytes.endIndex
        if end > bytes.startIndex, bytes[end - 1] == UInt8(ascii: ")") { end -= 1 }
        guard let open = bytes[..<end].lastIndex(of: UInt8(ascii: "(")), open - bytes.startIndex >= 3,
              bytes[open - 1] == 0x20, bytes[open - 2] == UInt8(ascii: "."), end - open <= 32 else { return false }
        let credit = bytes[(open + 1)..<end].split(separator: 0x20)
        guard (1...3).contains(credit.count) else { return false }
        return credit.allSatisfy { word in
            guard let first = word.first, first >= 0x41, first <= 0x5A else { return false }
            return word.allSatisfy { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
        }
    }
}
