/// The hash of a word key: 64-bit FNV-1a over its UTF-8 bytes. Cheap enough for the tokenizer to
/// compute while it scans (no finalisation step), and it extends byte by byte, so the hash of every
/// prefix of a word comes for free (what prefix lookups need).
public enum WordHash {
    public static let seed: UInt64 = 0xCBF2_9CE4_8422_2325

    @inline(__always)
    public static func adding(_ byte: UInt8, to hash: UInt64) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    /// The hash of `key`'s UTF-8 bytes. Cost: one multiply per byte, no allocation.
    public static func of(_ key: String) -> UInt64 {
        var hash = seed
        for byte in key.utf8 { hash = adding(byte, to: hash) }
        return hash
    }

    public static func of<Bytes: Sequence>(bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash = seed
        for byte in bytes { hash = adding(byte, to: hash) }
        return hash
    }
}

/// A hash map from word keys (lowercased token keys) to values, probed with a `WordHash` that the
/// caller usually already has (tokens carry theirs), so a lookup costs one multiply-shift and a
/// string comparison instead of a SipHash of the key. Open addressing with linear probing over a
/// power-of-two index, at most half full.
///
/// Used for every per-token dictionary probe of the extraction stages; Swift's `Dictionary` with
/// `String` keys spent more time hashing than the stages spent on their own logic.
struct WordTable<Value> {
    fileprivate struct Slot {
        var hash: UInt64
        var key: String
        var value: Value
    }

    private var slots: [Slot] = []
    /// Positions into `slots`, -1 for empty; its count is a power of two.
    private var index: [Int32] = Array(repeating: -1, count: 16)

    init() {}

    var count: Int { slots.count }
    var isEmpty: Bool { slots.isEmpty }

    /// Keys and values in insertion order.
    var entries: [(key: String, value: Value)] { slots.map { ($0.key, $0.value) } }

    @inline(__always)
    private static func bucket(_ hash: UInt64, mask: Int) -> Int {
        // FNV's low bits are weak for short keys: fold the high half in before masking.
        Int(truncatingIfNeeded: (hash ^ (hash >> 29)) &* 0xBF58_476D_1CE4_E5B9 >> 32) & mask
    }

    /// The value stored for `key`, whose `WordHash` is `hash`.
    @inline(__always)
    func value(forKey key: String, hash: UInt64) -> Value? {
        let mask = index.count - 1
        var i = Self.bucket(hash, mask: mask)
        while true {
            let s = Int(index[i])
            if s < 0 { return nil }
            if slots[s].hash == hash && slots[s].key == key { return slots[s].value }
            i = (i + 1) & mask
        }
    }

    func value(forKey key: String) -> Value? { value(forKey: key, hash: WordHash.of(key)) }

    func value(for token: WordToken) -> Value? { value(forKey: token.key, hash: token.keyHash) }

    /// The value stored for the key spelled by `bytes` (hash `hash`), without building a String.
    func value<Bytes: Collection>(forBytes bytes: Bytes, hash: UInt64) -> Value? where Bytes.Element == UInt8 {
        let mask = index.count - 1
        var i = Self.bucket(hash, mask: mask)
        while true {
            let s = Int(index[i])
            if s < 0 { return nil }
            if slots[s].hash == hash && slots[s].key.utf8.elementsEqual(bytes) { return slots[s].value }
            i = (i + 1) & mask
        }
    }

    func contains(_ key: String) -> Bool { value(forKey: key) != nil }

    /// Reads or replaces the value for `key`; setting nil is not supported (tables only grow).
    subscript(key: String) -> Value? {
        get { value(forKey: key) }
        set {
            guard let newValue else { return }
            let hash = WordHash.of(key)
            let mask = index.count - 1
            var i = Self.bucket(hash, mask: mask)
            while true {
                let s = Int(index[i])
                if s < 0 { break }
                if slots[s].hash == hash && slots[s].key == key {
                    slots[s].value = newValue
                    return
                }
                i = (i + 1) & mask
            }
            index[i] = Int32(slots.count)
            slots.append(Slot(hash: hash, key: key, value: newValue))
            if slots.count * 2 > index.count { rebuild(capacity: index.count * 2) }
        }
    }

    private mutating func rebuild(capacity: Int) {
        index = Array(repeating: -1, count: capacity)
        let mask = capacity - 1
        for (n, slot) in slots.enumerated() {
            var i = Self.bucket(slot.hash, mask: mask)
            while index[i] >= 0 { i = (i + 1) & mask }
            index[i] = Int32(n)
        }
    }
}

extension WordTable: Sendable where Value: Sendable {}
extension WordTable.Slot: Sendable where Value: Sendable {}
