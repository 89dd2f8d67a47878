/// Per-event Bloom signatures of the search text: which bytes occur (64 bits, exact for letters)
/// and which adjacent byte pairs occur (512 bits), for every event of a timeline, in one flat array.
///
/// Search is a substring test, so an event can only match a query if it holds every byte and
/// every adjacent pair of the query. Checking that on 72 bytes rules out almost every event before
/// its text is read, which keeps a query that matches nothing (the scan goes round the whole
/// list) fast on a million events. False positives are settled by the real substring test.
struct SearchSignatures: Sendable {
    static let stride = 9
    private var words: [UInt64]

    /// Signatures of each event's parts (title, summary, actors, places); no pair spans two parts.
    /// Cost: one pass over the bytes of the text.
    init(count: Int, parts: (Int) -> [String]) {
        words = [UInt64](repeating: 0, count: count * Self.stride)
        words.withUnsafeMutableBufferPointer { buffer in
            for position in 0..<count {
                let base = buffer.baseAddress! + position * Self.stride
                for part in parts(position) {
                    var part = part
                    part.withUTF8 { Self.add($0, into: base) }
                }
            }
        }
    }

    /// The signature of a lowercased query, in the same layout.
    static func needle(_ bytes: [UInt8]) -> [UInt64] {
        var out = [UInt64](repeating: 0, count: stride)
        out.withUnsafeMutableBufferPointer { o in
            bytes.withUnsafeBufferPointer { add($0, into: o.baseAddress!) }
        }
        return out
    }

    /// True when every bit of `needle` is set in the event's signature: its text may contain it.
    @inline(__always) func mayContain(_ position: Int, _ needle: [UInt64]) -> Bool {
        let base = position * Self.stride
        for k in 0..<Self.stride where words[base + k] & needle[k] != needle[k] { return false }
        return true
    }

    private static func add(_ bytes: UnsafeBufferPointer<UInt8>, into base: UnsafeMutablePointer<UInt64>) {
        var previous: UInt8 = 0
        var first = true
        for raw in bytes {
            let byte = TimelineCatalog.lowercased(raw)
            base[0] |= UInt64(1) << UInt64(byte & 63)
            if !first {
                let bit = ((UInt32(previous) &* 0x9E37_79B1) ^ (UInt32(byte) &* 0x85EB_CA77)) >> 23
                base[1 + Int(bit >> 6)] |= UInt64(1) << UInt64(bit & 63)
            }
            previous = byte
            first = false
        }
    }
}
