/// A map from 64-bit word hashes (FNV-1a, as `TemporalTokenizer` computes them) to small values.
///
/// Same answers as a `[UInt64: Value]` (keys compare exactly), but a probe costs one multiply-shift
/// and a few array reads instead of a SipHash of the key: the temporal stages probe it for every
/// word they look at. Open addressing with linear probing over a power-of-two array, at most a
/// quarter full, so a miss usually ends at the first empty slot.
struct HashKeyTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var used: [Bool]
    private(set) var count = 0

    /// An empty table sized for about `capacity` keys.
    init(capacity: Int = 8) {
        var size = 16
        while size < capacity * 4 { size *= 2 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: nil, count: size)
        used = Array(repeating: false, count: size)
    }

    /// The table holding a dictionary's entries.
    init(_ dictionary: [UInt64: Value]) {
        self.init(capacity: dictionary.count)
        // Sorted keys: the slot layout does not depend on the dictionary's iteration order.
        for key in dictionary.keys.sorted() {
            if let value = dictionary[key] { self[key] = value }
        }
    }

    @inline(__always)
    private static func bucket(_ key: UInt64, mask: Int) -> Int {
        // FNV's low bits are weak for short words: fold the high half in before masking.
        Int(truncatingIfNeeded: (key ^ (key >> 29)) &* 0xBF58_476D_1CE4_E5B9 >> 32) & mask
    }

    /// The value stored for `key`, or nil. - Complexity: O(1) expected.
    @inline(__always)
    subscript(key: UInt64) -> Value? {
        get {
            let mask = keys.count - 1
            var i = Self.bucket(key, mask: mask)
            while used[i] {
                if keys[i] == key { return values[i] }
                i = (i + 1) & mask
            }
            return nil
        }
        set {
            guard let newValue else { return } // tables only grow
            let mask = keys.count - 1
            var i = Self.bucket(key, mask: mask)
            while used[i] {
                if keys[i] == key {
                    values[i] = newValue
                    return
                }
                i = (i + 1) & mask
            }
            keys[i] = key
            values[i] = newValue
            used[i] = true
            count += 1
            if count * 4 > keys.count { grow() }
        }
    }

    func contains(_ key: UInt64) -> Bool { self[key] != nil }

    /// Calls `body` with every key and its value, in slot order.
    func forEach(_ body: (UInt64, Value) -> Void) {
        for i in keys.indices where used[i] {
            if let value = values[i] { body(keys[i], value) }
        }
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values, oldUsed = used
        let size = keys.count * 2
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: nil, count: size)
        used = Array(repeating: false, count: size)
        count = 0
        for i in oldKeys.indices where oldUsed[i] {
            if let value = oldValues[i] { self[oldKeys[i]] = value }
        }
    }
}
