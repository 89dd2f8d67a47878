import Testing
@testable import DatelineExtraction

@Suite struct EntityRecognizerTests {
    static var recognizer: EntityRecognizer {
        get throws { try #require(SemanticFixtures.lexicons).entityRecognizer }
    }

    struct Case: Sendable, CustomStringConvertible {
        var sentence: String
        var people: [String] = []
        var organizations: [String] = []
        var governments: [String] = []
        var places: [String] = []
        var description: String { sentence }
    }

    static let cases: [Case] = [
        Case(sentence: "Foreign Minister Sergei Lavrov arrived in Hanoi on Monday.",
             people: ["Sergei Lavrov"], places: ["Hanoi"]),
        Case(sentence: "Then-House Speaker Nancy Pelosi landed in Taipei late on Tuesday.",
             people: ["Nancy Pelosi"], places: ["Taipei"]),
        Case(sentence: "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol.",
             people: ["Fumio Kishida", "Yoon Suk Yeol"], places: ["Japan", "South Korea"]),
        Case(sentence: "Beijing said the measures would protect national security.",
             governments: ["China"], places: ["China"]),
        Case(sentence: "Officials gathered in Beijing for the forum.", places: ["Beijing"]),
        // A sentence-opening preposition is no first name; a hyphenated modifier is no name at all.
        Case(sentence: "Following Amir Haddad's decision in March, Lena Ortiz flew to Seoul.", people: ["Amir Haddad", "Lena Ortiz"],
             places: ["Seoul"]),
        Case(sentence: "Drones were launched from Rebel-controlled areas of the north.", people: [], organizations: []),
        Case(sentence: "Militia-backed fighters attacked the port.", people: [], organizations: []),
        // Two names joined by "and" before a verb: the first is a person too.
        Case(sentence: "Lena Ortiz and Amir Haddad met in Beijing.", people: ["Lena Ortiz", "Amir Haddad"], places: ["Beijing"]),
        // A title in apposition follows only people.
        Case(sentence: "Amir Haddad, the foreign minister, visited Hanoi.", people: ["Amir Haddad"], places: ["Hanoi"]),
        // A title's portfolio after "for" is no part of the name.
        Case(sentence: "Special Envoy for Climate Change Lena Ortiz met Minister for Foreign Affairs Amir Haddad.",
             people: ["Lena Ortiz", "Amir Haddad"]),
        Case(sentence: "Lena Ortiz and Indian Foreign Minister Amir Haddad met in Beijing.",
             people: ["Lena Ortiz", "Amir Haddad"], places: ["India", "Beijing"]),
        Case(sentence: "Sen. Marco Rubio criticized the Commerce Department over the licences.",
             people: ["Marco Rubio"], organizations: ["Commerce Department"]),
        Case(sentence: "The U.S. Navy said a destroyer sailed through the Taiwan Strait.",
             organizations: ["U.S. Navy"], places: ["Taiwan Strait"]),
        Case(sentence: "NATO and the EU condemned the launch.", organizations: ["North Atlantic Treaty Organization", "European Union"]),
        Case(sentence: "Canada's decision angered Chinese diplomats.", governments: ["Canada"], places: ["Canada", "China"]),
        Case(sentence: "The Ministry of Foreign Affairs summoned the envoy.", organizations: ["Ministry of Foreign Affairs"]),
        Case(sentence: "National security adviser Jake Sullivan spoke with his counterpart, Wang Yi.",
             people: ["Jake Sullivan", "Wang Yi"]),
        Case(sentence: "Gen. Mark Milley called his Chinese counterpart twice.", people: ["Mark Milley"], places: ["China"]),
        Case(sentence: "Lai Ching-te told supporters the island would not be intimidated.", people: ["Lai Ching-te"]),
        // Lowercase particles inside a name; a particle with no capitalised word after it ends the name.
        Case(sentence: "Commission President Ursula von der Leyen said the fund was ready.", people: ["Ursula von der Leyen"]),
        Case(sentence: "Crown Prince Mohammed bin Salman received the delegation.", people: ["Mohammed bin Salman"]),
        Case(sentence: "Pieter van Dijk said de facto control had shifted.", people: ["Pieter van Dijk"]),
        Case(sentence: "President Luiz Inacio Lula da Silva hosted the summit.", people: ["Luiz Inacio Lula da Silva"]),
        Case(sentence: "The Hudson Institute hosted the event in New York.",
             organizations: ["Hudson Institute"], places: ["New York"]),
        Case(sentence: "US and UK officials said little.", places: ["United States", "United Kingdom"]),
        Case(sentence: "Let us not forget the Congress.", organizations: ["Congress"]),
        Case(sentence: "In May the talks resumed in Geneva.", places: ["Geneva"]),
        Case(sentence: "Dong Jun warned that the army was ready.", people: ["Dong Jun"]),
        Case(sentence: "Competition Commissioner Margit Lund fined the carmaker.", people: ["Margit Lund"]),
    ]

    @Test(arguments: cases) func recognizes(_ c: Case) throws {
        let e = try Self.recognizer.recognize(in: c.sentence)
        #expect(e.people == c.people)
        #expect(e.organizations == c.organizations)
        #expect(e.governments == c.governments)
        #expect(e.places == c.places)
    }

    @Test func mentionsCarryByteRangesAsWritten() throws {
        let sentence = "“Good,” said Premier Li Qiang’s aide."
        let e = try Self.recognizer.recognize(in: sentence)
        let li = try #require(e.mentions.first { $0.kind == .person })
        #expect(li.text == "Li Qiang")
        #expect(String(decoding: Array(sentence.utf8)[li.range], as: UTF8.self) == "Li Qiang")
    }

    @Test func documentResolvesShortMentions() throws {
        let sentences = [
            "Secretary of State Antony Blinken met Chinese leader Xi Jinping in Beijing.",
            "Blinken's aides said Mr. Blinken raised fentanyl.",
            "Xi told Blinken that relations were stabilising.",
        ]
        let all = try Self.recognizer.recognize(document: sentences)
        #expect(all[0].people == ["Antony Blinken", "Xi Jinping"])
        #expect(all[1].people == ["Antony Blinken"])
        #expect(all[2].people == ["Xi Jinping", "Antony Blinken"])
    }

    @Test func mostRecentFullNameWinsForSharedSurname() {
        var known = DocumentEntities()
        known.register(person: "Li Qiang")
        known.register(person: "Li Shangfu")
        #expect(known.resolve(person: "Li") == "Li Shangfu")
        #expect(known.resolve(person: "Qiang") == "Li Qiang")
        #expect(known.resolve(person: "Zhao") == "Zhao")
    }

    @Test func actorsListPeopleThenOrganisationsThenGovernments() throws {
        let e = try Self.recognizer.recognize(in: "Tokyo welcomed what President Lula said, as did the WTO.")
        #expect(e.actors == ["Lula", "World Trade Organization", "Japan"])
    }

    @Test func noCrashOnOddInput() throws {
        let r = try Self.recognizer
        for text in ["", "’s", "Mr.", "President", "A-", "— —", "U.S.", "Sen. ", "\u{00A0}Xi"] {
            _ = r.recognize(in: text)
        }
    }
}

/// Cue lists past the first 20 never reach the bits a title token packs (they would read as marks).
@Suite struct CueListPackingTests {
    @Test func laterListsStayOutOfTitleBits() throws {
        let lexicons = try #require(SemanticFixtures.lexicons)
        let word = TokenizedSentence("held").tokens[0]
        let lists = lexicons.cues.lists(containing: word)
        #expect(lists & CueLexicon.List.compoundModifier.bit != 0)
        #expect(lists & CueLexicon.List.titleBits & CueLexicon.List.compoundModifier.bit == 0)
        #expect(CueLexicon.List.allCases.filter { $0.bit & CueLexicon.List.titleBits == 0 } == [.compoundModifier])
    }
}
