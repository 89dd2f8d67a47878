import DatelineModel
import Testing
@testable import DatelineExtraction

/// Every reading stage on arbitrary input: no trap, and ranges stay inside the text.
@Suite struct ReadingRobustnessTests {
    /// Pieces that exercise the stages' special cases, glued together at random.
    static let pieces: [[UInt8]] = [
        "U.S.", " ", "\n", "\n\n", "Mr.", "Jan 15", "(Reuters) -", " — ", "2021", "06/03/2024", "Published ",
        "©", "“", "”", "’", ".", "?", "…", "No. 2", "By ", "WASHINGTON,", "\u{202E}", "\r\n", "\t", "{", "}",
        "\"text\": ", "Sept.", "29", "Feb", "1.5", "this year", "will", "fell", "|", "Credit:", "A",
    ].map { Array($0.utf8) } + [[0xFF], [0xE2, 0x80], [0xC2], [0x1B, 0x5B], [0x00], [0x93], [0xEF, 0xBB, 0xBF]]

    static func randomInputs(count: Int, seed: UInt64) -> [[UInt8]] {
        var state = seed
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        return (0..<count).map { _ in
            (0..<(next() % 60)).flatMap { _ in pieces[next() % pieces.count] }
        }
    }

    @Test func stagesSurviveRandomInput() throws {
        let parser = ArticleLayoutParser(boilerplate: try BoilerplateLexicon.bundled())
        let splitter = SentenceSplitter(abbreviations: try AbbreviationLexicon.bundled())
        let inferrer = PublicationDateInferrer()
        for (n, bytes) in Self.randomInputs(count: 400, seed: 7).enumerated() {
            for path in ["x.txt", "x.json", "x.jsonl"] {
                for record in DocumentReader().read(bytes: bytes, path: path).records {
                    let size = record.text.utf8.count
                    let layout = parser.parse(record.text, title: n % 2 == 0 ? nil : "U.S. talks")
                    #expect(layout.paragraphs.allSatisfy { $0.upperBound <= size })
                    #expect(layout.boilerplate.allSatisfy { $0.upperBound <= size })
                    let sentences = splitter.split(record.text, layout: layout)
                    #expect(sentences.allSatisfy { record.text.utf8Slice($0.range) == $0.text })
                    let observations = ExplicitYearScanner.observations(in: record.text)
                    _ = inferrer.infer(record: record, layout: layout, observations: observations)
                    _ = inferrer.parseDateString(record.text)
                    _ = ContentHash.fnv1a64(record.text)
                }
            }
        }
    }
}
