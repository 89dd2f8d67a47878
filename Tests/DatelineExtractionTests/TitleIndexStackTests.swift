import Testing
@testable import DatelineExtraction

/// The index stack keeps what was appended, in order, drops from its end, and ignores appends
/// past its memory; a clause gathered on the stack is the one gathered as an array.
@Suite struct TitleIndexStackTests {
    @Test(arguments: [[], [3], [1, 2, 3], [5, 6, 7, 8, 9]])
    func appendsAndRemovesLikeAnArray(indices: [Int]) {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 4) { buffer in
            var stack = TitleIndexStack(buffer)
            var array: [Int] = []
            for i in indices {
                stack.append(i)
                if array.count < 4 { array.append(i) }
            }
            #expect(Array(stack.indices) == array)
            #expect(stack.last == array.last)
            stack.removeLast()
            if !array.isEmpty { array.removeLast() }
            #expect(Array(stack.indices) == array)
            #expect(stack.isEmpty == array.isEmpty)
        }
    }

    @Test(arguments: ["The minister met envoys from Japan, South Korea and the Philippines in Manila on Monday.",
                      "Officials said talks between the two sides would continue next week in Geneva",
                      "It added 140 companies, most of them Chinese, to a trade blacklist to curb exports."])
    func stackClauseIsArrayClause(sentence: String) throws {
        let lex = try #require(SemanticFixtures.lexicons)
        let doc = TitleText(sentence: sentence, excluding: [], entities: SentenceEntities(), titles: lex.titles, cues: lex.cues)
        for start in 0...doc.tokens.count {
            for limit in [0, 3, 8, 10] {
                for object in [false, true] {
                    let array = doc.clauseWords(from: start, limit: limit, cues: lex.cues, object: object)
                    let stacked = doc.withClauseWords(from: start, limit: limit, cues: lex.cues, object: object) { Array($0) }
                    #expect(array == stacked)
                    // Room for every token from `start` is always enough.
                    #expect(array.count <= max(0, doc.tokens.count - start))
                }
            }
        }
    }
}
