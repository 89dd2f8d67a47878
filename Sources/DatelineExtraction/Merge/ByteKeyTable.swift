import Foundation

/// A hash map from byte strings to `Int32` values, for keys that are equal exactly when their bytes
/// are (ASCII words, lowercased names). Keys live in one arena; open addressing with linear probing
/// over a power-of-two index kept at most half full.
///
/// Cost: a lookup is one multiply-shift, usually one index read and, on a hash match, one entry
/// read and an inline byte comparison (8 bytes at a time); no String is built and nothing is
/// allocated except when the table grows.
struct ByteKeyTable {
    /// One key: its `WordHash`, where its bytes are in `arena`, and its value.
    private struct Entry {
        var hash: UInt64
        var start: Int
        var length: Int
        var value: Int32
    }

    private var arena: [UInt8] = []
    private var entries: [Entry] = []
    /// 0 for empty, else the entry's position plus one in the low 32 bits and the high 32 bits of
    /// its hash above: a probe compares those before reading the entry.
    private var index = [UInt64](repeating: 0, count: 16)

    init() {}

    var count: Int { entries.count }

    @inline(__always)
    private static func bucket(_ hash: UInt64, mask: Int) -> Int {
        // FNV's low bits are weak for short keys: fold the high half in before masking.
        Int(truncatingIfNeeded: (hash ^ (hash >> 29)) &* 0xBF58_476D_1CE4_E5B9 >> 32) & mask
    }

    /// The value stored for the key spelled by `key`, whose `WordHash` is `hash`.
    @inline(__always)
    func value(for key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
        let mask = index.count - 1
        let tag = hash & 0xFFFF_FFFF_0000_0000
        var i = Self.bucket(hash, mask: mask)
        while true {
            let slot = index[i]
            if slot == 0 { return nil }
            if slot & 0xFFFF_FFFF_0000_0000 == tag {
                let entry = entries[Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1]
                if entry.hash == hash, entry.length == key.count, keyEquals(entry.start, key) { return entry.value }
            }
            i = (i + 1) & mask
        }
    }

    /// Whether the arena's bytes from `start` spell `key` (whose length was already compared).
    private func keyEquals(_ start: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let keyBase = key.baseAddress else { return true }
        return arena.withUnsafeBufferPointer { arena in
            guard let base = arena.baseAddress else { return false }
            let stored = UnsafeRawPointer(base + start), probe = UnsafeRawPointer(keyBase)
            var x = 0
            let n = key.count
            while x + 8 <= n {
                if stored.loadUnaligned(fromByteOffset: x, as: UInt64.self) != probe.loadUnaligned(fromByteOffset: x, as: UInt64.self) {
                    return false
                }
                x += 8
            }
            while x < n {
                if stored.load(fromByteOffset: x, as: UInt8.self) != probe.load(fromByteOffset: x, as: UInt8.self) { return false }
                x += 1
            }
            return true
        }
    }

    /// Records `value` for a key not yet in the table.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, value: Int32) {
        entries.append(Entry(hash: hash, start: arena.count, length: key.count, value: value))
        arena.append(contentsOf: key)
        if entries.count * 2 > index.count {
            index = [UInt64](repeating: 0, count: index.count * 2)
            for entry in entries.indices { place(entry) }
        } else {
            place(entries.count - 1)
        }
    }

    private mutating func place(_ entry: Int) {
        let mask = index.count - 1
        let hash = entries[entry].hash
        var i = Self.bucket(hash, mask: mask)
        while index[i] != 0 { i = (i + 1) & mask }
        index[i] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(entry + 1)
    }
}
