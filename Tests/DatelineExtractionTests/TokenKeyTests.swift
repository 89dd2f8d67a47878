import Testing
@testable import DatelineExtraction

/// `TokenKey` stores a token's key as integers; these check it reads back as the same string and
/// compares as the strings do, across the inline (≤15 bytes) and pooled (longer) forms.
struct TokenKeyTests {
    static let keys = ["", "a", "to", "meeting", "abcdefgh", "abcdefghi", "abcdefghijklmno", "abcdefghijklmnop",
                       "counterterrorism", "internationalization", "1,000,000,000,000,000", "é", "naïve", "東京",
                       "e\u{301}", "ñandúes-grandísimos", "\"", "'", "-", "$", "€"]

    @Test(arguments: keys)
    func keyReadsBackAsItsString(text: String) {
        let key = TokenKey.make(string: text)
        #expect(key.string == text)
        #expect(Array(key.string.utf8) == Array(text.utf8))
        #expect(key.count == text.utf8.count)
        #expect(key.isInline == (text.utf8.count <= 15))
        let fromBytes = Array(text.utf8).withUnsafeBufferPointer { TokenKey.make($0) }
        #expect(fromBytes == key)
        #expect(key.withBytes { Array($0) } == Array(text.utf8))
    }

    @Test(arguments: keys)
    func equalBitsAreEqualStrings(text: String) {
        for other in Self.keys {
            let same = TokenKey.make(string: text) == TokenKey.make(string: other)
            #expect(same == (Array(text.utf8) == Array(other.utf8)))
        }
    }

    @Test func illFormedBytesAreRepairedAsStringsRepairThem() {
        let bytes: [UInt8] = [0x61, 0xFF, 0x62]
        let key = bytes.withUnsafeBufferPointer { TokenKey.make($0) }
        #expect(key.string == String(decoding: bytes, as: UTF8.self))
    }

    @Test func theRunningLibraryLaysOutSmallStringsAsExpected() {
        #expect(TokenKey.layoutIsSmallString)
    }

    @Test(arguments: [
        ("Officials' talks didn't END in counterterrorism-cooperation 1,000,000,000,000.50 \u{201C}yes\u{201D} U.S.", 0),
        ("Café naïve e\u{301}lan — ok…", 0),
    ])
    func tokenKeysMatchTheirStrings(text: String, _: Int) {
        for token in WordTokenizer.tokens(in: text) {
            #expect(token.keyCount == token.key.utf8.count)
            #expect(token.keyLastByte == token.key.utf8.last)
            #expect(WordHash.of(token.key) == token.keyHash)
            #expect(token.keyIs("to") == (token.key == "to"))
            #expect(token.keyIs("\"") == (token.key == "\""))
            #expect(token.keyBytesEnd(with: "ed") == token.key.hasSuffix("ed"))
            #expect(token.keyBytesEnd(with: "n't") == token.key.hasSuffix("n't"))
        }
    }

    @Test func tokensEqualWhenTheirFieldsAre() {
        let a = WordTokenizer.tokens(in: "counterterrorism talks")
        let b = WordTokenizer.tokens(in: "counterterrorism talks")
        #expect(a == b)
        #expect(Set(a).count == 2)
        var changed = a[1]
        changed.key = "talk"
        #expect(changed != a[1])
        #expect(changed.key == "talk")
    }
}
