/// Eight-bytes-at-a-time tests for the reading stage's scans over whole files: most chunks of news
/// text are printable ASCII, and one test per chunk lets a scan skip them.
enum ByteScan {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether one of the eight bytes of `word` is below 0x20 (exact: the borrow trick never misses).
    @inline(__always)
    static func hasByteBelow0x20(_ word: UInt64) -> Bool {
        (word &- ones &* 0x20) & ~word & highBits != 0
    }

    /// Whether one of the eight bytes of `word` is 0x7F or more (exact, like `hasByteBelow0x20`).
    @inline(__always)
    static func hasByteAbove0x7E(_ word: UInt64) -> Bool {
        ((word &+ ones) | word) & highBits != 0
    }

    /// The high bit of each byte of `word` that is zero, and no other bit (exact: each byte is
    /// tested alone, no carry runs between bytes).
    @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        let low7 = ~highBits
        return ~(((word & low7) &+ low7) | word) & highBits
    }

    /// Whether one of the eight bytes of `word` is `byte`.
    @inline(__always)
    static func hasByte(_ byte: UInt8, in word: UInt64) -> Bool {
        zeroBytes(word ^ (ones &* UInt64(byte))) != 0
    }

    /// The eight bytes at `offset` of `base`, the first in the lowest bits.
    @inline(__always)
    static func load(_ base: UnsafePointer<UInt8>, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
    }
}
