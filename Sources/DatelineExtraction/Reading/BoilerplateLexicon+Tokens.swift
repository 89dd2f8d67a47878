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
}
