/// A sentence's content words, in order, packed in one byte buffer: each word is its length (as a
/// LEB128 varint: one byte below 128) followed by its UTF-8 bytes. One allocation per candidate
/// instead of an array of Strings; the merger numbers the words straight from the bytes.
public struct ContentWordList: Hashable, Sendable {
    public private(set) var bytes: [UInt8] = []
    public private(set) var count = 0

    public init() {}

    /// The words as given (repeats kept, as the merger always took them).
    public init(_ words: [String]) {
        for word in words { append(Array(word.utf8)) }
    }

    /// The list whose packed bytes are `packed` (each word's varint length, then its bytes),
    /// holding `count` words.
    init(packed: UnsafeBufferPointer<UInt8>, count: Int) {
        bytes = Array(packed)
        self.count = count
    }

    public var isEmpty: Bool { count == 0 }

    mutating func reserveCapacity(bytes capacity: Int) { bytes.reserveCapacity(capacity) }

    /// Appends one word; returns where its bytes start in `bytes`.
    @discardableResult
    mutating func append<Bytes: Collection>(_ word: Bytes) -> Int where Bytes.Element == UInt8 {
        var length = word.count
        while length >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: length) | 0x80)
            length >>= 7
        }
        bytes.append(UInt8(length))
        let start = bytes.count
        bytes.append(contentsOf: word)
        count += 1
        return start
    }

    /// `append(_:)` for a word in a buffer: one copy of its bytes.
    @discardableResult
    mutating func append(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        if word.count < 0x80 {
            bytes.append(UInt8(word.count))
            let start = bytes.count
            bytes.append(contentsOf: word)
            count += 1
            return start
        }
        return append(Array(word))
    }

    /// Calls `body` with each word's bytes, in order. No allocation.
    func forEachWord(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        bytes.withUnsafeBufferPointer { buffer in
            var i = 0
            while i < buffer.count {
                var length = 0, shift = 0
                while i < buffer.count {
                    let byte = buffer[i]
                    i += 1
                    length |= Int(byte & 0x7F) << shift
                    shift += 7
                    if byte < 0x80 { break }
                }
                let end = min(buffer.count, i + length)
                body(UnsafeBufferPointer(rebasing: buffer[i..<end]))
                i = end
            }
        }
    }

    /// The words as Strings (for tests and the rare non-ASCII comparisons).
    public var words: [String] {
        var out: [String] = []
        out.reserveCapacity(count)
        forEachWord { out.append(String(decoding: $0, as: UTF8.self)) }
        return out
    }
}
