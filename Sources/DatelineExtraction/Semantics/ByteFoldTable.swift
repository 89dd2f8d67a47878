/// A 256-entry byte table for word scans: per byte value, the byte ASCII-lowercased when it belongs
/// to the table's class (ASCII letters, optionally digits), else 0. One load tells both whether a
/// byte continues a word and what it adds to the word's folded key.
///
/// The entries live in memory allocated once per table and never freed (the tables are process-wide
/// constants), so a lookup is one load: no array bounds check, no retain.
struct ByteFoldTable: @unchecked Sendable {
    // (@unchecked: written once in `init`, then only read.)
    private let base: UnsafePointer<UInt8>

    /// ASCII letters (lowercased) and digits.
    static let lettersAndDigits = ByteFoldTable(digits: true)
    /// ASCII letters (lowercased) only.
    static let letters = ByteFoldTable(digits: false)

    private init(digits: Bool) {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        table.initialize(repeating: 0, count: 256)
        if digits {
            for b in 0x30...0x39 { table[b] = UInt8(b) }
        }
        for b in 0x61...0x7A {
            table[b] = UInt8(b)
            table[b - 32] = UInt8(b)
        }
        base = UnsafePointer(table)
    }

    /// The folded byte for `b` (0 outside the class). `b` is masked to 0...255.
    @inline(__always)
    subscript(_ b: Int) -> UInt8 { base[b & 0xFF] }
}
