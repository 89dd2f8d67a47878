/// Turns raw file bytes into the normalised text every offset in Dateline refers to.
///
/// Removes a UTF-8 BOM; CRLF and lone CR become LF; tab becomes a space; other C0 controls, DEL,
/// C1 controls (U+0080–U+009F), ANSI/VT escape sequences, bidi controls (U+202A–202E, U+2066–2069,
/// U+200E, U+200F, U+061C) and the soft hyphen (U+00AD) are removed. Everything else, curly quotes
/// and dashes included, is kept byte for byte. Invalid UTF-8 is decoded as Windows-1252 instead.
///
/// - Complexity: O(n) over the bytes, one pass to find the first byte that needs work (the common
///   case stops there and copies once), then one rewriting pass.
public struct TextNormalizer: Sendable {
    public struct Output: Hashable, Sendable {
        public var text: String
        /// True when the bytes were not valid UTF-8 and were decoded as Windows-1252.
        public var decodedAsWindows1252: Bool
    }

    public init() {}

    /// Normalises raw bytes (a whole file, or a record's field).
    public func normalize(_ bytes: [UInt8]) -> Output {
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        let isUTF16 = bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
        if !isUTF16 {
            // Fast path: valid UTF-8 with nothing to change is returned as validated, without a copy.
            let validated: String? = bytes.withUnsafeBufferPointer { buffer in
                let body = UnsafeBufferPointer(rebasing: buffer[(hasBOM ? 3 : 0)...])
                guard let text = String(validating: body, as: UTF8.self) else { return nil }
                return Self.firstByteNeedingWork(body, from: 0) == nil ? text : Self.clean(Array(body))
            }
            if let validated { return Output(text: validated, decodedAsWindows1252: false) }
        }
        let (utf8, fallback) = Self.decodeUTF8(bytes)
        return Output(text: Self.clean(utf8), decodedAsWindows1252: fallback)
    }

    /// Normalises text that is already a `String` (e.g. a JSON field).
    public func normalize(_ text: String) -> String {
        Self.clean(Array(text.utf8))
    }

    /// Valid UTF-8 bytes without a leading BOM: the input itself when it is valid UTF-8 (UTF-16 with a
    /// BOM is transcoded), else its Windows-1252 decoding. No other change.
    public static func decodeUTF8(_ bytes: [UInt8]) -> (bytes: [UInt8], decodedAsWindows1252: Bool) {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            return decodeUTF8(Array(bytes[3...]))
        }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return (Array(Self.decodeUTF16(bytes, littleEndian: bytes[0] == 0xFF).utf8), false)
        }
        if String(validating: bytes, as: UTF8.self) != nil { return (bytes, false) }
        return (Windows1252.toUTF8(bytes), true)
    }

    private static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Applies the removals and line-end rules to valid UTF-8 bytes.
    static func clean(_ bytes: [UInt8]) -> String {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        return bytes.withUnsafeBufferPointer { buffer -> String in
            guard let first = firstByteNeedingWork(buffer, from: start) else {
                return String(decoding: UnsafeBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
            }
            var out: [UInt8] = []
            out.reserveCapacity(buffer.count - start)
            out.append(contentsOf: buffer[start..<first])
            rewrite(buffer, from: first, into: &out)
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Bytes that may start something to change: C0 controls but LF, DEL, and the lead bytes of
    /// C1 controls / soft hyphen (C2), U+061C (D8) and the U+20xx bidi controls (E2).
    private static let mayNeedWork: [Bool] = (0..<256).map { c in
        (c < 0x20 && c != 0x0A) || c == 0x7F || c == 0xC2 || c == 0xD8 || c == 0xE2
    }

    /// Index of the first byte that starts something to change, or nil when the text is already clean.
    private static func firstByteNeedingWork(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        mayNeedWork.withUnsafeBufferPointer { table in
            var i = start
            let n = b.count
            // Chunks of printable ASCII (0x20–0x7E) hold nothing to change: skipped eight bytes at a
            // time; any other chunk is looked at byte by byte.
            while i < n {
                if i + 8 <= n, let base = b.baseAddress {
                    let word = ByteScan.load(base, i)
                    if !ByteScan.hasByteBelow0x20(word) && !ByteScan.hasByteAbove0x7E(word) {
                        i += 8
                        continue
                    }
                }
                let end = min(n, i + 8)
                while i < end {
                    let c = b[i]
                    if table[Int(c)] {
                        if c < 0x20 || c == 0x7F || removableLength(b, at: i) > 0 { return i }
                    }
                    i += 1
                }
            }
            return nil
        }
    }

    /// Length of a removable multi-byte character (C1, soft hyphen, bidi control) at `i`, else 0.
    @inline(__always)
    private static func removableLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let n = b.count
        switch b[i] {
        case 0xC2:
            guard i + 1 < n else { return 0 }
            let c = b[i + 1]
            return (c >= 0x80 && c <= 0x9F) || c == 0xAD ? 2 : 0
        case 0xD8:
            return i + 1 < n && b[i + 1] == 0x9C ? 2 : 0
        case 0xE2:
            guard i + 2 < n else { return 0 }
            let c1 = b[i + 1], c2 = b[i + 2]
            if c1 == 0x80, c2 == 0x8E || c2 == 0x8F || (c2 >= 0xAA && c2 <= 0xAE) { return 3 }
            if c1 == 0x81, c2 >= 0xA6 && c2 <= 0xA9 { return 3 }
            return 0
        default:
            return 0
        }
    }

    private static func rewrite(_ b: UnsafeBufferPointer<UInt8>, from start: Int, into out: inout [UInt8]) {
        mayNeedWork.withUnsafeBufferPointer { table in
            var i = start
            let n = b.count
            while i < n {
                let c = b[i]
                if !table[Int(c)] {
                    // Copy the whole run of ordinary bytes at once.
                    var j = i + 1
                    while j < n, !table[Int(b[j])] { j += 1 }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<j]))
                    i = j
                    continue
                }
                switch c {
                case 0x0D:
                    out.append(0x0A)
                    i += (i + 1 < n && b[i + 1] == 0x0A) ? 2 : 1
                case 0x09:
                    out.append(0x20)
                    i += 1
                case 0x1B:
                    i = endOfEscapeSequence(b, at: i)
                case 0xC2, 0xD8, 0xE2:
                    let skip = removableLength(b, at: i)
                    if skip == 0 {
                        out.append(c)
                        i += 1
                    } else {
                        i += skip
                    }
                default:
                    i += 1 // other C0 controls and DEL
                }
            }
        }
    }

    /// Index just past the escape sequence that starts with ESC at `i`.
    /// A malformed or cut-off sequence loses only the bytes that belong to it; it never swallows a
    /// line break or non-ASCII text.
    private static func endOfEscapeSequence(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let n = b.count
        guard i + 1 < n else { return i + 1 }
        let kind = b[i + 1]
        var j = i + 2
        switch kind {
        case UInt8(ascii: "["): // CSI: parameters 0x30–0x3F, intermediates 0x20–0x2F, final 0x40–0x7E
            while j < n, b[j] >= 0x20, b[j] <= 0x3F { j += 1 }
            if j < n, b[j] >= 0x40, b[j] <= 0x7E { j += 1 }
            return j
        case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "X"), UInt8(ascii: "^"), UInt8(ascii: "_"):
            // OSC / DCS / SOS / PM / APC: a string ended by BEL or ESC \ (ST).
            while j < n {
                let c = b[j]
                if c == 0x07 { return j + 1 }
                if c == 0x1B { return j + 1 < n && b[j + 1] == UInt8(ascii: "\\") ? j + 2 : j }
                if c == 0x0A || c == 0x0D { return j }
                j += 1
            }
            return j
        case 0x20...0x2F: // ESC, intermediates, one final byte (e.g. ESC ( B)
            while j < n, b[j] >= 0x20, b[j] <= 0x2F { j += 1 }
            if j < n, b[j] >= 0x30, b[j] <= 0x7E { j += 1 }
            return j
        case 0x30...0x7E: // two-byte sequence (ESC 7, ESC M, ESC =, …)
            return i + 2
        default:
            return i + 1
        }
    }
}
