/// A wire dateline opening a sentence: "WASHINGTON, Jan 15 (Reuters) - ", "Paris, Aug 24, 2022
/// (AFP) - ", "MANILA/SHANGHAI (Reuters) - ", "BEIJING — ". It says where and when the report was
/// filed, so its date is no event's and its place is no headline's subject.
///
/// The place and date are capitalised words, numbers, commas, slashes and periods (at most 64
/// bytes); an agency in parentheses may follow; then a dash and a space (or, after an agency, a
/// colon: "ISLAMABAD, July 9 (APP): "). Without an agency the
/// place must open in capitals ("BEIJING"), so "Biden - who …" is none.
/// - Complexity: O(1): at most about a hundred bytes are read.
public struct WireDateline: Hashable, Sendable {
    /// Bytes of the place and date, before any agency and the dash.
    public var head: Range<Int>
    /// Where the story's own text starts, after the dash and its spaces.
    public var end: Int

    /// The dateline opening `bytes` (a sentence's UTF-8 bytes), or nil.
    public static func opening(_ bytes: [UInt8]) -> WireDateline? {
        bytes.withUnsafeBufferPointer { opening(in: $0) }
    }

    static func opening(in b: UnsafeBufferPointer<UInt8>) -> WireDateline? {
        let n = b.count
        var i = 0
        var atWordStart = true
        var leadingCapitals = 0, inFirstWord = true
        // The place and date.
        while i < n, i < 64 {
            let c = b[i]
            if c == UInt8(ascii: "(") || isDash(b, i) { break }
            switch c {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if inFirstWord { leadingCapitals += 1 }
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                // Words open with a capital or a digit ("Paris", "Aug", "24"); "DC" and "Jan." too.
                if atWordStart { return nil }
                inFirstWord = false
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                break
            case UInt8(ascii: " "), UInt8(ascii: ","), UInt8(ascii: "/"), UInt8(ascii: "."):
                if c != UInt8(ascii: "/") { inFirstWord = false }
                atWordStart = true
                i += 1
                continue
            default:
                return nil
            }
            atWordStart = false
            i += 1
        }
        var headEnd = i
        while headEnd > 0, b[headEnd - 1] == UInt8(ascii: " ") { headEnd -= 1 }
        guard headEnd >= 3, i < n else { return nil }
        // "(Reuters)", "(AFP)", "(Associated Press)".
        var agency = false
        if b[i] == UInt8(ascii: "(") {
            var close = i + 1
            while close < n, close - i <= 60, b[close] != UInt8(ascii: ")") { close += 1 }
            guard close < n, b[close] == UInt8(ascii: ")"), close > i + 1 else { return nil }
            agency = true
            i = close + 1
            // "ISLAMABAD, July 9 (APP): …": a colon right after the agency ends the dateline too
            // (also after a space: "(Example News - 15th May, 2023 ) :A special envoy …").
            var colon = i
            while colon < n, colon - i < 2, b[colon] == UInt8(ascii: " ") { colon += 1 }
            // (As the publication-date reader takes it: a space or a capital after the colon also ends it.)
            if colon < n, b[colon] == UInt8(ascii: ":"),
               colon > i || (colon + 1 < n && (b[colon + 1] == UInt8(ascii: " ") || (b[colon + 1] >= 0x41 && b[colon + 1] <= 0x5A))) {
                i = colon + 1
                while i < n, b[i] == UInt8(ascii: " ") { i += 1 }
                return WireDateline(head: 0..<headEnd, end: i)
            }
            while i < n, b[i] == UInt8(ascii: " ") { i += 1 }
        }
        guard i < n, isDash(b, i), agency || leadingCapitals >= 3 else { return nil }
        i += b[i] == UInt8(ascii: "-") ? 1 : 3
        if i < n, b[i] == UInt8(ascii: "-") { i += 1 }  // "--"
        guard i < n, b[i] == UInt8(ascii: " ") else { return nil }
        while i < n, b[i] == UInt8(ascii: " ") { i += 1 }
        return WireDateline(head: 0..<headEnd, end: i)
    }

    /// "-" after a space, or an en or em dash (E2 80 93 / E2 80 94).
    static func isDash(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        if b[i] == UInt8(ascii: "-") { return i > 0 && b[i - 1] == UInt8(ascii: " ") }
        return b[i] == 0xE2 && i + 2 < b.count && b[i + 1] == 0x80 && (b[i + 2] == 0x93 || b[i + 2] == 0x94)
    }
}
