import Testing
@testable import DatelineTUI

/// The signatures only ever rule events out: a text must pass for every query it contains.
@Suite struct SearchSignaturesTests {
    static let texts: [[String]] = [
        ["Ministers meet in Hanoi", "The foreign ministers met on Monday.", "Wang Yi", "Hanoi"],
        ["Tariffs take effect", "Duties of 35% apply to cars from China."],
        ["Café talks", "Naïve “quotes” and CJK 北京 text."],
        [""],
    ]

    static let signatures = SearchSignatures(count: texts.count) { texts[$0] }

    static func needle(_ query: String) -> [UInt64] {
        SearchSignatures.needle(query.utf8.map(TimelineCatalog.lowercased))
    }

    @Test func everySubstringOfEveryPartPasses() {
        for (position, parts) in Self.texts.enumerated() {
            for part in parts {
                let bytes = Array(part.utf8)
                for start in bytes.indices {
                    for end in (start + 1)...min(bytes.count, start + 6) {
                        let query = bytes[start..<end].map(TimelineCatalog.lowercased)
                        #expect(Self.signatures.mayContain(position, SearchSignatures.needle(query)),
                                "\(part) must pass for bytes \(start)..<\(end)")
                    }
                }
            }
        }
    }

    @Test func upperCaseQueriesMatchLikeLowerCase() {
        #expect(Self.signatures.mayContain(0, Self.needle("HANOI")))
    }

    @Test func aMissingLetterRulesTheEventOut() {
        #expect(!Self.signatures.mayContain(0, Self.needle("z")))
        #expect(!Self.signatures.mayContain(1, Self.needle("q")))
        #expect(!Self.signatures.mayContain(3, Self.needle("a")))
    }

    @Test func pairsSpanningTwoPartsAreNotRecorded() {
        // "Hanoi" ends part 3 … and part 0 is followed by "The": "i" and "t" occur, but never side by
        // side within one part, so "it" would only pass through a pair spanning two parts.
        #expect(!Self.signatures.mayContain(0, Self.needle("it")))
    }

    @Test func theEmptyQueryPassesEverywhere() {
        for position in Self.texts.indices { #expect(Self.signatures.mayContain(position, Self.needle(""))) }
    }
}
