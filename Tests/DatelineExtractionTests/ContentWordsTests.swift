import Testing
@testable import DatelineExtraction

@Suite struct ContentWordsTests {
    let words = ContentWords(stopWords: ["the", "and", "said", "on", "in"])

    @Test(arguments: [
        ("The minister’s visit and the talks", ["minister", "visit", "talks"]),
        ("Blinken's trip, said officials", ["blinken", "trip", "officials"]),
        ("Live-fire drills near the strait — again", ["live-fire", "drills", "near", "strait", "again"]),
        ("$200 billion in 2021 purchases", ["billion", "purchases"]),
        ("Talks, talks and TALKS", ["talks"]),
        ("Xi met 習近平 in Beijing", ["xi", "met", "習近平", "beijing"]),
    ])
    func extractsContentWords(sentence: String, expected: [String]) {
        #expect(words.words(in: sentence) == expected)
    }

    @Test func skipsExcludedRanges() {
        let sentence = "Sanctions announced on Friday night"
        let friday = sentence.utf8.count - "Friday night".utf8.count
        #expect(words.words(in: sentence, excluding: [friday..<sentence.utf8.count]) == ["sanctions", "announced"])
    }

    @Test func parsesTheDataFile() {
        let parsed = ContentWords(parsing: "# comment\nThe\n\nof\n")
        #expect(parsed.stopWords == ["the", "of"])
    }
}
