import Testing
@testable import DatelineExtraction

@Suite struct TitleBuilderTests {
    struct Case: Sendable, CustomStringConvertible {
        var sentence: String
        /// The trigger as written (first occurrence is used).
        var trigger: String
        /// Substrings the caller marks as temporal expressions.
        var excluded: [String] = []
        var title: String
        var description: String { sentence }
    }

    static let cases: [Case] = [
        Case(sentence: "Then-House Speaker Nancy Pelosi visited Taipei on Aug. 2, angering Beijing.", trigger: "visited",
             excluded: ["Aug. 2"], title: "Nancy Pelosi visits Taipei"),
        Case(sentence: "Chinese Foreign Minister Wang Yi met national security adviser Jake Sullivan in Bangkok on Friday.",
             trigger: "met", excluded: ["Friday"], title: "Wang Yi meets Jake Sullivan in Bangkok"),
        Case(sentence: "President Joe Biden signed the aid bill into law on Wednesday, officials said.", trigger: "signed",
             excluded: ["Wednesday"], title: "Joe Biden signs aid bill into law"),
        Case(sentence: "On Monday, Beijing announced export controls on gallium and germanium.", trigger: "announced",
             excluded: ["Monday"], title: "Beijing announces export controls on gallium and germanium"),
        Case(sentence: "The U.S. military shot down a Chinese surveillance balloon off the coast on Saturday.",
             trigger: "shot down", excluded: ["Saturday"], title: "U.S. military shoots down Chinese surveillance balloon off coast"),
        // A word after a hyphen is part of a compound, never the verb.
        Case(sentence: "Rebels attacked a Greek-owned tanker off the coast on Tuesday.", trigger: "attacked",
             excluded: ["Tuesday"], title: "Rebels attack Greek-owned tanker off coast"),
        Case(sentence: "Iranian-backed militias attacked the base on Monday.", trigger: "attacked", excluded: ["Monday"],
             title: "Iranian-backed militias attack base"),
        // A date ending the sentence in a trailing attribution: the main clause's verb, not the nearer noun.
        Case(sentence: "Ruritania agreed on a plan to curb the chemicals as part of its deal with the bloc, Minister Lena Ortiz said on Wednesday.",
             trigger: "deal", excluded: ["Wednesday"], title: "Ruritania agrees on plan to curb chemicals"),
        // "said in a statement … that": the noun is where it was said; the that-clause is the news.
        Case(sentence: "The ministry said in a statement on Friday that the two sides reached a deal on grain.",
             trigger: "statement", excluded: ["Friday"], title: "Two sides reach deal on grain"),
        Case(sentence: "\"We will respond,\" the Ruritanian Ministry of Defence said in a statement on Sunday.",
             trigger: "statement", excluded: ["Sunday"], title: "Ruritanian Ministry of Defence says in statement"),
        // A relative clause without a comma: its antecedent acts, or the name the phrase stands beside.
        Case(sentence: "President Ana Costa was expected to receive a special envoy from Ruritania who arrived in Lisbon on Tuesday.",
             trigger: "arrived", excluded: ["Tuesday"], title: "Special envoy from Ruritania arrives in Lisbon"),
        Case(sentence: "Foreign Minister Lena Ortiz, a former ambassador to Oslo who arrived in the capital in 2021, was appointed minister.",
             trigger: "arrived", excluded: ["2021"], title: "Lena Ortiz arrives in capital"),
        // A name, then its role between commas, then the verb: the name acts, in the present.
        Case(sentence: "Foreign Minister Amir Haddad, the chief envoy, visited Hanoi on Monday.",
             trigger: "visited", excluded: ["Monday"], title: "Amir Haddad visits Hanoi"),
        Case(sentence: "General Lena Ortiz, Chairman of the Joint Chiefs of Staff, held a video call with her counterpart on Monday.",
             trigger: "video call", excluded: ["Monday"], title: "Lena Ortiz holds video call with her counterpart"),
        // A quote, then "said" and its speaker: the speaker says, not the quote's first words.
        Case(sentence: "\"We are going to look for progress on the talks,\" said Foreign Minister Lena Ortiz on Monday.",
             trigger: "said", excluded: ["Monday"], title: "Lena Ortiz says"),
        // A sentence-opening capitalised plural takes the base verb.
        Case(sentence: "Experts attacked the plan on Monday.", trigger: "attacked", excluded: ["Monday"],
             title: "Experts attack plan"),
        Case(sentence: "Groups attacked the plan on Monday.", trigger: "attacked", excluded: ["Monday"],
             title: "Groups attack plan"),
        // "Their meeting" of two people, past a compound modifier, countries and "in a year".
        Case(sentence: "President Ana Costa and Brazil's Luis Mendes emerged from their first face-to-face meeting in a year on Wednesday with vows to cooperate.",
             trigger: "meeting", excluded: ["Wednesday"], title: "Ana Costa and Luis Mendes meet"),
        Case(sentence: "Ana Costa and Luis Mendes held their first meeting in five years in Lisbon on Wednesday.",
             trigger: "meeting", excluded: ["Wednesday"], title: "Ana Costa and Luis Mendes meet in Lisbon"),
        // A gerund after a preposition is no finite verb; after "since" it may be the event's.
        Case(sentence: "It was the third launch this year, after the army refrained from conducting such tests since 2017.",
             trigger: "tests", excluded: ["2017"], title: "Army refrains from conducting such tests"),
        // Scare quotes between a verb and its event noun are no boundary.
        Case(sentence: "Beijing launched \"punishment\" drills around the island on Thursday.", trigger: "drills",
             excluded: ["Thursday"], title: "Beijing launches punishment drills around island"),
        Case(sentence: "On March 25, Manila lodged its \u{201C}strongest protest\u{201D} yet against Beijing.", trigger: "protest",
             excluded: ["March 25"], title: "Manila lodges its strongest protest"),
        Case(sentence: "Tokyo's new export rules took effect in July.", trigger: "took effect", excluded: ["July"],
             title: "Tokyo's new export rules take effect"),
        Case(sentence: "Defence Minister Richard Marles was removed from the committee last week.", trigger: "removed",
             excluded: ["last week"], title: "Richard Marles removed from committee"),
        Case(sentence: "Ties were strained by events such as the minister's visit to Hanoi in May 2023 and the hacking incident of July 2023.",
             trigger: "visit", excluded: ["May 2023", " and the hacking incident of July 2023."], title: "Minister's visit to Hanoi"),
        Case(sentence: "Seoul staged large naval drills near the border in March.", trigger: "drills", excluded: ["March"],
             title: "Seoul stages large naval drills near border"),
        // "between A and B": the "and" joins the two sides (no cut after A) and makes no plural.
        Case(sentence: "A ceasefire between Israel and Hamas took effect on Sunday.", trigger: "took effect",
             excluded: ["Sunday"], title: "Ceasefire between Israel and Hamas takes effect"),
        Case(sentence: "The crisis deepened amid naval drills between Greece and Turkey on Monday.", trigger: "drills",
             excluded: ["Monday"], title: "Naval drills between Greece and Turkey"),
        // A noun after a preposition of time is its own phrase: nothing from the clause before it.
        Case(sentence: "Two agreements were announced by the White House on Tuesday after talks in Riyadh.", trigger: "talks",
             excluded: ["Tuesday"], title: "Talks in Riyadh"),
        // A phrase never starts inside a compound ("large-|scale"), and "U.S." keeps its period.
        Case(sentence: "Tension rose amid the large-scale Iron Shield naval drills near the strait on Monday.", trigger: "drills",
             excluded: ["Monday"], title: "Large-scale Iron Shield naval drills near strait"),
        Case(sentence: "The sanctions were announced on Monday by the U.S.", trigger: "announced",
             excluded: ["Monday"], title: "Sanctions announced by U.S."),
        // A pronoun after a verb of saying is its speaker, when it can be: "he" a person, "it" a body.
        Case(sentence: "The defence minister said that he would visit Seoul in May.", trigger: "visit",
             excluded: ["May"], title: "Defence minister to visit Seoul"),
        Case(sentence: "Nexacorp said on Monday that it had received the regulator's notice.", trigger: "said",
             excluded: ["Monday"], title: "Nexacorp receives regulator's notice"),
        Case(sentence: "On Thursday, Strand said he would impose tariffs on steel.", trigger: "impose",
             excluded: ["Thursday"], title: "Strand to impose tariffs on steel"),
        // A noun trigger deep in its verb's object ("the next stage of their talks") takes that verb,
        // and "the next stage" is no verb; "A and the B" is a plural subject.
        Case(sentence: "China and the United States discussed the road map for the next stage of their trade talks on Tuesday.",
             trigger: "talks", excluded: ["Tuesday"], title: "China and United States discuss road map for next stage"),
        Case(sentence: "In early May, officers from both navies met in Manila for maritime safety talks under the 2004 accord.",
             trigger: "talks", excluded: ["In early May"], title: "Officers from both navies meet in Manila for maritime safety talks"),
        // "they" after a pair of people named with "and" is that pair.
        Case(sentence: "But U.S. President Lena Ortiz and Chinese leader Amir Haddad agreed to revive negotiations when they met on the sidelines of the G20 summit in Japan on June 29.",
             trigger: "summit", excluded: ["June 29"], title: "Lena Ortiz and Amir Haddad meet on sidelines of G20 summit in Japan"),
        // A bare event noun keeps its modifier and prepositional phrase ("failed visit to Beijing").
        Case(sentence: "The envoy, trying to mend ties with Canberra after a failed visit to Beijing in March, met officials in Rome.",
             trigger: "visit", excluded: ["March"], title: "Failed visit to Beijing"),
        // A role set off by a comma before a name goes whole: the name stands for the person.
        Case(sentence: "Envoy Lena Ortiz and her Indian counterpart, Amir Haddad, met in Delhi on Monday.",
             trigger: "met", excluded: ["Monday"], title: "Lena Ortiz and Amir Haddad meet in Delhi"),
        Case(sentence: "The delegation held talks with Lena Ortiz's top trade adviser, Amir Haddad, on Thursday.",
             trigger: "held talks", excluded: ["Thursday"], title: "Delegation holds talks with Amir Haddad"),
        Case(sentence: "Foreign Minister Lena Ortiz met her Indian counterpart, Amir Haddad, in Delhi on Monday.",
             trigger: "met", excluded: ["Monday"], title: "Lena Ortiz meets Amir Haddad in Delhi"),
        // A possessive pronoun before a bare event noun names its owner when it can.
        Case(sentence: "European leaders plan to speak with President Lena Ortiz before her call with Amir Haddad on Monday.",
             trigger: "call", excluded: ["Monday"], title: "Lena Ortiz's call with Amir Haddad"),
        // An opening gerund clause shares the main clause's subject.
        Case(sentence: "After visiting Hanoi in March, Foreign Minister Lena Ortiz flew to Seoul.", trigger: "visiting",
             excluded: ["March"], title: "Lena Ortiz visits Hanoi"),
        // A trigger inside a trailing attribution names the briefing; the clause before it is the news.
        Case(sentence: "Norway is mediating negotiations between the two parties over a prisoner swap, a source briefed on the talks told reporters Wednesday.",
             trigger: "talks", excluded: ["Wednesday"], title: "Norway mediates negotiations between two parties over prisoner swap"),
        // "have" right before its event noun is the event's light verb.
        Case(sentence: "On May 5, Indian and Chinese troops had a scuffle at the border post.", trigger: "scuffle",
             excluded: ["On May 5"], title: "Indian and Chinese troops have scuffle at border post"),
        // After "said that", the reported clause has no antecedent: "at least …" is its object.
        Case(sentence: "The defence ministry said that Pyongyang fired at least two cruise missiles toward the sea on Friday.",
             trigger: "fired", excluded: ["Friday"], title: "Pyongyang fires at least two cruise missiles toward sea"),
        Case(sentence: "Port officials confirmed that the navy seized at least one tanker in the strait on Monday.",
             trigger: "seized", excluded: ["Monday"], title: "Navy seizes at least one tanker in strait"),
        Case(sentence: "Macron's visit to Hanoi in May irritated several neighbours.", trigger: "visit", excluded: ["May"],
             title: "Macron visits Hanoi"),
        Case(sentence: "Two weeks later, the ministry imposed sanctions on three defence firms.", trigger: "sanctions",
             excluded: ["Two weeks later"], title: "Ministry imposes sanctions on three defence firms"),
        Case(sentence: "Canberra's trade envoy, Jane Doyle, who leads the delegation, held talks with Indonesian officials on Tuesday.",
             trigger: "held talks", excluded: ["Tuesday"], title: "Jane Doyle holds talks with Indonesian officials"),
        Case(sentence: "Prime Minister Mark Carney and President Claudia Sheinbaum spoke by phone on Sunday.",
             trigger: "spoke by phone", excluded: ["Sunday"], title: "Mark Carney and Claudia Sheinbaum speak by phone"),
        Case(sentence: "The regulator, which opened its review in April, said the firm failed the audit.", trigger: "opened",
             excluded: ["April"], title: "Regulator opens its review"),
        Case(sentence: "Ministers approved the budget on Friday and called off the strike talks.", trigger: "called off",
             excluded: ["Friday"], title: "Ministers call off strike talks"),
        Case(sentence: "A court in Lagos sentenced two activists to prison on Thursday after a brief trial.", trigger: "sentenced",
             excluded: ["Thursday"], title: "Court in Lagos sentences two activists to prison"),
        Case(sentence: "The new sanctions, announced on Tuesday, target 40 shipping firms.", trigger: "announced",
             excluded: ["Tuesday"], title: "New sanctions announced"),
        Case(sentence: "Officials from both navies met in Manila for safety talks in early April.", trigger: "met",
             excluded: ["early April"], title: "Officials from both navies meet in Manila for safety talks"),
        Case(sentence: "On Friday, Ottawa said it would impose duties on steel imports.", trigger: "impose",
             excluded: ["On Friday"], title: "Canada to impose duties on steel imports"),
        Case(sentence: "In a decree issued on Monday, the junta dissolved the parliament.", trigger: "issued",
             excluded: ["Monday"], title: "Junta dissolves parliament"),
        // The clause nearest the verb names the subject; the earlier one is cut off by its relative clause.
        Case(sentence: "Sen. Ted Cruz, who chairs the panel, and Sen. Maria Cantwell signed the letter in March.",
             trigger: "signed", excluded: ["March"], title: "Maria Cantwell signs letter"),
    ]

    static func builderAndEntities(_ sentence: String) throws -> (TitleBuilder, SentenceEntities, TriggerDetector) {
        let lex = try #require(SemanticFixtures.lexicons)
        return (lex.titleBuilder, lex.entityRecognizer.recognize(in: sentence), lex.triggerDetector)
    }

    static func byteRange(of part: String, in sentence: String) -> Range<Int>? {
        guard let r = sentence.range(of: part) else { return nil }
        let start = sentence.utf8.distance(from: sentence.startIndex, to: r.lowerBound)
        return start..<(start + part.utf8.count)
    }

    @Test("A compound modifier stays whole and is never the verb", arguments: ["Greek-owned", "state-owned", "Chinese-made"])
    func compoundModifierIsNoVerb(modifier: String) throws {
        let sentence = "On January 16, a missile struck a \(modifier) ship off the coast."
        let (builder, entities, detector) = try Self.builderAndEntities(sentence)
        let trigger = try #require(detector.detect(in: sentence).first { $0.text == "struck" })
        let excluded = try [#require(Self.byteRange(of: "January 16", in: sentence))]
        let title = builder.title(sentence: sentence, trigger: trigger, entities: entities, excluding: excluded)
        #expect(title.contains(modifier), "\(title)")
    }

    @Test(arguments: cases) func builds(_ c: Case) throws {
        let (builder, entities, detector) = try Self.builderAndEntities(c.sentence)
        let trigger = try #require(detector.detect(in: c.sentence).first { $0.text == c.trigger })
        let excluded = try c.excluded.map { try #require(Self.byteRange(of: $0, in: c.sentence)) }
        let title = builder.title(sentence: c.sentence, trigger: trigger, entities: entities, excluding: excluded)
        #expect(title == c.title)
        #expect(title.count <= builder.maxLength)
    }

    @Test(arguments: [("freed", "free"), ("agreed", "agree"), ("guaranteed", "guarantee"), ("conceded", "concede"),
                      ("imposed", "impose"), ("carried", "carry"), ("dropped", "drop"), ("proceeded", "proceed"),
                      ("waited", "wait"), ("cited", "cite"), ("visited", "visit"), ("described", "describe"),
                      ("invoked", "invoke"), ("welcomed", "welcome"), ("decided", "decide"), ("peaked", "peak"),
                      ("climbed", "climb"), ("ended", "end"), ("seemed", "seem"), ("looked", "look"), ("added", "add"),
                      ("boomed", "boom"), ("probed", "probe"), ("traded", "trade"), ("recorded", "record")])
    func regularPastBecomesItsBase(_ pair: (String, String)) {
        #expect(TitleBuilder.regularBase(ofPast: pair.0) == pair.1)
    }

    /// "he" cannot be a ministry: the one who visits is someone else, not the speaker.
    @Test func reportedPronounMustFitItsSpeaker() throws {
        let s = "The trade ministry said he would visit Lima in May."
        let (builder, entities, detector) = try Self.builderAndEntities(s)
        let trigger = try #require(detector.detect(in: s).first { $0.text == "visit" })
        let excluded = try #require(Self.byteRange(of: "May", in: s))
        let title = builder.title(sentence: s, trigger: trigger, entities: entities, excluding: [excluded])
        #expect(!title.lowercased().hasPrefix("trade ministry to"))
        #expect(!title.lowercased().hasPrefix("ministry to"))
    }

    /// A verb outside the lexicon in "-ing" takes its regular stem: "mediating" → "mediates".
    @Test(arguments: [("mediating", "mediates"), ("stopping", "stops"), ("including", "includes"), ("waiting", "waits")])
    func gerundBecomesThirdPerson(_ pair: (String, String)) throws {
        let (builder, _, _) = try Self.builderAndEntities("Talks proceed.")
        #expect(builder.presentTense(of: pair.0, plural: false) == pair.1)
    }

    @Test func eedBasesAreNotPastForms() throws {
        let (builder, _, _) = try Self.builderAndEntities("Talks proceed.")
        #expect(builder.presentTense(of: "proceed", plural: false) == "proceeds")
        #expect(builder.presentTense(of: "freed", plural: false) == "frees")
    }

    @Test func neverTheWholeLongSentenceAndNeverEmpty() throws {
        let s = "In a development that surprised observers across the region and beyond, the long-delayed summit finally opened in a seaside resort with delegations from dozens of countries."
        let (builder, entities, detector) = try Self.builderAndEntities(s)
        for trigger in detector.detect(in: s) {
            let title = builder.title(sentence: s, trigger: trigger, entities: entities, excluding: [])
            #expect(!title.isEmpty)
            #expect(title.count <= 70)
            #expect(!title.hasSuffix("."))
            #expect(title.first?.isUppercase == true)
        }
    }

    @Test func excludedTriggerStillGivesATitle() throws {
        let s = "Two days after the meeting, the ministry announced new sanctions."
        let (builder, entities, detector) = try Self.builderAndEntities(s)
        let meeting = try #require(detector.detect(in: s).first { $0.text == "meeting" })
        let range = try #require(Self.byteRange(of: "Two days after the meeting", in: s))
        #expect(!builder.title(sentence: s, trigger: meeting, entities: entities, excluding: [range]).isEmpty)
    }

    @Test func subjectOutsideTheEventStretchStillActs() throws {
        // The caller excludes everything before this event's stretch; the subject comes from there anyway.
        let s = "Rutte, who chairs the meeting, held talks with Erdogan on Monday and met Zelensky on Tuesday."
        let (builder, entities, detector) = try Self.builderAndEntities(s)
        let met = try #require(detector.detect(in: s).first { $0.text == "met" })
        let stretchStart = try #require(Self.byteRange(of: "met Zelensky", in: s)).lowerBound
        let tuesday = try #require(Self.byteRange(of: "Tuesday", in: s))
        let title = builder.title(sentence: s, trigger: met, entities: entities, excluding: [0..<stretchStart, tuesday])
        #expect(title == "Rutte meets Zelensky")
    }

    @Test func withoutTriggerAReportingVerbStillHeadlines() throws {
        let s = "Last month, Canberra hinted that it might target wine imports."
        let (builder, entities, _) = try Self.builderAndEntities(s)
        let month = try #require(Self.byteRange(of: "Last month", in: s))
        #expect(builder.title(sentence: s, trigger: nil, entities: entities, excluding: [month]) == "Canberra hints")
    }

    @Test func withoutTriggerTheFirstClauseIsUsed() throws {
        let s = "On Friday, the embassy in Oslo closed its doors to visitors, a spokesman said."
        let (builder, entities, _) = try Self.builderAndEntities(s)
        let friday = try #require(Self.byteRange(of: "On Friday", in: s))
        #expect(builder.title(sentence: s, trigger: nil, entities: entities, excluding: [friday])
                == "Embassy in Oslo closes its doors to visitors")
    }

    struct Inflection: Sendable, CustomStringConvertible {
        var written: String
        var third: String
        var description: String { written }
    }

    static let inflections: [Inflection] = [
        Inflection(written: "met", third: "meets"), Inflection(written: "shot down", third: "shoots down"),
        Inflection(written: "imposed", third: "imposes"), Inflection(written: "raided", third: "raids"),
        Inflection(written: "dropped", third: "drops"), Inflection(written: "staged", third: "stages"),
        Inflection(written: "carried", third: "carries"), Inflection(written: "gave", third: "gives"),
        Inflection(written: "launched", third: "launches"), Inflection(written: "tightened", third: "tightens"),
        Inflection(written: "added", third: "adds"), Inflection(written: "planned", third: "plans"),
    ]

    @Test(arguments: inflections) func presentTense(_ c: Inflection) throws {
        let builder = try #require(SemanticFixtures.lexicons).titleBuilder
        #expect(builder.presentTense(of: c.written, plural: false) == c.third)
    }
}
