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
    /// Cost: about one multiply and a few tests per byte; runs of plain text are tested eight bytes
    /// at a time, which leaves a branch and a multiply per byte.
    static func fnv1a64(bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var state = State()
        guard let base = bytes.baseAddress else { return state.hash }
        let n = bytes.count
        var i = 0
        while i < n {
            // Eight bytes at a time while they are plain (no control byte, no 0xC2 lead, none after
            // one) with lone spaces inside (a space run, which would collapse, takes the general step).
            while i + 8 <= n, state.previous != 0xC2, state.started {
                let word = ByteScan.load(base, i)
                guard !ByteScan.hasByteBelow0x20(word), !ByteScan.hasByte(0xC2, in: word) else { break }
                let spaces = ByteScan.zeroBytes(word ^ 0x2020_2020_2020_2020)
                // (A space first after a pending one would make a run across the chunks.)
                let lead: UInt64 = state.pendingSpace ? 0x80 : 0
                guard spaces & ((spaces &>> 8) | lead) == 0 else { break }
                state.addLoneSpaced(word, endsWithSpace: spaces &>> 63 != 0)
                i += 8
            }
            // Then the general step, over at least the chunk that was not plain.
            let stop = min(n, i + 8)
            while i < stop {
                state.add(base[i])
                i += 1
            }
        }
        return state.finished
    }

    /// The hash of the bytes so far and what the next byte's step depends on.
    struct State {
        var hash = offsetBasis
        var pendingSpace = false
        var started = false
        var previous: UInt8 = 0

        /// The hash with a trailing lone 0xC2 lead added.
        var finished: UInt64 { previous == 0xC2 ? (hash ^ 0xC2) &* prime : hash }

        @inline(__always)
        mutating func emit(_ byte: UInt64) {
            if pendingSpace && started { hash = (hash ^ 0x20) &* prime }
            pendingSpace = false
            started = true
            hash = (hash ^ byte) &* prime
        }

        /// The eight bytes of `word` (first in the lowest bits): none below 0x20 nor 0xC2, after a
        /// byte other than 0xC2 and once started; no two spaces in a row, nor a first space after a
        /// pending one. Then every byte is emitted as it is, after the pending space, except a
        /// last space, which becomes pending. Cost: a multiply per byte, no branch.
        @inline(__always)
        mutating func addLoneSpaced(_ word: UInt64, endsWithSpace: Bool) {
            if pendingSpace { hash = (hash ^ 0x20) &* prime }
            hash = (hash ^ (word & 0xFF)) &* prime
            hash = (hash ^ ((word &>> 8) & 0xFF)) &* prime
            hash = (hash ^ ((word &>> 16) & 0xFF)) &* prime
            hash = (hash ^ ((word &>> 24) & 0xFF)) &* prime
            hash = (hash ^ ((word &>> 32) & 0xFF)) &* prime
            hash = (hash ^ ((word &>> 40) & 0xFF)) &* prime
            hash = (hash ^ ((word &>> 48) & 0xFF)) &* prime
            if !endsWithSpace { hash = (hash ^ (word &>> 56)) &* prime }
            pendingSpace = endsWithSpace
            previous = UInt8(truncatingIfNeeded: word &>> 56)
        }

        /// One byte, in general.
        @inline(__always)
        mutating func add(_ byte: UInt8) {
            // Most bytes are neither whitespace nor part of a C2 sequence: the general steps below
            // reduce to this for them.
            if byte > 0x20, byte != 0xC2, previous != 0xC2 {
                emit(UInt64(byte))
                previous = byte
                return
            }
            // U+00A0 is C2 A0: drop the C2 lead, treat A0 after it as a space.
            if byte == 0xC2 { previous = byte; return }
            let isNBSP = byte == 0xA0 && previous == 0xC2
            if previous == 0xC2 && !isNBSP { emit(0xC2) }
            previous = byte
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || isNBSP {
                pendingSpace = true
                return
            }
            emit(UInt64(byte))
        }
    }
}
