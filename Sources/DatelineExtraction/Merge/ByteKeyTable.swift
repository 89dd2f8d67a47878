import Foundation

/// A hash map from byte strings to `Int32` values, for keys that are equal exactly when their bytes
/// are (ASCII words, lowercased names). Keys live in one arena; open addressing with linear probing
/// over a power-of-two index kept at most half full.
///
/// Cost: a lookup is one multiply-shift, usually one index read and, on a hash match, one byte
/// comparison; no String is built and nothing is allocated except when the table grows.
struct ByteKeyTable {
    private var arena: [UInt8] = []
    /// Per entry: where its key starts in `arena` (entry `k`'s key ends where `k + 1`'s starts).
    private var keyStart: [Int] = [0]
    private var hashes: [UInt64] = []
    private(set) var values: [Int32] = []
    /// 0 for empty, else the entry's position plus one in the low 32 bits and the high 32 bits of
    /// its hash above: a probe compares those before reading the entry.
    private var index = [UInt64](repeating: 0, count: 16)

    init() {}

    var count: Int { values.count }

    @inline(__always)
    private static func bucket(_ hash: UInt64, mask: Int) -> Int {
        // FNV's low bits are weak for short keys: fold the high half in before masking.
        Int(truncatingIfNeeded: (hash ^ (hash >> 29)) &* 0xBF58_476D_1CE4_E5B9 >> 32) & mask
    }

    /// The value stored for the key spelled by `key`, whose `WordHash` is `hash`.
    func value(for key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
        index.withUnsafeBufferPointer { index in
            let mask = index.count - 1
            let tag = hash & 0xFFFF_FFFF_0000_0000
            var i = Self.bucket(hash, mask: mask)
            while true {
                let slot = index[i]
                if slot == 0 { return nil }
                if slot & 0xFFFF_FFFF_0000_0000 == tag {
                    let entry = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1
                    if hashes[entry] == hash && keyEquals(entry, key) { return values[entry] }
                }
                i = (i + 1) & mask
            }
        }
    }

    private func keyEquals(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = keyStart[entry], end = keyStart[entry + 1]
        guard end - start == key.count else { return false }
        guard let keyBase = key.baseAddress else { return true }
        return arena.withUnsafeBufferPointer { arena in
            guard let base = arena.baseAddress else { return false }
            return memcmp(base + start, keyBase, key.count) == 0
        }
    }

    /// Records `value` for a key not yet in the table.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, value: Int32) {
        arena.append(contentsOf: key)
        keyStart.append(arena.count)
        hashes.append(hash)
        values.append(value)
        if values.count * 2 > index.count {
            index = [UInt64](repeating: 0, count: index.count * 2)
            for entry in 0..<values.count { place(entry) }
        } else {
            place(values.count - 1)
        }
    }

    private mutating func place(_ entry: Int) {
        let mask = index.count - 1
        var i = Self.bucket(hashes[entry], mask: mask)
        while index[i] != 0 { i = (i + 1) & mask }
        index[i] = hashes[entry] & 0xFFFF_FFFF_0000_0000 | UInt64(entry + 1)
    }
}
