import Testing
@testable import DatelineExtraction

@Suite struct ReadingContentHashTests {
    @Test func knownFNV1aValues() {
        // Reference values of 64-bit FNV-1a.
        #expect(ContentHash.fnv1a64("") == 0xcbf2_9ce4_8422_2325)
        #expect(ContentHash.fnv1a64("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(ContentHash.fnv1a64("foobar") == 0x8594_4171_f739_67e8)
    }

    @Test(arguments: [
        ("Talks resumed.  Both sides met.", "Talks resumed. Both sides met."),
        ("Talks resumed.\n\nBoth sides met.\n", "Talks resumed. Both sides met."),
        ("  Talks\tresumed. Both\u{A0}sides met.", "Talks resumed. Both sides met."),
        ("Caf\u{E9} \u{A0} talks", "Caf\u{E9} talks"),
    ])
    func whitespaceRunsDoNotMatter(_ a: String, _ b: String) {
        #expect(ContentHash.fnv1a64(a) == ContentHash.fnv1a64(b))
    }

    @Test(arguments: [
        ("Talks resumed.", "Talks resumed!"),
        ("Talks resumed.", "talks resumed."),
        ("Talksresumed.", "Talks resumed."),
        ("Caf\u{E9}", "Cafe"),
        ("\u{A9} 2023", " 2023"),
        ("\u{A9}", ""),
    ])
    func contentDifferencesDo(_ a: String, _ b: String) {
        #expect(ContentHash.fnv1a64(a) != ContentHash.fnv1a64(b))
    }
}
