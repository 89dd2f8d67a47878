import Testing
@testable import DatelineExtraction

@Suite struct ContentWordListTests {
    @Test(arguments: [
        [],
        ["talks"],
        ["talks", "talks", "x"],
        ["習近平", "beijing", ""],
        [String(repeating: "a", count: 127), String(repeating: "b", count: 128), String(repeating: "c", count: 20_000)],
    ])
    func roundTripsWords(words: [String]) {
        let list = ContentWordList(words)
        #expect(list.words == words)
        #expect(list.count == words.count)
    }

    /// `list(in:)` is what the analyzer stores; `words(in:)` decodes it: both must match.
    @Test func listMatchesWords() {
        let words = ContentWords(stopWords: ["the", "and"])
        let sentence = "The envoy's talks and the envoy’s TALKS on Live-fire drills"
        #expect(words.list(in: sentence).words == ["envoy", "talks", "on", "live-fire", "drills"])
    }

    /// A stop word list with a non-ASCII word compares every word as a String.
    @Test func nonASCIIStopWordsStillApply() {
        let words = ContentWords(stopWords: ["über", "the"])
        // (Only ASCII letters are lowercased: "Über" is not the stop word "über".)
        #expect(words.words(in: "Über the talks über Talks") == ["Über", "talks"])
    }
}

@Suite struct ByteKeyTableTests {
    static func lookup(_ table: ByteKeyTable, _ key: String) -> Int32? {
        Array(key.utf8).withUnsafeBufferPointer { table.value(for: $0, hash: WordHash.of(bytes: $0)) }
    }

    @Test func findsWhatWasInsertedAndNothingElse() {
        var table = ByteKeyTable()
        let keys = (0..<1000).map { "word\($0)" } + ["", "a", "ab"]
        for (n, key) in keys.enumerated() {
            Array(key.utf8).withUnsafeBufferPointer { table.insert($0, hash: WordHash.of(bytes: $0), value: Int32(n)) }
        }
        #expect(table.count == keys.count)
        for (n, key) in keys.enumerated() { #expect(Self.lookup(table, key) == Int32(n)) }
        for missing in ["word1000", "b", "abc", "Word1"] { #expect(Self.lookup(table, missing) == nil) }
    }
}
