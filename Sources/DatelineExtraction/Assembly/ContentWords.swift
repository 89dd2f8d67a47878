/// The words of a sentence that say what it is about: lowercased, stop words and dates removed.
/// Used as part of an event's signature when matching mentions across articles.
public struct ContentWords: Sendable {
    public let stopWords: Set<String>
    /// The ASCII stop words again, probed with a word's bytes before any String is built.
    private let asciiStopWords: ByteKeyTable
    /// Bits 54–63 of each ASCII stop word's hash, as a 1024-bit set: a word whose bit is clear is
    /// no stop word, without a probe (most content words).
    private let stopWordBits: [UInt64]
    /// Whether every stop word is ASCII (then an ASCII word's bytes alone decide membership).
    private let stopWordsAreASCII: Bool
    /// Per byte value, its `ByteClass`: one table read instead of a chain of range tests.
    private let classes: [UInt8] = (0...255).map { ByteClass.of(UInt8($0)) }
    /// Per byte value, what reading a word needs of it (`WordByte`): one table read per byte.
    private let wordBytes: [UInt16] = (0...255).map { WordByte.of(UInt8($0)) }

    public init(stopWords: Set<String>) {
        self.stopWords = stopWords
        var table = ByteKeyTable()
        var bits = [UInt64](repeating: 0, count: 16)
        for word in stopWords.sorted() where word.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = Array(word.utf8)
            bytes.withUnsafeBufferPointer { key in
                let hash = WordHash.of(bytes: key)
                if table.value(for: key, hash: hash) == nil { table.insert(key, hash: hash, value: 1) }
                bits[Int(hash >> 60)] |= 1 << (hash >> 54 & 63)
            }
        }
        asciiStopWords = table
        stopWordBits = bits
        stopWordsAreASCII = table.count == stopWords.count
    }

    /// One word per line; `#` starts a comment.
    public init(parsing text: String) {
        var words = Set<String>()
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let word = line.trimmingCharacters(in: .whitespaces).lowercased()
            if !word.isEmpty { words.insert(word) }
        }
        self.init(stopWords: words)
    }

    /// Distinct content words in order of first appearance, skipping the byte ranges in `excluding`.
    ///
    /// - Complexity: O(n) in the sentence's UTF-8 length; one String per distinct kept word.
    public func words(in sentence: String, excluding: [Range<Int>] = []) -> [String] {
        list(in: sentence, excluding: excluding).words
    }

    /// `words(in:excluding:)` packed in one byte buffer, no String built (but for non-ASCII words
    /// when stop words are compared as Strings).
    ///
    /// - Complexity: O(n) in the sentence's UTF-8 length; one allocation for the list.
    public func list(in sentence: String, excluding: [Range<Int>] = []) -> ContentWordList {
        // A native string's bytes are read in place; only a bridged one is copied first.
        if let list = sentence.utf8.withContiguousStorageIfAvailable({ list(bytes: $0, excluding: excluding) }) {
            return list
        }
        return Array(sentence.utf8).withUnsafeBufferPointer { list(bytes: $0, excluding: excluding) }
    }

    private func list(bytes: UnsafeBufferPointer<UInt8>, excluding: [Range<Int>]) -> ContentWordList {
        // A word is never longer than the sentence: one scratch buffer holds each in turn. Kept words
        // are at least two bytes and a separator apart, so a third of the length bounds their count.
        let capacity = bytes.count / 3 + 2
        // The packed list is written into scratch space first and copied out once: a kept word of
        // L >= 2 bytes takes at most 2L (its length as a varint takes at most L bytes).
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, bytes.count)) { scratch in
          withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * bytes.count + 16) { packed in
            withUnsafeTemporaryAllocation(of: (hash: UInt64, start: Int, length: Int).self, capacity: capacity) { kept in
              withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: max(1, excluding.count)) { skip in
               classes.withUnsafeBufferPointer { classes in wordBytes.withUnsafeBufferPointer { wordBytes in
                var collector = Collector(scratch: scratch, packed: packed, kept: kept, wordBytes: wordBytes)
                // The excluded stretches, sorted and merged: word starts only grow, so one pointer
                // into them tells whether a start is excluded.
                let skipCount = Self.merged(excluding, into: skip)
                var next = 0
                // Each word is found whole (letters, digits and non-ASCII bytes, then also "'" and
                // "-"), lowercased and hashed as it is found unless its start is excluded.
                var i = 0
                let n = bytes.count
                while i < n {
                    let byteClass = classes[Int(bytes[i])]
                    // U+2000–U+2FFF (curly quotes, dashes) separate words: skip the sequence whole.
                    if byteClass == ByteClass.wideSeparator {
                        i += 3
                        continue
                    }
                    guard byteClass == ByteClass.letter else {
                        i += 1
                        continue
                    }
                    while next < skipCount, skip[next].upperBound <= i { next += 1 }
                    if next < skipCount, skip[next].lowerBound <= i {
                        var end = i + 1
                        while end < n, ByteClass.continues(classes[Int(bytes[end])]) { end += 1 }
                        i = end
                        continue
                    }
                    let end = collector.read(bytes, from: i)
                    if end - i >= 2 { collector.flush(self) }
                    i = end
                }
                return collector.result
               } }
              }
            }
          }
        }
    }

    /// Sorts the non-empty ranges of `ranges` into `out` and merges those that overlap or touch;
    /// returns how many there are. (A sentence excludes a handful: an insertion sort.)
    static func merged(_ ranges: [Range<Int>], into out: UnsafeMutableBufferPointer<Range<Int>>) -> Int {
        var count = 0
        for range in ranges where !range.isEmpty {
            var j = count
            while j > 0, out[j - 1].lowerBound > range.lowerBound {
                out[j] = out[j - 1]
                j -= 1
            }
            out[j] = range
            count += 1
        }
        guard count > 1 else { return count }
        var last = 0
        for k in 1..<count {
            if out[k].lowerBound <= out[last].upperBound {
                out[last] = out[last].lowerBound..<max(out[last].upperBound, out[k].upperBound)
            } else {
                last += 1
                out[last] = out[k]
            }
        }
        return last + 1
    }

    /// What a byte does in a word.
    enum ByteClass {
        static let separator: UInt8 = 0
        /// Starts or continues a word: a letter, digit or non-ASCII byte.
        static let letter: UInt8 = 1
        /// Continues a word only: "'" or "-".
        static let joiner: UInt8 = 2
        /// Ends a word and, where a word could start, skips three bytes: the lead byte of
        /// U+2000–U+2FFF.
        static let wideSeparator: UInt8 = 3

        static func of(_ byte: UInt8) -> UInt8 {
            if byte == 0xE2 { return wideSeparator }
            if isLetter(byte) { return letter }
            return byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-") ? joiner : separator
        }

        @inline(__always)
        static func continues(_ byteClass: UInt8) -> Bool { byteClass &- 1 < 2 }
    }

    /// A byte as a word's reader sees it: the low 8 bits are the byte lowercased (ASCII letters
    /// only), the flags above say whether it continues a word (what `ByteClass.continues` says of
    /// its class), is no digit, is not ASCII.
    enum WordByte {
        static let continues: UInt16 = 0x100
        static let notDigit: UInt16 = 0x200
        static let notASCII: UInt16 = 0x400

        static func of(_ byte: UInt8) -> UInt16 {
            var entry = UInt16(byte &- 65 < 26 ? byte + 32 : byte)
            if ByteClass.continues(ByteClass.of(byte)) { entry |= continues }
            if byte &- 48 >= 10 { entry |= notDigit }
            if byte >= 0x80 { entry |= notASCII }
            return entry
        }
    }

    /// Letters, digits and every byte of a non-ASCII character.
    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool {
        byte &- 97 < 26 || byte &- 65 < 26 || byte &- 48 < 10 || byte >= 0x80
    }

    /// The word being read (lowercased, in `scratch`) and the words kept so far (a struct, not
    /// captured variables, so the compiler needs no dynamic exclusivity checks).
    private struct Collector {
        let scratch: UnsafeMutableBufferPointer<UInt8>
        /// `WordHash`, position in `result.bytes` and length of each kept word, to find a repeat without
        /// building strings.
        let kept: UnsafeMutableBufferPointer<(hash: UInt64, start: Int, length: Int)>
        var keptCount = 0
        var keptBitsLow: UInt64 = 0, keptBitsHigh: UInt64 = 0
        /// The list's bytes so far (`ContentWordList`'s packing), `used` of them written.
        let packed: UnsafeMutableBufferPointer<UInt8>
        var used = 0
        var wordCount = 0
        var count = 0
        var hash = WordHash.seed
        var isASCII = true
        var isNumber = true

        /// `ContentWords.wordBytes`.
        let wordBytes: UnsafeBufferPointer<UInt16>

        init(scratch: UnsafeMutableBufferPointer<UInt8>, packed: UnsafeMutableBufferPointer<UInt8>,
             kept: UnsafeMutableBufferPointer<(hash: UInt64, start: Int, length: Int)>, wordBytes: UnsafeBufferPointer<UInt16>) {
            self.scratch = scratch
            self.packed = packed
            self.kept = kept
            self.wordBytes = wordBytes
        }

        /// The words kept so far, as a list (one copy of the packed bytes).
        var result: ContentWordList {
            ContentWordList(packed: UnsafeBufferPointer(rebasing: packed[0..<used]), count: wordCount)
        }

        /// Reads the word that starts at `start` of `bytes` (a letter) into `scratch`, lowercased,
        /// with its hash and kind (kept in locals while the bytes are read, stored once); returns
        /// where it ends.
        @inline(__always) mutating func read(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
            var hash = WordHash.seed
            // (Each byte's `WordByte` gives its lowercase form and its flags in one read; the
            // flags of all the word's bytes, or-ed, say whether it is a number or ASCII.)
            var seen: UInt16 = 0
            var n = 0
            var end = start
            let limit = bytes.count
            var entry = wordBytes[Int(bytes[start])]
            while true {
                let byte = UInt8(truncatingIfNeeded: entry)
                scratch[n] = byte
                n &+= 1
                hash = WordHash.adding(byte, to: hash)
                seen |= entry
                end &+= 1
                guard end < limit else { break }
                entry = wordBytes[Int(bytes[end])]
                guard entry & WordByte.continues != 0 else { break }
            }
            count = n
            self.hash = hash
            isASCII = seen & WordByte.notASCII == 0
            self.isNumber = seen & WordByte.notDigit == 0
            return end
        }

        mutating func flush(_ owner: ContentWords) {
            defer {
                count = 0
                hash = WordHash.seed
                isASCII = true
                isNumber = true
            }
            // (Words shorter than two bytes or starting in an excluded range never get here.)
            // Possessive "'s" is not part of the word.
            if count > 2, scratch[count - 2] == UInt8(ascii: "'"), scratch[count - 1] == UInt8(ascii: "s") {
                count -= 2
                hash = WordHash.of(bytes: word)
                isNumber = word.allSatisfy { $0 >= 48 && $0 <= 57 }
            }
            guard !isNumber else { return }
            // An ASCII word equals an ASCII stop word exactly when the bytes do.
            if owner.stopWordsAreASCII && isASCII {
                if owner.stopWordBits[Int(hash >> 60)] & 1 << (hash >> 54 & 63) != 0,
                   owner.asciiStopWords.value(for: word, hash: hash) != nil { return }
                // An ASCII word equals a kept word exactly when their bytes do (no other string is
                // canonically equivalent to one made of ASCII letters, digits, "'" and "-").
                if mayBeKept { for k in 0..<keptCount where isKept(k) { return } }
                keep()
                return
            }
            let text = String(decoding: word, as: UTF8.self)
            if owner.stopWords.contains(text) || result.words.contains(text) { return }
            keep()
        }

        /// False when no kept word has the current word's hash (bits 57–63 of every kept word's
        /// hash are set in a 128-bit filter): most words are new, and need no scan then.
        var mayBeKept: Bool {
            let bit: UInt64 = 1 << (hash >> 57 & 63)
            return (hash >> 63 == 0 ? keptBitsLow : keptBitsHigh) & bit != 0
        }

        /// Whether kept word `k` is the current word.
        private func isKept(_ k: Int) -> Bool {
            guard kept[k].hash == hash, kept[k].length == count else { return false }
            let start = kept[k].start
            for x in 0..<count where packed[start + x] != scratch[x] { return false }
            return true
        }

        private mutating func keep() {
            // Length as a LEB128 varint, then the bytes (what `ContentWordList.append` writes).
            var length = count
            while length >= 0x80 {
                packed[used] = UInt8(truncatingIfNeeded: length) | 0x80
                used += 1
                length >>= 7
            }
            packed[used] = UInt8(length)
            used += 1
            let at = used
            _ = UnsafeMutableBufferPointer(rebasing: packed[used..<(used + count)]).update(fromContentsOf: word)
            used += count
            wordCount += 1
            if keptCount < kept.count {
                kept[keptCount] = (hash, at, count)
                keptCount += 1
                if hash >> 63 == 0 { keptBitsLow |= 1 << (hash >> 57 & 63) } else { keptBitsHigh |= 1 << (hash >> 57 & 63) }
            }
        }

        var word: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: scratch[0..<count]) }
    }
}
