import Testing
@testable import DatelineExtraction

@Suite struct IssueClassifierTests {
    static var classifier: IssueClassifier {
        get throws { IssueClassifier(taxonomy: try #require(SemanticFixtures.lexicons).taxonomy) }
    }

    struct Case: Sendable, CustomStringConvertible {
        var sentence: String
        var trigger: String? = nil
        var issues: [String]
        var description: String { sentence }
    }

    static let cases: [Case] = [
        Case(sentence: "Beijing raised tariffs on soybeans from Iowa.", issues: ["trade"]),
        Case(sentence: "The regulator barred the chipmaker's memory products from critical networks.", issues: ["technology"]),
        Case(sentence: "Warships sailed through the Taiwan Strait on Monday.", issues: ["taiwan", "military"]),
        Case(sentence: "Customs agents seized a shipment of fentanyl precursors.", issues: ["fentanyl"]),
        Case(sentence: "The court convicted an engineer of spying for a foreign intelligence service.", issues: ["espionage"]),
        Case(sentence: "Envoys pledged deeper cuts in methane emissions.", issues: ["climate"]),
        Case(sentence: "Activists condemned forced labor in Xinjiang.", issues: ["human-rights"]),
        Case(sentence: "The ministers met in Jakarta.", trigger: "meeting", issues: ["diplomacy"]),
        Case(sentence: "A coast guard vessel fired water cannon near Scarborough Shoal.", issues: ["south-china-sea"]),
        Case(sentence: "Pyongyang test-fired a missile over the Sea of Japan.", issues: ["military", "north-korea"]),
        Case(sentence: "Drones struck a refinery near Kyiv.", issues: ["russia-ukraine"]),
        Case(sentence: "Iran condemned the strike on Gaza.", issues: ["middle-east"]),
        // Generic evidence gives way to a sectoral issue: defense talks are military, not diplomacy.
        Case(sentence: "The two defense chiefs held talks on Friday.", trigger: "talks", issues: ["military"]),
        // ...but not to a geopolitical one: a meeting about Taiwan is still diplomacy.
        Case(sentence: "The speaker met Taiwan's president in California.", trigger: "meeting", issues: ["taiwan", "diplomacy"]),
        // A longer term wins over the shorter term it contains.
        Case(sentence: "Prosecutors said the engineer stole trade secrets.", issues: ["espionage"]),
        Case(sentence: "The ambassador was summoned over the remarks.", issues: ["diplomacy"]),
        Case(sentence: "Anti-espionage rules took effect.", issues: ["espionage"]),
        Case(sentence: "Two intelligence officers were charged with obstructing a prosecution.", issues: ["espionage"]),
        Case(sentence: "She passed classified information to a double agent.", issues: ["espionage"]),
        Case(sentence: "It rained all week.", issues: []),
        // Word prefixes that would over-match: "important" is not an import, "technical" not tech.
        Case(sentence: "It was an important and technical session.", issues: []),
        Case(sentence: "The storm battered the coast and lives on in memory.", issues: []),
        // "coalition" is not coal, nor oil "drilling" a military drill.
        Case(sentence: "A broad coalition of donors pledged food aid.", issues: []),
        Case(sentence: "Offshore drilling resumed in the northern field.", issues: []),
        Case(sentence: "Mines closed as coal demand fell.", issues: ["climate"]),
        // Terms of international news beyond US–China.
        Case(sentence: "KCNA said the leader inspected a factory.", issues: ["north-korea"]),
        Case(sentence: "A tanker was hit in the Gulf of Aden.", issues: ["middle-east"]),
        Case(sentence: "Vulnerable nations sought payouts from the loss and damage fund.", issues: ["climate"]),
        Case(sentence: "Imports of high-tech batteries rose.", issues: ["trade", "technology"]),
        // A country's name alone is weak evidence of its war: another region in the sentence wins.
        Case(sentence: "The council backed the Gaza resolution, with Russia abstaining.", issues: ["middle-east"]),
        Case(sentence: "Russian drones struck Kyiv overnight.", issues: ["russia-ukraine"]),
        Case(sentence: "The Kremlin rejected the proposal.", issues: ["russia-ukraine"]),
        // Arms sales and unification are Taiwan's words only where no other region is named.
        Case(sentence: "Washington approved new arms sales to Ukraine.", issues: ["russia-ukraine"]),
        Case(sentence: "Washington approved new arms sales to Taiwan.", issues: ["taiwan"]),
        Case(sentence: "Beijing again called for reunification.", issues: ["taiwan"]),
    ]

    @Test(arguments: cases) func labels(_ c: Case) throws {
        #expect(try Self.classifier.issues(sentence: c.sentence, triggerClass: c.trigger) == order(c.issues))
    }

    private func order(_ ids: [String]) -> [String] {
        let all = ["taiwan", "russia-ukraine", "middle-east", "trade", "technology", "fentanyl", "military",
                   "espionage", "climate", "human-rights", "diplomacy", "south-china-sea", "north-korea"]
        return all.filter(ids.contains)
    }

    @Test func evidenceIsTheWordsAsWritten() throws {
        let found = try Self.classifier.classify(sentence: "New TARIFFS on steel, tariffs on tin, and a tariff.", triggerClass: nil)
        #expect(found["trade"] == ["TARIFFS", "tariff"])
    }

    @Test func shortTermsMatchWholeWordsOnly() throws {
        // "ai" must not fire inside "aide", nor "un" inside "until".
        #expect(try Self.classifier.issues(sentence: "An aide waited until noon.", triggerClass: nil).isEmpty)
        #expect(try Self.classifier.issues(sentence: "AI chips sold out.", triggerClass: nil) == ["technology"])
    }

    @Test func documentTopicFillsSentencesWithoutSpecificEvidence() throws {
        let c = try Self.classifier
        let topic = c.documentIssues(in: "Climate envoys meet as emissions and climate finance dominate the agenda.")
        #expect(topic.first?.id == "climate")
        #expect(c.issues(sentence: "They spoke again by video link.", triggerClass: "call", documentIssues: topic) == ["climate"])
        #expect(c.issues(sentence: "Tariffs rose.", triggerClass: nil, documentIssues: topic) == ["trade"])
    }

    @Test func documentTopicTiesGoToTheIssueNamingTheStory() throws {
        let c = try Self.classifier
        // military 3; diplomacy 2 and north-korea 2 tie: the broad label gives way.
        let topic = c.documentIssues(in: "Pyongyang fired a missile as troops and warships drilled. The embassy and a consulate closed. KCNA reported it.")
        #expect(topic.map(\.id) == ["military", "north-korea"])
        // A regional issue's generic terms count for the article's topic.
        #expect(c.documentIssues(in: "Moscow and the Kremlin said Russia would respond.").map(\.id) == ["russia-ukraine"])
    }

    @Test func replacementTaxonomy() throws {
        let tax = try Taxonomy(parsing: "issue\tenergy\tEnergy\nterms\tenergy\toil, pipeline, =gas\ntrigger\tlaunch\tenergy\n")
        let c = IssueClassifier(taxonomy: tax)
        #expect(tax.issues.map(\.label) == ["Energy"])
        #expect(c.classify(sentence: "The pipelines and gas fields.", triggerClass: nil)["energy"] == ["pipelines", "gas"])
        #expect(c.issues(sentence: "Gasoline prices.", triggerClass: nil).isEmpty)
        #expect(c.issues(sentence: "Nothing here.", triggerClass: "launch") == ["energy"])
    }

    struct BadFile: Sendable, CustomStringConvertible {
        var text: String
        var error: LexiconParseError
        var description: String { error.description }
    }

    static let badFiles: [BadFile] = [
        BadFile(text: "issue\ttrade\tTrade\nterms\ttrdae\ttariff\n",
                error: LexiconParseError(file: "taxonomy.tsv", line: 2, reason: .unknownIssue("trdae"))),
        BadFile(text: "# header\n\nissue\ttrade\n",
                error: LexiconParseError(file: "taxonomy.tsv", line: 3, reason: .missingField(expected: 3, found: 2))),
        BadFile(text: "issue\ttrade\tTrade\nissue\ttrade\tTrade again\n",
                error: LexiconParseError(file: "taxonomy.tsv", line: 2, reason: .duplicateIssue("trade"))),
        BadFile(text: "issue\ttrade\tTrade\nlabel\ttrade\tx\n",
                error: LexiconParseError(file: "taxonomy.tsv", line: 2, reason: .unknownDirective("label"))),
        BadFile(text: "issue\ttrade\tTrade\ttopical\n",
                error: LexiconParseError(file: "taxonomy.tsv", line: 1, reason: .invalidValue("topical"))),
        BadFile(text: "issue\ttrade\tTrade\ntrigger\ttariff\tcommerce\n",
                error: LexiconParseError(file: "taxonomy.tsv", line: 2, reason: .unknownIssue("commerce"))),
        BadFile(text: "# nothing\n", error: LexiconParseError(file: "taxonomy.tsv", line: 0, reason: .empty)),
    ]

    @Test(arguments: badFiles) func malformedTaxonomy(_ bad: BadFile) {
        #expect(throws: bad.error) { try Taxonomy(parsing: bad.text) }
    }

    @Test func errorMessageNamesFileAndLine() {
        let e = LexiconParseError(file: "my.tsv", line: 7, reason: .unknownIssue("x"))
        #expect(e.description == "my.tsv:7: issue 'x' is not declared")
    }
}
