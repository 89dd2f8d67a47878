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
        var result: [String] = []
        var seen = Set<String>()
        var current: [UInt8] = []
        var start = 0
        var offset = 0
        func flush() {
            defer { current.removeAll(keepingCapacity: true) }
            guard current.count >= 2, !excluding.contains(where: { $0.contains(start) }) else { return }
            // Possessive "'s" is not part of the word.
            if current.count > 2, current[current.count - 2] == UInt8(ascii: "'"), current.last == UInt8(ascii: "s") {
                current.removeLast(2)
            }
            guard !current.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return }
            // An ASCII word equals an ASCII stop word exactly when the bytes do.
            let isASCII = current.allSatisfy { $0 < 0x80 }
            if isASCII && stopWordsAreASCII {
                if asciiStopWords.value(forBytes: current, hash: WordHash.of(bytes: current)) != nil { return }
                let word = String(decoding: current, as: UTF8.self)
                if seen.insert(word).inserted { result.append(word) }
                return
            }
            let word = String(decoding: current, as: UTF8.self)
            guard !stopWords.contains(word) else { return }
            if seen.insert(word).inserted { result.append(word) }
        }
        var skip = 0
        for byte in sentence.utf8 {
            // U+2000–U+2FFF (curly quotes, dashes) separate words: skip the sequence whole.
            if skip > 0 { skip -= 1; offset += 1; continue }
            if byte == 0xE2 {
                if !current.isEmpty { flush() }
                skip = 2
                offset += 1
                continue
            }
            let isLetter = (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte >= 0x80
            if isLetter || (byte == UInt8(ascii: "'") && !current.isEmpty) || (byte == UInt8(ascii: "-") && !current.isEmpty) {
                if current.isEmpty { start = offset }
                current.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
            } else if !current.isEmpty {
                flush()
            }
            offset += 1
        }
        if !current.isEmpty { flush() }
        return result
    }
}

import Foundation
