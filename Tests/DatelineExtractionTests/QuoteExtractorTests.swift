import Testing
@testable import DatelineExtraction

@Suite struct QuoteExtractorTests {
    static var extractor: QuoteExtractor {
        get throws { try #require(SemanticFixtures.lexicons).quoteExtractor }
    }

    struct Case: Sendable, CustomStringConvertible {
        var sentence: String
        var text: String
        var speaker: String?
        var description: String { sentence }
    }

    static let cases: [Case] = [
        Case(sentence: "“We will not back down on this,” Foreign Minister Penny Wong said.",
             text: "We will not back down on this", speaker: "Penny Wong"),
        Case(sentence: "Prime Minister Anthony Albanese said, “Dialogue is always better than silence.”",
             text: "Dialogue is always better than silence.", speaker: "Anthony Albanese"),
        Case(sentence: "\"The door remains open to talks,\" said Chancellor Olaf Scholz.",
             text: "The door remains open to talks", speaker: "Olaf Scholz"),
        Case(sentence: "The tariffs are “a serious escalation of tensions,” according to the European Commission.",
             text: "a serious escalation of tensions", speaker: "European Commission"),
        Case(sentence: "Sen. Mitt Romney told reporters \"this is a matter of national survival.\"",
             text: "this is a matter of national survival.", speaker: "Mitt Romney"),
        Case(sentence: "“Nobody wins a trade war like this one,” the former negotiator said.",
             text: "Nobody wins a trade war like this one", speaker: "the former negotiator"),
        Case(sentence: "“It is time to turn the page on mistrust,” he said.",
             text: "It is time to turn the page on mistrust", speaker: nil),
        Case(sentence: "Beijing said the move was “an open provocation against regional peace.”",
             text: "an open provocation against regional peace.", speaker: "China"),
        Case(sentence: "“We remain deeply concerned about the situation,” the Pentagon said in a statement.",
             text: "We remain deeply concerned about the situation", speaker: "Pentagon"),
        Case(sentence: "“These are serious and credible threats,” said a senior U.S. official.",
             text: "These are serious and credible threats", speaker: "a senior U.S. official"),
        Case(sentence: "“The channel is open again and working,” Austin said, adding that Beijing agreed.",
             text: "The channel is open again and working", speaker: "Austin"),
        Case(sentence: "“Both sides must show restraint and patience now,” said Wang.",
             text: "Both sides must show restraint and patience now", speaker: "Wang"),
        Case(sentence: "“We had frank exchanges on every hard issue today.",
             text: "We had frank exchanges on every hard issue today.", speaker: nil),
        Case(sentence: "That is not how partners behave,” the spokeswoman Mao Ning said.",
             text: "That is not how partners behave", speaker: "Mao Ning"),
        Case(sentence: "The White House called the call “candid and constructive in every respect,” officials said.",
             text: "candid and constructive in every respect", speaker: "officials"),
    ]

    @Test(arguments: cases) func extracts(_ c: Case) throws {
        let quotes = try Self.extractor.quotes(in: c.sentence)
        let q = try #require(quotes.first)
        #expect(q.text == c.text)
        #expect(q.speaker == c.speaker)
        #expect(String(decoding: Array(c.sentence.utf8)[q.range], as: UTF8.self) == q.text)
    }

    @Test("'he said' and 'said she' mark a pronoun speaker; 'they said' and a named one do not", arguments: [
        ("“It is time to turn the page on mistrust,” he said.", true),
        ("“It is time to turn the page on mistrust,” said she.", true),
        ("“It is time to turn the page on mistrust,” they said.", false),
        ("“It is time to turn the page on mistrust,” Penny Wong said.", false),
    ])
    func pronounSpeakers(sentence: String, byPronoun: Bool) throws {
        let quote = try #require(try Self.extractor.quotes(in: sentence).first)
        #expect(quote.byPronoun == byPronoun)
    }

    @Test func scareQuotesAreSkipped() throws {
        #expect(try Self.extractor.quotes(in: "Officials warned of a “red line” over the strait.").isEmpty)
        #expect(try Self.extractor.quotes(in: "The so-called \"de-risking\" approach won support.").isEmpty)
    }

    @Test func speakerResolvesThroughTheDocument() throws {
        var known = DocumentEntities()
        known.register(person: "Lloyd Austin")
        let q = try Self.extractor.quotes(in: "“We will keep the lines open,” Austin said.", known: known)
        #expect(q.first?.speaker == "Lloyd Austin")
        #expect(q.first?.quote.speaker == "Lloyd Austin")
    }

    @Test func twoQuotesInOneSentence() throws {
        let s = "“We want stable ties with everyone,” Xi said, “but we will defend our interests firmly.”"
        let q = try Self.extractor.quotes(in: s)
        #expect(q.count == 2)
        #expect(q.map(\.speaker) == ["Xi", "Xi"])
    }
}
