import Testing
@testable import DatelineExtraction

@Suite struct TriggerDetectorTests {
    static var detector: TriggerDetector {
        get throws { try #require(SemanticFixtures.lexicons).triggerDetector }
    }

    @Test func bundledFilesParse() throws {
        _ = try TriggerLexicon.bundled()
        _ = try CueLexicon.bundled()
    }

    struct Case: Sendable, CustomStringConvertible {
        var sentence: String
        var text: String
        var triggerClass: String
        var pos: TriggerLexicon.PartOfSpeech
        var modality: TriggerModality = .asserted
        var description: String { sentence }
    }

    static let cases: [Case] = [
        Case(sentence: "The foreign minister visited Hanoi on Monday.", text: "visited", triggerClass: "visit", pos: .verb),
        Case(sentence: "Her visit to Seoul drew protests.", text: "visit", triggerClass: "visit", pos: .noun),
        Case(sentence: "Ottawa shot down an unidentified object over the Yukon.", text: "shot down", triggerClass: "shoot-down", pos: .verb),
        Case(sentence: "The new export rules took effect on Friday.", text: "took effect", triggerClass: "takes-effect", pos: .verb),
        Case(sentence: "The ban went into effect last month.", text: "ban", triggerClass: "ban", pos: .noun),
        Case(sentence: "Rome called off the summit at the last minute.", text: "called off", triggerClass: "cancellation", pos: .verb),
        Case(sentence: "The two leaders met in Geneva.", text: "met", triggerClass: "meeting", pos: .verb),
        Case(sentence: "Border troops clashed near the pass overnight.", text: "clashed", triggerClass: "collision", pos: .verb),
        Case(sentence: "A scuffle broke out at the checkpoint.", text: "scuffle", triggerClass: "collision", pos: .noun),
        Case(sentence: "The stand-off at the crossing ended.", text: "stand-off", triggerClass: "incident", pos: .noun),
        Case(sentence: "Officials held talks in Vienna.", text: "held talks", triggerClass: "talks", pos: .verb),
        Case(sentence: "The prime ministers spoke by phone on Tuesday.", text: "spoke by phone", triggerClass: "call", pos: .verb),
        Case(sentence: "The ministry did not announce new sanctions.", text: "announce", triggerClass: "announcement", pos: .verb, modality: .negated),
        Case(sentence: "Brussels is expected to approve sanctions on Monday.", text: "approve", triggerClass: "passage", pos: .verb, modality: .intended),
        Case(sentence: "The president threatened to impose tariffs on steel.", text: "impose", triggerClass: "tariff", pos: .verb, modality: .intended),
        Case(sentence: "A deal could collapse before the vote.", text: "deal", triggerClass: "deal", pos: .noun),
        Case(sentence: "The visit was postponed after the storm.", text: "visit", triggerClass: "visit", pos: .noun, modality: .cancelled),
        Case(sentence: "Canberra said it would require licences for the exports.", text: "require", triggerClass: "export-control", pos: .verb, modality: .scheduled),
        // Verbs of international news beyond US–China.
        Case(sentence: "Envoys endorsed the aid plan on Wednesday.", text: "endorsed", triggerClass: "passage", pos: .verb),
        Case(sentence: "Moscow vetoed the draft resolution.", text: "vetoed", triggerClass: "vote", pos: .verb),
        Case(sentence: "The president convened his security council.", text: "convened", triggerClass: "meeting", pos: .verb),
        Case(sentence: "A drone struck a tanker off the coast.", text: "struck", triggerClass: "attack", pos: .verb),
        Case(sentence: "The two sides struck a deal after midnight.", text: "struck a deal", triggerClass: "deal", pos: .verb),
        Case(sentence: "Gunmen seized a cargo ship in the strait.", text: "seized", triggerClass: "attack", pos: .verb),
        Case(sentence: "The mayor appealed for calm on Sunday.", text: "appealed for", triggerClass: "statement", pos: .verb),
        Case(sentence: "The militia fired rockets at the base.", text: "fired", triggerClass: "launch", pos: .verb),
        Case(sentence: "The navy intercepted a drone near the strait.", text: "intercepted", triggerClass: "intercept", pos: .verb),
        Case(sentence: "Lawmakers passed the bill 90 to 10.", text: "passed", triggerClass: "passage", pos: .verb),
        Case(sentence: "The Senate’s vote came after midnight.", text: "vote", triggerClass: "vote", pos: .noun),
        Case(sentence: "Police arrested two executives in Shenzhen.", text: "arrested", triggerClass: "arrest", pos: .verb),
        Case(sentence: "The minister will visit Jakarta next week.", text: "visit", triggerClass: "visit", pos: .verb, modality: .scheduled),
        Case(sentence: "Talks might resume in the autumn.", text: "resume", triggerClass: "resumption", pos: .verb, modality: .hypothetical),
    ]

    @Test(arguments: cases) func findsTrigger(_ c: Case) throws {
        let matches = try Self.detector.detect(in: c.sentence)
        let hit = try #require(matches.first { $0.text == c.text }, "found \(matches.map(\.text))")
        #expect(hit.triggerClass == c.triggerClass)
        #expect(hit.partOfSpeech == c.pos)
        #expect(hit.modality == c.modality)
        let bytes = Array(c.sentence.utf8)
        #expect(String(decoding: bytes[hit.range], as: UTF8.self) == c.text)
    }

    @Test func multiwordBeatsSingleWord() throws {
        let matches = try Self.detector.detect(in: "Washington called off a round of tariffs.")
        #expect(matches.map(\.triggerClass) == ["cancellation", "talks", "tariff"] || matches.first?.text == "called off")
        #expect(!matches.contains { $0.text == "called" })
        #expect(matches.first { $0.text == "tariffs" }?.modality == .cancelled)
    }

    @Test func hyphenatedModifierIsNotATrigger() throws {
        #expect(try Self.detector.detect(in: "The so-called deal collapsed.").allSatisfy { $0.text != "called" })
    }

    @Test func pastFormAfterDeterminerIsAnAdjective() throws {
        let matches = try Self.detector.detect(in: "The envoy came to seek a negotiated settlement of the announced dispute.")
        #expect(!matches.contains { $0.text == "negotiated" || $0.text == "announced" })
        #expect(try Self.detector.detect(in: "The envoy negotiated a settlement.").contains { $0.text == "negotiated" })
    }

    @Test func noTriggersInPlainDescription() throws {
        #expect(try Self.detector.detect(in: "The city is large and green.").isEmpty)
    }

    @Test(arguments: [
        ("Donors are meeting the $50 billion target at last.", false),
        ("The ministry met the deadline for filing.", false),
        ("Exporters failed to meet strict standards.", false),
        ("The ministers met the premier in Oslo.", true),
        ("Envoys are meeting in Oslo this week.", true),
    ])
    func meetingAGoalIsNoMeeting(_ sentence: String, _ isMeeting: Bool) throws {
        let found = try Self.detector.detect(in: sentence).contains { $0.triggerClass == "meeting" }
        #expect(found == isMeeting)
    }

    @Test func malformedLineReportsLineNumber() {
        #expect(throws: LexiconParseError(file: "triggers.tsv", line: 2, reason: .missingField(expected: 4, found: 2))) {
            try TriggerLexicon(parsing: "visit\tvisit\tvisit, visits, visited, visited, visiting\tvisit\nbad\tline\n")
        }
        #expect(throws: LexiconParseError(file: "triggers.tsv", line: 1, reason: .invalidValue("9"))) {
            try TriggerLexicon(parsing: "meeting\tmeet\t-\tmeeting\t9\n")
        }
    }

    @Test func unknownCueListIsAnError() {
        #expect(throws: LexiconParseError(file: "cues.tsv", line: 1, reason: .unknownDirective("negatoin"))) {
            try CueLexicon(parsing: "negatoin\tnot\n")
        }
    }
}

/// Bundled lexicons shared by the semantic-stage tests; nil only if a bundled file fails to parse.
enum SemanticFixtures {
    static let lexicons: SemanticLexicons? = try? SemanticLexicons.loadBundled()
}
