import DatelineModel
import Foundation
import Testing
@testable import DatelineExtraction

/// The whole pipeline (every stage, merge and timeline) on random news-like text: no trap, and the
/// model's promises hold whatever the input.
@Suite struct PipelineRobustnessTests {
    /// Words and marks that reach the stages' special cases (titles, names, triggers, dates, quotes,
    /// lists, non-ASCII, stray punctuation), glued together at random.
    static let pieces: [String] = [
        "Secretary of State", "Foreign Minister", "President", "Mr.", "Sen.", "U.S.", "Lena Ortiz", "Ortiz",
        "Amir Haddad", "China", "Beijing", "Taipei", "the European Union", "Reuters", "(Reuters) -", "met", "visited",
        "visit", "talks", "summit", "signed", "sanctions", "tariffs", "drills", "shot down", "announced", "will",
        "said", "told", "\"", "“", "”", "'s", "’s", ",", ".", ";", ":", "?", " — ", "-", "(", ")", "and", "or", "the",
        "a", "to", "in", "on", "of", "after", "before", "since", "last week", "on Friday", "Friday's", "in March",
        "March 3", "March 3-5", "from July 16 to 19", "2023", "mid-2024", "early April", "two years ago",
        "the previous day", "this week", "Q3", "06/02/2023", "$1.5 billion", "20 percent", "No. 2", "Taiwan",
        "Ukraine", "fentanyl", "chips", "climate", "such as", "including", "which", "who", "Zoë", "Gdańsk",
        "Ελλάδα", "北京", "\u{202E}", "e\u{301}", "🙂", "\n", "\n\n", "   ",
    ]

    static func randomArticles(count: Int, seed: UInt64) -> [ArticleRecord] {
        var state = seed
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        return (0..<count).map { n in
            var text = ""
            for _ in 0..<(next() % 120) {
                let piece = pieces[next() % pieces.count]
                if next() % 3 != 0, !text.isEmpty, !piece.hasPrefix("\n") { text += " " }
                text += piece
            }
            return ArticleRecord(id: "r\(n)", path: "r\(n).txt", text: text,
                                 dateString: n % 3 == 0 ? "2024-05-0\(1 + n % 9)" : nil)
        }
    }

    @Test func randomArticlesGiveAConsistentTimeline() throws {
        var options = ExtractionOptions()
        options.parallel = false
        let driver = try ExtractionDriver(options: options)
        let records = Self.randomArticles(count: 300, seed: 11)
        let timeline = driver.build(records: records)
        let texts = Dictionary(uniqueKeysWithValues: timeline.documents.map { ($0.id, $0.text) })
        #expect(!timeline.events.isEmpty)
        for event in timeline.events {
            #expect(!event.mentions.isEmpty)
            for mention in event.mentions {
                let text = try #require(texts[mention.document])
                let bytes = Array(text.utf8)
                #expect(mention.offset >= 0 && mention.offset + mention.length <= bytes.count)
                guard mention.offset >= 0, mention.offset + mention.length <= bytes.count else { continue }
                #expect(String(decoding: bytes[mention.offset..<(mention.offset + mention.length)], as: UTF8.self)
                        == mention.sentence)
                if let start = mention.timexOffset, let length = mention.timexLength {
                    #expect(start >= mention.offset && start + length <= mention.offset + mention.length)
                }
            }
            if let earliest = event.when.earliest, let latest = event.when.latest { #expect(earliest <= latest) }
            #expect(event.title.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F })
        }
        #expect(TimelineAssembler.chronologicalOrder(timeline.events) == Array(timeline.events.indices))
        #expect(Set(timeline.events.map(\.id)).count == timeline.events.count)
    }
}
