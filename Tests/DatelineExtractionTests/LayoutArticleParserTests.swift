import Testing
@testable import DatelineExtraction

@Suite struct LayoutArticleParserTests {
    static let lexicon: BoilerplateLexicon = {
        (try? BoilerplateLexicon.bundled()) ?? BoilerplateLexicon(parsing: "")
    }()
    private let parser = ArticleLayoutParser(boilerplate: LayoutArticleParserTests.lexicon)

    private func texts(_ text: String, _ ranges: [Range<Int>]) -> [String] { ranges.map { text.utf8Slice($0) } }

    @Test func bundledLexiconLoads() {
        #expect((Self.lexicon.phrases[.prefix]?.count ?? 0) > 20)
        #expect(Self.lexicon.dateWords.contains("sept"))
    }

    @Test(arguments: [
        // (text, expected headline, expected first paragraph)
        ("Harbour talks end without a deal\n\nThe two delegations left on Friday.", "Harbour talks end without a deal", "The two delegations left on Friday."),
        ("China Power\n\nRecent Features\n\nWhy the strait crisis keeps returning\n\nThe drills began at dawn.", "Why the strait crisis keeps returning", "The drills began at dawn."),
        ("World | Asia\nPolitics\nMinisters agree to reopen the border crossing\nOfficials said the crossing reopens next week.", "Ministers agree to reopen the border crossing", "Officials said the crossing reopens next week."),
        ("Trade relations\nThe envoy (left) shakes hands with her counterpart at talks in Oslo in May. Photo: Example Wire\nEuropeDiplomacy\n\nEnvoys end talks with a pledge to meet again\n\nThe two envoys ended their talks on Friday.", "Envoys end talks with a pledge to meet again", "The two envoys ended their talks on Friday."),
        ("Politics\n\nTrade war escalates\n\nTariffs rose again on Monday after talks failed.", "Trade war escalates", "Tariffs rose again on Monday after talks failed."),
        ("Analysis: Why the summit matters\n\nBy Jane Q. Public and Sam Roe, Reuters\n\nLeaders meet next week in Lima.", "Analysis: Why the summit matters", "Leaders meet next week in Lima."),
        ("LIMA, Nov 3 (Reuters) - Leaders of the bloc met on Sunday to discuss the trade rules.\n\nMore text here.", nil, "LIMA, Nov 3 (Reuters) - Leaders of the bloc met on Sunday to discuss the trade rules."),
    ] as [(String, String?, String)])
    func findsHeadlineAfterSectionLabels(_ text: String, _ headline: String?, _ firstParagraph: String) {
        let layout = parser.parse(text)
        #expect(layout.headline == headline)
        if let range = layout.headlineRange { #expect(text.utf8Slice(range) == headline) }
        #expect(texts(text, layout.paragraphs).first == firstParagraph)
    }

    @Test func sectionLabelsAreBoilerplate() {
        let text = "China Power\nRecent Features\nThe long road back to military talks\n\nTalks resumed in May."
        let layout = parser.parse(text)
        #expect(layout.boilerplateLines.map(\.kind) == [.sectionLabel, .line])
        #expect(texts(text, layout.boilerplate) == ["China Power", "Recent Features"])
    }

    @Test func creditsCopyrightDatesAndCopiesAreBoilerplate() {
        let text = """
        Envoy wraps up visit with pledge to keep talking

        Published: Tuesday 4 June 2024, 10.20 GMT

        The envoy left the capital on Tuesday after four days of meetings.

        Credit: Jane Roe/Example Agency

        Delegates pose before talks in the capital, June 3, 2024. (AP Photo/John Doe)

        Envoy wraps up visit with pledge to keep talking

        Both sides said they would meet again before the summit.

        Read more

        More stories like this one

        Share this

        © 2024 Example Media. All rights reserved.
        """
        let layout = parser.parse(text)
        #expect(layout.headline == "Envoy wraps up visit with pledge to keep talking")
        #expect(texts(text, layout.paragraphs) == [
            "The envoy left the capital on Tuesday after four days of meetings.",
            "Both sides said they would meet again before the summit.",
        ])
        #expect(layout.boilerplateLines.map(\.kind) == [.published, .prefix, .contains, .headlineCopy, .line, .prefix, .line, .copyright])
    }

    @Test("A closing publisher credit with a year is a copyright line; a closing story line is not", arguments: [
        ("The Example Shimbun, 2022", BoilerplateLexicon.Kind.copyright as BoilerplateLexicon.Kind?),
        ("Kyodo Example News, 2023", .copyright),
        ("Talks are to resume in Geneva, officials said in 2022", nil),
        ("The Example Shimbun 2022", nil),
    ])
    func closingPublisherCredit(_ line: String, _ kind: BoilerplateLexicon.Kind?) {
        let text = "Envoys meet again\n\nThe envoys met in Geneva on Tuesday after months of silence.\n\n" + line + "\n"
        let layout = parser.parse(text)
        let last = layout.boilerplateLines.last { text.utf8Slice($0.range) == line }
        #expect(last?.kind == kind)
    }

    @Test(arguments: [
        ("Posted Monday 06/03/2024 07:30 ET", BoilerplateLexicon.Kind.published),
        ("Published on June 3, 2024 by Jane Doe", .published),
        ("Updated 9:41 a.m. ET, Sat March 2, 2024", .updated),
        ("Oct. 28, 2023 | 8:12 p.m. ET", .dateLine),
        ("July 17, 2017", .dateLine),
        ("2024-06-04T15:45:00Z", .dateLine),
        ("2024-06-04 15:45", .dateLine),
        ("2025/01/22", .dateLine),
        ("(Cover: Two envoys speak to the media upon arrival, May 23, 2023. /Example Embassy)", .prefix),
        ("Copyright 2023 Example News Ltd", .copyright),
        ("© 2021 The Example Post", .copyright),
        ("™ & © 2024 Example Network, Inc. All rights reserved.", .copyright),
        ("By JANE DOE", .byline),
        ("Written by Jane Doe on 03/03/2024", .byline),
        ("Written by Example Audio All Rights Reserved on November 17, 2023", .byline),
        ("03.03.2024 12:09", .dateLine),
        ("By Kim Min-ji Posted : March 6, 2021, 18:49 Updated : March 6, 2021, 18:54", .published),
        ("By Jane Doe and John Roe Updated: 9:41 a.m. ET, Sat March 2, 2024", .updated),
        ("Example Wire | Washington DC | Updated: 18-08-2020 02:03 IST | Created: 18-08-2020 01:57 IST", .published),
        ("Example Wire | Updated: 19-08-2020 02:03 IST", .updated),
        ("Created: 18-08-2020 01:57 IST", .published),
        ("Jane Doe (@janedoe) Published May 17, 2023 | 05:50 PM", .published),
        ("(Reporting by Jane Doe; Editing by Sam Roe)", .prefix),
        ("Getty Images", .contains),
        ("The envoy will travel next week | file photo | Photo Credit: Example Agency", .contains),
        ("Leaders at a palace in the capital on Nov. 15. Courtesy the Example Office.", .contains),
        ("Two ministers at the talks. Screenshot via video courtesy Example TV.", .contains),
        ("A protester waves a flag in the square. REUTERS/Jane Doe", .contains),
        ("Photo: Example Agency", .prefix),
        ("ADVERTISEMENT", .line),
        ("Skip To The Main Content", .line),
        ("news-details", .line),
        ("55cfd8e86cecfcab24a238b31525ea11", .line),
        ("Site icon Example News", .prefix),
        ("Cars wait at the port. Jane Doe/dpa", .contains),
    ])
    func classifiesBoilerplateLines(_ line: String, _ kind: BoilerplateLexicon.Kind) {
        #expect(Self.lexicon.classify(line[...]) == kind)
    }

    @Test(arguments: [
        "By Friday, officials had agreed to extend the truce by two weeks.",
        "Published reports in 2019 suggested the plan had stalled.",
        "Updated figures released on March 3 showed a rise.",
        "Posted troops will remain along the border.",
        "1. The tariffs",
        "What happens next?",
        "By the end of 2023, exports had fallen by half.",
        "By March 2023 Published figures showed exports down by half.",
        "By then the army had posted 2,000 troops along the border.",
        "Written by hand, the note was dated 03.03.2024 and signed.",
        "Version 1.2.2024 of the rules applies.",
        "The copyright dispute began in 2015.",
        "Why it matters",
        "Brexit",
        "Tariffs.",
        "x",
        "2024",
        "Photographers gathered outside the ministry.",
        "The envoy paid a courtesy call on the prime minister on Nov. 15.",
        "2024-06-04 was the day the talks collapsed.",
        "2024 10 12",
    ])
    func storyLinesAreNotBoilerplate(_ line: String) {
        #expect(Self.lexicon.classify(line[...]) == nil)
    }

    @Test func metadataTitleMarksTheHeadlineLine() {
        let text = "Politics\nLeaders agree on a new climate fund\nDelegates met on Monday in the capital."
        let layout = parser.parse(text, title: "Leaders agree on a new climate fund")
        #expect(layout.headlineRange.map { text.utf8Slice($0) } == "Leaders agree on a new climate fund")
        #expect(texts(text, layout.boilerplate) == ["Politics"])
        #expect(texts(text, layout.paragraphs) == ["Delegates met on Monday in the capital."])
    }

    @Test func metadataTitleAbsentFromText() {
        let text = "BEIJING - Delegates met on Monday in the capital to discuss trade."
        let layout = parser.parse(text, title: "Delegates meet")
        #expect(layout.headline == "Delegates meet")
        #expect(layout.headlineRange == nil)
        #expect(layout.paragraphs == [0..<text.utf8.count])
    }

    @Test func hardWrappedParagraphsJoinAndSubheadingsSplit() {
        let text = """
        Headline about the wrapped article text
        
        The first paragraph is wrapped at a fixed width so that it
        continues on the next line without a blank line in between.
        A new sentence on a new line stays in the same paragraph run
        What comes next?
        The answer starts a paragraph after the question heading.
        """
        let layout = parser.parse(text)
        #expect(texts(text, layout.paragraphs) == [
            "The first paragraph is wrapped at a fixed width so that it\ncontinues on the next line without a blank line in between.",
            "A new sentence on a new line stays in the same paragraph run\nWhat comes next?",
            "The answer starts a paragraph after the question heading.",
        ])
    }

    @Test func rangesAreUTF8ByteOffsets() {
        let text = "“Quoted” headline — with dashes and more\n\n  Café owners said it’s over.  \n"
        let layout = parser.parse(text)
        #expect(layout.headline == "“Quoted” headline — with dashes and more")
        #expect(texts(text, layout.paragraphs) == ["Café owners said it’s over."])
        let start = Array(text.utf8).firstIndex(of: UInt8(ascii: "C")) ?? -1
        #expect(layout.paragraphs.first?.lowerBound == start)
    }

    @Test(arguments: ["", "\n\n\n", "   ", "x", "©"])
    func degenerateTextsDoNotCrash(_ text: String) {
        let layout = parser.parse(text)
        #expect(layout.paragraphs.allSatisfy { $0.upperBound <= text.utf8.count })
    }
}
