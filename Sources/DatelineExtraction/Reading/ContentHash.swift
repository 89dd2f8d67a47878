/// A stable 64-bit fingerprint of an article's text, so a syndicated copy is counted once.
///
/// FNV-1a over the UTF-8 bytes of the normalised text with every whitespace run (space, tab, line
/// break, no-break space) collapsed to one space and leading/trailing whitespace ignored. Case and
/// punctuation count. The value is the same on every platform and run (unlike `Hasher`).
/// - Complexity: O(n) in the bytes, no allocation.
public enum ContentHash {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    public static func fnv1a64(_ text: String) -> UInt64 {
        // (A loop over a buffer of the bytes: iterating `String.UTF8View` cost several times more.)
        var text = text
        return text.withUTF8 { fnv1a64(bytes: $0) }
    }

    /// `fnv1a64` of valid UTF-8 bytes.
    static func fnv1a64(bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = offsetBasis
        var pendingSpace = false
        var started = false
        var previous: UInt8 = 0
        for byte in bytes {
            // Most bytes are neither whitespace nor part of a C2 sequence: the general steps below reduce
            // to these for them.
            if byte > 0x20, byte != 0xC2, previous != 0xC2 {
                if pendingSpace && started { hash = (hash ^ 0x20) &* prime }
                pendingSpace = false
                started = true
                hash = (hash ^ UInt64(byte)) &* prime
                previous = byte
                continue
            }
            // U+00A0 is C2 A0: drop the C2 lead, treat A0 after it as a space.
            if byte == 0xC2 { previous = byte; continue }
            let isNBSP = byte == 0xA0 && previous == 0xC2
            if previous == 0xC2 && !isNBSP {
                if pendingSpace && started { hash = (hash ^ 0x20) &* prime }
                pendingSpace = false
                started = true
                hash = (hash ^ 0xC2) &* prime
            }
            previous = byte
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || isNBSP {
                pendingSpace = true
                continue
            }
            if pendingSpace && started { hash = (hash ^ 0x20) &* prime }
            pendingSpace = false
            started = true
            hash = (hash ^ UInt64(byte)) &* prime
        }
        if previous == 0xC2 { hash = (hash ^ 0xC2) &* prime }
        return hash
    }
}
