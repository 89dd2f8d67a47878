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
        /// `key` as a token holds it: a token probe compares these bits, not strings.
        var bits: TokenKey
        var value: Value
    }

    private var slots: [Slot] = []
    /// Open-addressing index, its count a power of two: 0 for empty, else the slot's position plus
    /// one in the low 32 bits and the high 32 bits of its hash above. A probe compares those bits
    /// before reading the slot, so a miss (most probes) touches the index alone.
    private var index: [UInt64] = Array(repeating: 0, count: 16)
    /// One bit per value of a hash's top bits (`hash >> filterShift`), set for every key: a probe whose bit is
    /// clear misses without reading the index. At 8+ bits per key it stays a few kilobytes, so it
    /// stays in cache between the probes of different stages where the index would not.
    private var filter: [UInt64] = [0]
    private var filterShift: UInt64 = 58

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

    @inline(__always)
    private static func tag(_ hash: UInt64) -> UInt64 { hash & 0xFFFF_FFFF_0000_0000 }

    /// Position in `slots` of the entry with hash `hash` for which `same` (given the slot's
    /// position) holds, or nil.
    @inline(__always)
    private func find(_ hash: UInt64, _ same: (Int) -> Bool) -> Int? {
        if !mayContain(hash: hash) { return nil }
        let mask = index.count - 1
        let tag = Self.tag(hash)
        var i = Self.bucket(hash, mask: mask)
        while true {
            let entry = index[i]
            if entry == 0 { return nil }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let s = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                if slots[s].hash == hash && same(s) { return s }
            }
            i = (i + 1) & mask
        }
    }

    /// False when no key has the `WordHash` `hash` (then every probe with it misses); true when
    /// one may. One bit read: what a probe checks first.
    @inline(__always)
    func mayContain(hash: UInt64) -> Bool {
        let bit = Int(truncatingIfNeeded: hash >> filterShift)
        return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// The value stored for `key`, whose `WordHash` is `hash`.
    @inline(__always)
    func value(forKey key: String, hash: UInt64) -> Value? {
        guard let s = find(hash, { slots[$0].key == key }) else { return nil }
        return slots[s].value
    }

    func value(forKey key: String) -> Value? { value(forKey: key, hash: WordHash.of(key)) }

    /// (Inlined so that a caller passing `tokens[i]` reads its key in place instead of copying
    /// the token out of the array and retaining its key for the call.)
    @inline(__always)
    func value(for token: WordToken) -> Value? { value(forKeyBits: token.keyBits, hash: token.keyHash) }

    /// The value stored for the key with bits `bits` (and `WordHash` `hash`): equal bits are equal
    /// bytes (see `TokenKey`), so no string is read.
    @inline(__always)
    func value(forKeyBits bits: TokenKey, hash: UInt64) -> Value? {
        guard let s = find(hash, { slots[$0].bits == bits }) else { return nil }
        return slots[s].value
    }

    /// The value stored for the key spelled by `bytes` (hash `hash`), without building a String.
    func value<Bytes: Collection>(forBytes bytes: Bytes, hash: UInt64) -> Value? where Bytes.Element == UInt8 {
        guard let s = find(hash, { slots[$0].key.utf8.elementsEqual(bytes) }) else { return nil }
        return slots[s].value
    }

    func contains(_ key: String) -> Bool { value(forKey: key) != nil }

    /// Reads or replaces the value for `key`; setting nil is not supported (tables only grow).
    subscript(key: String) -> Value? {
        get { value(forKey: key) }
        set {
            guard let newValue else { return }
            let hash = WordHash.of(key)
            if let s = find(hash, { slots[$0].key == key }) {
                slots[s].value = newValue
                return
            }
            slots.append(Slot(hash: hash, key: key, bits: TokenKey.make(string: key), value: newValue))
            if slots.count * 2 > index.count {
                rebuild(capacity: index.count * 2)
            } else {
                insert(slots.count - 1)
            }
        }
    }

    private mutating func insert(_ s: Int) {
        let mask = index.count - 1
        let hash = slots[s].hash
        var i = Self.bucket(hash, mask: mask)
        while index[i] != 0 { i = (i + 1) & mask }
        index[i] = Self.tag(hash) | UInt64(s + 1)
        let bit = Int(truncatingIfNeeded: hash >> filterShift)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    private mutating func rebuild(capacity: Int) {
        index = Array(repeating: 0, count: capacity)
        // 2^k filter bits, k >= 6, about 8 bits per index entry.
        let k = max(6, capacity.trailingZeroBitCount + 3)
        filterShift = UInt64(64 - k)
        filter = Array(repeating: 0, count: (1 << k) / 64)
        for s in slots.indices { insert(s) }
    }
}

extension WordTable: Sendable where Value: Sendable {}
extension WordTable.Slot: Sendable where Value: Sendable {}
