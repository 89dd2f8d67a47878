import Testing
@testable import DatelineExtraction

/// Headlines from clause analysis: discourse adverbials, pronouns, clause boundaries, tense, caps,
/// and the fallback ladder. Every sentence is written for this file.
@Suite struct TitleHeadlineTests {
    struct Case: Sendable, CustomStringConvertible {
        var sentence: String
        /// The trigger as written (first occurrence is used).
        var trigger: String
        /// Substrings the caller marks as temporal expressions.
        var excluded: [String] = []
        /// The event's stretch of the sentence; everything outside it is excluded as context.
        var segment: String? = nil
        /// The sentence before, whose names a pronoun may refer to.
        var previous: String = ""
        var title: String
        var description: String { sentence }
    }

    static let cases: [Case] = [
        // A speaker named by a common noun in the clause is nearer than a name of the sentence before.
        Case(sentence: "The foreign ministry said on Tuesday that it would impose sanctions on three firms.", trigger: "impose",
             excluded: ["Tuesday"], previous: "Support for Ukraine would remain a priority, the envoy said.",
             title: "Foreign ministry to impose sanctions on three firms"),
        // A noun trigger's relative clause tells what it did; its own phrase is the subject.
        Case(sentence: "The summit, which opened on Monday in Vienna, ended without a deal.", trigger: "summit",
             excluded: ["Monday"], title: "Summit opens in Vienna"),
        Case(sentence: "In the run-up to the climate summit, which opens in Dubai on Nov. 30, envoys met.", trigger: "summit",
             excluded: ["Nov. 30"], title: "Climate summit opens in Dubai"),
        // Discourse adverbials never open a title.
        Case(sentence: "Merkel, for example, had been pressing for a call with Putin since early March.", trigger: "call",
             excluded: ["early March"], title: "Merkel presses for call with Putin"),
        Case(sentence: "However, the ministry imposed new duties on imported steel in June.", trigger: "imposed",
             excluded: ["June"], title: "Ministry imposes new duties on imported steel"),
        Case(sentence: "Meanwhile, Ankara suspended flights to the region on Monday.", trigger: "suspended",
             excluded: ["Monday"], title: "Ankara suspends flights to region"),
        Case(sentence: "Oslo, in fact, signed the accord in 2019.", trigger: "signed", excluded: ["2019"],
             title: "Oslo signs accord"),
        Case(sentence: "By contrast, the senate rejected the treaty in May.", trigger: "rejected", excluded: ["May"],
             title: "Senate rejects treaty"),
        // Pronoun subjects take the one name they can mean, here or in the sentence before.
        Case(sentence: "He arrived in Nairobi on Tuesday for talks on the border dispute.", trigger: "arrived",
             excluded: ["Tuesday"], previous: "Foreign Minister Ana Lindqvist left Stockholm late on Monday.",
             title: "Ana Lindqvist arrives in Nairobi for talks on border dispute"),
        Case(sentence: "She met President Lula in Brasilia in March.", trigger: "met", excluded: ["March"],
             previous: "Chancellor Olaf Scholz and Prime Minister Giorgia Meloni toured the region.",
             title: "She meets Lula in Brasilia"),
        Case(sentence: "He warned Premier Li Wen that the drought could worsen in July.", trigger: "warned", excluded: ["July"],
             previous: "Special envoy Tom Reyes met Premier Li Wen in Hanoi on Monday.", title: "Tom Reyes warns Li Wen"),
        Case(sentence: "When President Emmanuel Macron toured the port in April, he signed a shipping deal.", trigger: "signed",
             excluded: ["April"], title: "Emmanuel Macron signs shipping deal"),
        Case(sentence: "It announced curbs on rice exports in July.", trigger: "announced", excluded: ["July"],
             previous: "India has faced a poor monsoon.", title: "India announces curbs on rice exports"),
        Case(sentence: "It announced curbs on rice exports in July.", trigger: "announced", excluded: ["July"],
             previous: "Prices rose sharply after a poor monsoon.", title: "Curbs on rice exports announced"),
        // A contracted pronoun is the subject of a participle clause after the comma.
        Case(sentence: "Now she’s keen to mend fences, flying Sunday to Hanoi for a three-day visit aimed at easing tensions.",
             trigger: "flying", excluded: ["Sunday"], previous: "Trade Representative Katherine Tai cancelled her trip last year.",
             title: "Katherine Tai flies to Hanoi for three-day visit"),
        // Participial and subordinate tails are cut.
        Case(sentence: "Modi hosted Lula in New Delhi in April at a banquet marking fifty years of ties.", trigger: "hosted",
             excluded: ["April"], title: "Modi hosts Lula in New Delhi at banquet"),
        Case(sentence: "The bank approved a loan to Kenya in May designed to ease its debt burden.", trigger: "approved",
             excluded: ["May"], title: "Bank approves loan to Kenya"),
        Case(sentence: "Canberra expelled two diplomats in August amid a row over espionage.", trigger: "expelled",
             excluded: ["August"], title: "Canberra expels two diplomats"),
        Case(sentence: "The finance ministry froze the assets of a shipping firm it said had evaded the embargo in 2021.",
             trigger: "froze", excluded: ["2021"], title: "Finance ministry freezes assets of shipping firm"),
        // Agreement: a group named with "the", a relative clause's antecedent, a capitalised plural.
        Case(sentence: "The Tuaregs, who roam much of the northern desert, seized the town in a raid on Friday.",
             trigger: "seized", excluded: ["Friday"], title: "Tuaregs seize town in raid"),
        Case(sentence: "The levies, which take effect on Monday, cover timber from three neighbours.", trigger: "take effect",
             excluded: ["Monday"], segment: "The levies, which take effect on Monday", title: "Levies take effect"),
        Case(sentence: "Rebels seized the airport in Goma on Sunday.", trigger: "seized", excluded: ["Sunday"],
             title: "Rebels seize airport in Goma"),
        // A that-clause opens on its subject: "developed" modifies it, and the coordinated verb shares it.
        Case(sentence: "The fund said in early July that developed nations provided and raised $30 billion in aid in 2021.",
             trigger: "said", excluded: ["early July", "2021"], title: "Developed nations raise $30 billion in aid"),
        // Only fragments: the noun phrase around the trigger, never a title opening on a modal.
        Case(sentence: "The minister said the next day that her army would \"not retreat\" and would not \"launch the first strike.\"",
             trigger: "launch", excluded: ["the next day"], title: "First strike"),
        // A relative clause's antecedent stops at the modal before it: the fund, not "would go into".
        Case(sentence: "The last third would go into the Harbour Fund that regional governors endorsed at a summit on 3 April.",
             trigger: "endorsed", excluded: ["3 April"], title: "Regional governors endorse Harbour Fund at summit"),
        // "they" in a subordinate clause is the sentence's own plural subject, not a name before it.
        Case(sentence: "Trade ministers are due to review the draft when they meet in Lima on Friday.", trigger: "meet",
             excluded: ["Friday"], previous: "The European Commission published the draft last week.",
             title: "Trade ministers meet in Lima"),
        // A reduced passive: the participle before a prepositional phrase and the clause's own verb.
        Case(sentence: "Three rounds of talks held on Thursday in Geneva ended without a deal.", trigger: "talks",
             excluded: ["Thursday"], segment: "Three rounds of talks held on Thursday in Geneva",
             title: "Three rounds of talks held in Geneva"),
        // A limit that cuts a prepositional phrase before its noun drops the phrase, not just the adjective.
        Case(sentence: "These include the meeting of envoys in Oslo in March, the fifth and sixth meetings of the EU-India commercial and technical working groups in May and June, and a trade visit.",
             trigger: "meetings", excluded: ["March", "May and June"],
             segment: "the fifth and sixth meetings of the EU-India commercial and technical working groups in May and June",
             title: "Fifth and sixth meetings"),
        // A base form after "another"/"a" and its modifiers is a noun; the verb after it governs.
        Case(sentence: "Another Turkish strike on Friday hit a depot near the river port.", trigger: "strike",
             excluded: ["Friday"], title: "Another Turkish strike hits depot near river port"),
        // A causative: the order is the headline, and "it" takes what the sentence spoke of.
        Case(sentence: "Tensions rose after the drone was detected near the base in March, prompting President Emmanuel Macron to order it intercepted.",
             trigger: "intercepted", excluded: ["March"], title: "Emmanuel Macron orders drone intercepted"),
        Case(sentence: "The bill also funds border security, and President Cyril Ramaphosa moved quickly to sign it into law on Friday.",
             trigger: "sign", excluded: ["Friday"], title: "Cyril Ramaphosa signs bill into law"),
        // A transitive verb needs its object: the owner of what was released acts.
        Case(sentence: "According to Brazil’s five-point “Plan for a Lasting Truce,” published in June, talks should resume.",
             trigger: "published", excluded: ["June"], title: "Brazil publishes five-point Plan for Lasting Truce"),
        // An expletive "it" gives way to its that-clause; plans take "to".
        Case(sentence: "It was announced on March 3 that Prime Minister Narendra Modi will be visiting Washington.",
             trigger: "announced", excluded: ["March 3"], title: "Narendra Modi to visit Washington"),
        Case(sentence: "Seoul said on Friday that it would impose tariffs on Chinese steel.", trigger: "said",
             excluded: ["Friday"], title: "South Korea to impose tariffs on Chinese steel"),
        Case(sentence: "The two leaders are set to sign a defence pact in Manila next week.", trigger: "sign",
             excluded: ["next week"], title: "Two leaders to sign defence pact in Manila"),
        Case(sentence: "Ramaphosa, who faces an election next year, will be sworn in again in June.", trigger: "sworn in",
             excluded: ["June"], title: "Ramaphosa to be sworn in"),
        // Caps and compounds.
        Case(sentence: "Officials held talks on a long-delayed free-trade agreement with several South-East Asian economies in 2019.",
             trigger: "held talks", excluded: ["2019"], title: "Officials hold talks on long-delayed free-trade agreement"),
        Case(sentence: "Washington raised tariffs on $250 billion of imported goods from several Asian economies in 2019.",
             trigger: "raised", excluded: ["2019"], title: "Washington raises tariffs on $250 billion of imported goods"),
        // Captions and reciprocal nouns name both partners.
        Case(sentence: "Prime Minister Fumio Kishida (left) shakes hands with President Yoon Suk Yeol during their meeting in Seoul, Korea, May 7, 2023.",
             trigger: "meeting", excluded: ["May 7, 2023"], title: "Fumio Kishida and Yoon Suk Yeol meet in Seoul"),
        Case(sentence: "The deal followed the first face-to-face meeting as heads of state between President Recep Tayyip Erdogan and President Vladimir Putin in 2021.",
             trigger: "meeting", excluded: ["2021"], title: "Recep Tayyip Erdogan and Vladimir Putin meet"),
        Case(sentence: "The breakthrough was a video call on June 2 between Gen. Mark Milley, chairman of the Joint Chiefs, and Gen. Li Zuocheng.",
             trigger: "video call", excluded: ["June 2"], title: "Video call between Mark Milley and Li Zuocheng"),
        // A nominal with an "of" agent becomes a verb.
        Case(sentence: "The talks were followed by the visit of Commerce Secretary Gina Raimondo to Shanghai in August.",
             trigger: "visit", excluded: ["August"], title: "Gina Raimondo visits Shanghai"),
        Case(sentence: "Lula’s visit to Beijing in April drew criticism from Washington.", trigger: "visit",
             excluded: ["April"], title: "Lula visits Beijing"),
        // One sentence, several events: each title comes from its own stretch.
        Case(sentence: "Ties were strained by Lula’s visit to Beijing in April 2023 and the “grain corridor dispute” of May 2023.",
             trigger: "visit", excluded: ["May 2023"], segment: " and the “grain corridor dispute” of May 2023.",
             title: "Grain corridor dispute"),
        Case(sentence: "Two days after the summit, the foreign ministry announced sanctions on three defence firms.",
             trigger: "summit", excluded: ["Two days after"], title: "Foreign ministry announces sanctions on three defence firms"),
        // Relative clauses hand their antecedent to the verb as its object.
        Case(sentence: "Talks resumed on a hotline that Moscow had suspended in 2022.", trigger: "suspended",
             excluded: ["2022"], title: "Moscow suspends hotline"),
        Case(sentence: "Ottawa will lift the levy it imposed on May 1 on aluminium imports.", trigger: "imposed",
             excluded: ["May 1"], title: "Canada imposes levy on aluminium imports"),
        // Asides between commas are no subject.
        Case(sentence: "Ruto, under pressure since 2023, was removed from office in August.", trigger: "removed",
             excluded: ["August"], title: "Ruto removed from office"),
        Case(sentence: "Three trade groups, representing farmers and food processors, urged the ministry on Monday to drop the quota.",
             trigger: "urged", excluded: ["Monday"], title: "Three trade groups urge ministry to drop quota"),
        // Relative dates the tagger left outside the expression stay out of the title.
        Case(sentence: "Both governments approved a draft truce last month, on Oct. 3.", trigger: "approved",
             excluded: ["Oct. 3"], title: "Both governments approve draft truce"),
        Case(sentence: "Guterres visited Kyiv in recent weeks to discuss grain shipments.", trigger: "visited",
             excluded: [], title: "Guterres visits Kyiv"),
        // A speech verb with a reported clause reports that clause when it has its own subject.
        Case(sentence: "The navy said on Monday that a frigate had sailed through the strait on Sunday.", trigger: "said",
             excluded: ["Monday"], title: "Frigate sails through strait"),
        Case(sentence: "Seoul said it would require permits for exports of 20 kinds of advanced industrial robots.",
             trigger: "said", title: "South Korea to require permits for exports of 20 kinds"),
        // A noun event opening its clause takes the verb after it.
        Case(sentence: "Tuesday's summit lasted nearly three hours.", trigger: "summit",
             title: "Summit lasts nearly three hours"),
        // A gerund after "when" shares the subject of the verb before it.
        Case(sentence: "Ambassador Lin Wei told reporters on Monday when announcing the visit.", trigger: "visit",
             excluded: ["Monday"], title: "Lin Wei announces visit"),
        // Object and paired pronouns take the one name they can mean.
        Case(sentence: "The parliament replaced him with Chen Ming in July.", trigger: "replaced", excluded: ["July"],
             previous: "Defence Minister Zhou Ping vanished from public view in May.",
             title: "Parliament replaces Zhou Ping with Chen Ming"),
        Case(sentence: "He and Foreign Minister Ana Lindqvist agreed in Oslo to expand fisheries cooperation.", trigger: "agreed",
             previous: "Special envoy Tom Reyes arrived in Norway on Sunday.",
             title: "Tom Reyes and Ana Lindqvist agree in Oslo"),
        // A relative clause: the noun phrase it hangs on is the object; the main clause's verb is not.
        Case(sentence: "Mexico keeps promoting the five-point plan on the conflict in Sudan that it unveiled in March.",
             trigger: "unveiled", excluded: ["March"], title: "Mexico unveils five-point plan on conflict in Sudan"),
        Case(sentence: "New visa rules that take effect on May 1 require tourists to register online.", trigger: "take effect",
             excluded: ["May 1"], title: "New visa rules take effect"),
        // A subject's number is its head's, before any prepositional phrase.
        Case(sentence: "Officials in Lima announced new export curbs on copper in May.", trigger: "announced",
             excluded: ["May"], title: "Officials in Lima announce new export curbs on copper"),
        // Raw clause text still takes headline tense for plans.
        Case(sentence: "The minister spoke for an hour on Friday, adding that negotiations would continue.", trigger: "negotiations",
             excluded: ["Friday"], segment: ", adding that negotiations would continue.", title: "Negotiations to continue"),
        Case(sentence: "The agency said 40 firms and $12 billion in exports were hit by the curbs in March.", trigger: "said",
             excluded: ["March"], title: "40 firms and $12 billion hit by curbs"),
        // A quantified aside between commas does not hide the verb from its object.
        Case(sentence: "On May 3 the Commerce Department added 90 firms, most of them Iranian, to an export blacklist.",
             trigger: "blacklist", excluded: ["May 3"], title: "Commerce Department adds 90 firms to export blacklist"),
        // A participle clause after a comma keeps its own subject.
        Case(sentence: "The ministry published radar images on Friday, saying foreign jets had carried out 40 risky intercepts since March.",
             trigger: "intercepts", excluded: ["March"], segment: ", saying foreign jets had carried out 40 risky intercepts since March.",
             title: "Foreign jets carry out 40 risky intercepts"),
        // "which" after a comma: the noun phrase before it is the subject.
        Case(sentence: "The two navies said they would resume joint patrols along the coast, which were halted in 2018.",
             trigger: "halted", excluded: ["2018"], title: "Joint patrols along coast halted"),
        // After a modal, the next word is the verb, known or not.
        Case(sentence: "The shift came after Manila announced on May 2 that it would reimburse fishermen for lost catches.",
             trigger: "announced", excluded: ["May 2"], title: "Philippines to reimburse fishermen for lost catches"),
        // A participle in an opening phrase only frames the main clause.
        Case(sentence: "In a decree published on Tuesday, the council banned night flights over the capital.", trigger: "published",
             excluded: ["Tuesday"], title: "Council bans night flights over capital"),
        // A reporting verb is a whole headline; a possibility ("might") is not reported as fact.
        Case(sentence: "Last month, Canberra warned that it might target wine imports.", trigger: "warned",
             excluded: ["Last month"], title: "Canberra warns"),
        // A relative clause closed inside the verb's own clause keeps its subject.
        Case(sentence: "The port, where dockers staged strikes in 2021, reopened last week.", trigger: "strikes",
             excluded: ["2021"], title: "Dockers stage strikes"),
        // A purpose infinitive belongs to its clause's own event.
        Case(sentence: "Chancellor Karl Nehammer held talks with President Andrzej Duda in Warsaw on Monday to discuss gas supplies.",
             trigger: "discuss", excluded: ["Monday"], title: "Karl Nehammer holds talks with Andrzej Duda in Warsaw"),
        // Possessive pronouns never open a title.
        Case(sentence: "Her Labour Party lost heavily in local elections in May.", trigger: "elections",
             excluded: ["May"], title: "Labour Party loses heavily in local elections"),
    ]

    static func byteRange(of part: String, in sentence: String) -> Range<Int>? {
        guard let r = sentence.range(of: part) else { return nil }
        let start = sentence.utf8.distance(from: sentence.startIndex, to: r.lowerBound)
        return start..<(start + part.utf8.count)
    }

    static func title(_ c: Case) throws -> String {
        let lex = try #require(SemanticFixtures.lexicons)
        let recognizer = lex.entityRecognizer
        let entities = recognizer.recognize(document: [c.previous, c.sentence])
        let trigger = try #require(lex.triggerDetector.detect(in: c.sentence).first { $0.text == c.trigger })
        var excluded = try c.excluded.map { try #require(byteRange(of: $0, in: c.sentence)) }
        if let segment = c.segment {
            let r = try #require(byteRange(of: segment, in: c.sentence))
            excluded += [0..<r.lowerBound, r.upperBound..<c.sentence.utf8.count]
        }
        return lex.titleBuilder.title(sentence: c.sentence, trigger: trigger, entities: entities[1], excluding: excluded,
                                      previous: entities[0])
    }

    @Test(arguments: cases) func builds(_ c: Case) throws {
        let title = try Self.title(c)
        #expect(title == c.title)
        #expect(title.count <= 70)
    }

    struct Validity: Sendable, CustomStringConvertible {
        var title: String
        var valid: Bool
        var description: String { title }
    }

    static let validity: [Validity] = [
        Validity(title: "Third", valid: false), Validity(title: "It announced", valid: false),
        Validity(title: "For instance is waiting for call", valid: false), Validity(title: "Under sanctions", valid: false),
        Validity(title: "Could bring worse extremes", valid: false), Validity(title: "Last year", valid: false),
        Validity(title: "Spy balloon incident", valid: true), Validity(title: "Nancy Pelosi visits Taipei", valid: true),
        Validity(title: "Talks collapse", valid: true), Validity(title: "Released", valid: false),
        Validity(title: "Meeting", valid: true), Validity(title: "Of agreement takes effect", valid: false),
        // A participle opens no headline, unless another verb follows ("Planned …") or it is a name.
        Validity(title: "Termed move unlawful", valid: false), Validity(title: "Known as targets", valid: false),
        Validity(title: "Planned summit goes ahead", valid: true), Validity(title: "Ahmed Ali visits Cairo", valid: true),
    ]

    @Test(arguments: validity) func recognisesHeadlines(_ v: Validity) throws {
        let builder = try #require(SemanticFixtures.lexicons).titleBuilder
        #expect(builder.isValidHeadline(v.title) == v.valid)
    }

    @Test func grammarFileParsesAndRejectsUnknownLists() throws {
        let grammar = try TitleGrammar.bundled()
        #expect(grammar.contains(.discourseAdverbial, key: "however"))
        #expect(grammar.contains(.clauseBoundary, key: "aimed"))
        #expect(throws: LexiconParseError.self) { try TitleGrammar(parsing: "no-such-list\tword") }
    }
}

/// Word soup made of the constructions the builder looks for: it must never trap, never return an
/// empty title for a trigger, and never pass the length cap.
@Suite struct TitleRobustnessTests {
    static let vocabulary = [
        ",", ",", ".", "that", "which", "it", "he", "she's", "(", ")", "said", "Monday", "the", "a", "was", "to",
        "will", "would", "have", "for instance", "however", "between", "and", "their", "meeting", "visit", "of",
        "President", "Joe", "Biden", "—", "“", "”", "$", "34", "billion", "most", "them", "met", "signed",
        "announced", "shot down", "order", "it", "talks", "in", "Beijing", "high-level", "aimed", "after", "two",
        "days", "last", "month", "him", "who", "set", "due", "saying", "had", "carried out", "incident", "Third",
    ]

    @Test func soupNeverTraps() throws {
        let lex = try #require(SemanticFixtures.lexicons)
        let builder = lex.titleBuilder
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(n))
        }
        for _ in 0..<300 {
            let words = (0..<(3 + next(30))).map { _ in Self.vocabulary[next(Self.vocabulary.count)] }
            let sentence = words.joined(separator: " ")
            let length = sentence.utf8.count
            let a = next(length + 1), b = next(length + 1)
            let excluded = [min(a, b)..<max(a, b)]
            let entities = lex.entityRecognizer.recognize(in: sentence)
            for trigger in lex.triggerDetector.detect(in: sentence) {
                let title = builder.title(sentence: sentence, trigger: trigger, entities: entities, excluding: excluded,
                                          previous: entities)
                #expect(!title.isEmpty, "\(sentence)")
                #expect(title.count <= builder.maxLength, "\(sentence)")
            }
            let plain = builder.title(sentence: sentence, trigger: nil, entities: entities, excluding: excluded)
            #expect(plain.count <= builder.maxLength)
        }
    }
}

extension TitleHeadlineTests {
    @Test("A headline never ends on an owner whose thing was cut", arguments: [
        ("Manila to take over bloc's", "Manila to take over"),
        ("Ministers back bloc’s", "Ministers back"),
        ("Beijing's", "Beijing's"),
        ("Envoy visits Seoul", "Envoy visits Seoul"),
    ])
    func trailingPossessive(_ title: String, _ expected: String) {
        #expect(TitleBuilder.withoutTrailingPossessive(title) == expected)
    }

    @Test func aQuantifierIsNoSpeaker() throws {
        let c = Case(sentence: "Neither side announced a breakthrough, but both said they would meet again in May.", trigger: "meet",
                     excluded: ["May"], previous: "Envoys of Germany and France met in Paris.", title: "")
        let title = try Self.title(c)
        #expect(!title.hasPrefix("Both"), "title: \(title)")
    }
}
