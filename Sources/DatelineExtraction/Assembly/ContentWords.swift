/// The words of a sentence that say what it is about: lowercased, stop words and dates removed.
/// Used as part of an event's signature when matching mentions across articles.
public struct ContentWords: Sendable {
    public let stopWords: Set<String>
    /// The ASCII stop words again, probed with a word's bytes before any String is built.
    private let asciiStopWords: WordTable<Bool>
    /// Whether every stop word is ASCII (then an ASCII word's bytes alone decide membership).
    private let stopWordsAreASCII: Bool

    public init(stopWords: Set<String>) {
        self.stopWords = stopWords
        var table = WordTable<Bool>()
        for word in stopWords.sorted() where word.utf8.allSatisfy({ $0 < 0x80 }) { table[word] = true }
        asciiStopWords = table
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
    /// - Complexity: O(n) in the sentence's UTF-8 length.
    public func words(in sentence: String, excluding: [Range<Int>] = []) -> [String] {
        var collector = Collector(excluding: excluding)
        var skip = 0
        var offset = 0
        for byte in sentence.utf8 {
            // U+2000–U+2FFF (curly quotes, dashes) separate words: skip the sequence whole.
            if skip > 0 { skip -= 1; offset += 1; continue }
            if byte == 0xE2 {
                if !collector.current.isEmpty { collector.flush(self) }
                skip = 2
                offset += 1
                continue
            }
            let isLetter = (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte >= 0x80
            if isLetter || ((byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-")) && !collector.current.isEmpty) {
                if collector.current.isEmpty { collector.start = offset }
                collector.current.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
            } else if !collector.current.isEmpty {
                collector.flush(self)
            }
            offset += 1
        }
        if !collector.current.isEmpty { collector.flush(self) }
        return collector.result
    }

    /// The word being read and the words kept so far (a struct, not captured variables, so the
    /// compiler needs no dynamic exclusivity checks).
    private struct Collector {
        let excluding: [Range<Int>]
        var result: [String] = []
        /// Holds `result` once it is long enough that a linear search for repeats costs more.
        var seen = Set<String>()
        var current: [UInt8] = []
        var start = 0

        init(excluding: [Range<Int>]) {
            self.excluding = excluding
            current.reserveCapacity(32)
        }

        mutating func flush(_ owner: ContentWords) {
            defer { current.removeAll(keepingCapacity: true) }
            guard current.count >= 2, !excluding.contains(where: { $0.contains(start) }) else { return }
            // Possessive "'s" is not part of the word.
            if current.count > 2, current[current.count - 2] == UInt8(ascii: "'"), current.last == UInt8(ascii: "s") {
                current.removeLast(2)
            }
            guard !current.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return }
            // An ASCII word equals an ASCII stop word exactly when the bytes do.
            if owner.stopWordsAreASCII && current.allSatisfy({ $0 < 0x80 }) {
                if owner.asciiStopWords.value(forBytes: current, hash: WordHash.of(bytes: current)) != nil { return }
            } else if owner.stopWords.contains(String(decoding: current, as: UTF8.self)) {
                return
            }
            keep(String(decoding: current, as: UTF8.self))
        }

        /// Appends `word` unless it is already kept (String equality, as a Set would judge it).
        mutating func keep(_ word: String) {
            if result.count < 16 {
                if !result.contains(word) { result.append(word) }
                return
            }
            if seen.isEmpty { seen = Set(result) }
            if seen.insert(word).inserted { result.append(word) }
        }
    }
}

import Foundation
