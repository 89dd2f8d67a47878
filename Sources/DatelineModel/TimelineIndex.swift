/// Positions of events by issue, actor and document, each list ascending.
///
/// - Complexity: built in O(total labels) once, hashing each label's bytes (FNV) rather than
///   `Dictionary`'s SipHash per occurrence; each lookup is a dictionary access.
public struct TimelineIndex: Sendable, Equatable {
    public private(set) var byIssue: [String: [Int]] = [:]
    public private(set) var byActor: [String: [Int]] = [:]
    public private(set) var byDocument: [String: [Int]] = [:]

    public init(events: [Event]) {
        var issues = PositionGroups(), actors = PositionGroups(), documents = PositionGroups()
        for position in events.indices {
            for issue in events[position].issues.distinctInOrder() { issues.add(issue, position) }
            for actor in events[position].actors.distinctInOrder() { actors.add(actor, position) }
            // (Not `documentIDs`: most events have one mention, and that needs no array.)
            let mentions = events[position].mentions
            for k in mentions.indices where k == 0 || !mentions[..<k].contains(where: { $0.document == mentions[k].document }) {
                documents.add(mentions[k].document, position)
            }
        }
        byIssue = issues.dictionary
        byActor = actors.dictionary
        byDocument = documents.dictionary
    }

    /// Positions of events carrying any of `keys` in `table`, ascending, without duplicates.
    public static func union(_ keys: some Sequence<String>, in table: [String: [Int]]) -> [Int] {
        var lists = keys.compactMap { table[$0] }
        if lists.count == 1 { return lists[0] }
        var result: [Int] = []
        result.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        var cursors = Array(repeating: 0, count: lists.count)
        while true {
            var best = Int.max
            for (i, list) in lists.enumerated() where cursors[i] < list.count { best = min(best, list[cursors[i]]) }
            if best == Int.max { break }
            result.append(best)
            for i in lists.indices where cursors[i] < lists[i].count && lists[i][cursors[i]] == best { cursors[i] += 1 }
        }
        lists.removeAll()
        return result
    }

    func documentPosition(_ id: String, in documents: [Document]) -> Int? {
        documents.firstIndex { $0.id == id }
    }
}

/// Lists of positions grouped by String key, keys compared as `String ==` does: ASCII keys by an
/// FNV hash of their bytes and a byte comparison (ASCII strings are equal exactly when their bytes
/// are), other keys through a `Dictionary`. The few strings canonically equal to an ASCII one
/// (U+212A KELVIN SIGN is "K") are matched by a scan when a key is first seen.
struct PositionGroups {
    /// First spelling of each group's key (the one a `Dictionary` keeps) and its positions.
    private var keys: [String] = []
    private var lists: [[Int]] = []
    /// ASCII spellings seen, with their hash and group; the index holds entry plus one, 0 for
    /// empty (open addressing, at most half full).
    private var entries: [(hash: UInt64, key: String, group: Int)] = []
    private var index = [Int32](repeating: 0, count: 64)
    private var nonASCII: [String: Int] = [:]

    mutating func add(_ key: String, _ position: Int) {
        let group = self.group(of: key)
        lists[group].append(position)
    }

    private mutating func group(of key: String) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var isASCII = true
        for byte in key.utf8 {
            if byte >= 0x80 { isASCII = false; break }
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        guard isASCII else {
            if let g = nonASCII[key] { return g }
            // (A canonically equal ASCII key already seen is the same key.)
            let g = entries.first { $0.key == key }?.group ?? newGroup(key)
            nonASCII[key] = g
            return g
        }
        let mask = index.count - 1
        var i = Self.bucket(hash, mask: mask)
        while index[i] != 0 {
            let e = Int(index[i]) - 1
            // (Both ASCII: `==` is a byte comparison.)
            if entries[e].hash == hash && entries[e].key == key { return entries[e].group }
            i = (i + 1) & mask
        }
        let g = nonASCII.first { $0.key == key }?.value ?? newGroup(key)
        entries.append((hash, key, g))
        index[i] = Int32(entries.count)
        if entries.count * 2 > index.count { rebuild() }
        return g
    }

    private mutating func newGroup(_ key: String) -> Int {
        keys.append(key)
        lists.append([])
        return keys.count - 1
    }

    private mutating func rebuild() {
        index = [Int32](repeating: 0, count: index.count * 2)
        let mask = index.count - 1
        for e in entries.indices {
            var i = Self.bucket(entries[e].hash, mask: mask)
            while index[i] != 0 { i = (i + 1) & mask }
            index[i] = Int32(e + 1)
        }
    }

    @inline(__always)
    private static func bucket(_ hash: UInt64, mask: Int) -> Int {
        // FNV's low bits are weak for short keys: fold the high half in before masking.
        Int(truncatingIfNeeded: (hash ^ (hash >> 29)) &* 0xBF58_476D_1CE4_E5B9 >> 32) & mask
    }

    var dictionary: [String: [Int]] {
        var out: [String: [Int]] = [:]
        out.reserveCapacity(keys.count)
        for g in keys.indices { out[keys[g]] = lists[g] }
        return out
    }
}
